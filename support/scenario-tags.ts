/**
 * What a scenario's tags ask for (MinkExtension's SessionsListener): `@javascript` → the JavaScript
 * session, `@mink:NAME` → that session (the last of these tags wins, feature tags before scenario
 * tags), `@insulated` → a fresh session, `@wait:N` → N seconds of waiting for this scenario,
 * `@state:NAME` → start from the saved session state NAME.
 */
import { longestWaitWithin, waitTooLong } from './config/timeouts';

interface ScenarioChoice {
  sessionName: string;
  insulated: boolean;
  waitTimeout: number | null;
  /** Saved session state to start from (`@state:NAME`), or null. */
  stateName: string | null;
}

/** @param stepTimeoutMs cucumber's step timeout: a `@wait:N` that does not fit in it is refused. */
export function readScenarioTags(
  tags: readonly string[],
  defaults: { defaultSession: string; javascriptSession: string },
  stepTimeoutMs = Infinity,
): ScenarioChoice {
  const choice: ScenarioChoice = { sessionName: defaults.defaultSession, insulated: false, waitTimeout: null, stateName: null };
  for (const raw of tags) {
    const tag = raw.replace(/^@/, '');
    if (tag === 'javascript') choice.sessionName = defaults.javascriptSession;
    else if (tag.startsWith('mink:')) choice.sessionName = tag.slice('mink:'.length);
    else if (tag === 'insulated') choice.insulated = true;
    else if (tag.startsWith('state:')) choice.stateName = tag.slice('state:'.length);
    else if (tag.startsWith('wait:')) {
      const seconds = Number(tag.slice('wait:'.length));
      if (!Number.isFinite(seconds) || seconds < 0) {
        throw new Error(`Tag @${tag} is not a number of seconds: write it like @wait:10.`);
      }
      const tooLong = waitTooLong(seconds, stepTimeoutMs);
      if (tooLong) {
        throw new Error(
          `Tag @${tag} ${tooLong}. Use at most @wait:${longestWaitWithin(stepTimeoutMs)}, ` +
            `or set WAIT_TIMEOUT=${seconds} for the run: the step timeout follows it.`,
        );
      }
      choice.waitTimeout = seconds;
    }
  }
  return choice;
}
