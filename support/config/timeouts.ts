/**
 * cucumber's hook and step timeouts, and the waits inside them. Starting a browser gets a hook
 * timeout of its own, in which the WebDriver server must answer within sessionStartTimeout.
 *
 * cucumber's step timeout and the waits inside a step. A browser step waits up to waitTimeout and
 * then fails with a precise message; cucumber must not cut it off first with a vague one. cucumber
 * fixes the step timeout when the steps load, before worldParameters are known: it follows
 * WAIT_TIMEOUT from the environment, and a longer wait from anywhere else is refused.
 */

/** Starting a browser is not the first step's business: the Before hook that does it gets this long. */
export const BROWSER_START_TIMEOUT_MS = 120_000;
/** What starting a browser does besides waiting for POST /session: finding the endpoint, starting chromedriver, BiDi. */
const START_MARGIN_S = 30;
/** The longest sessionStartTimeout, in seconds, that fits in the hook that starts the browser. */
export const LONGEST_SESSION_START = BROWSER_START_TIMEOUT_MS / 1000 - START_MARGIN_S;

/** Never less than this: a step may also load a page (60 s page-load timeout) without waiting. */
export const MIN_STEP_TIMEOUT_MS = 60_000;
/** What a step does besides waiting: reading the failure context, a navigation, a screenshot. */
const MARGIN_S = 10;

/** The step timeout for a run whose steps wait up to `waitTimeout` seconds. */
export function stepTimeoutFor(waitTimeout: number): number {
  return Math.max(MIN_STEP_TIMEOUT_MS, Math.ceil((waitTimeout + MARGIN_S) * 1000));
}

/** The longest wait, in seconds, that fits in a step timeout. */
export function longestWaitWithin(stepTimeoutMs: number): number {
  return stepTimeoutMs / 1000 - MARGIN_S;
}

/** The step timeout chosen from the environment (WAIT_TIMEOUT), as register.ts sets it. */
export function stepTimeoutFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  const waitTimeout = Number(env.WAIT_TIMEOUT);
  return stepTimeoutFor(env.WAIT_TIMEOUT && Number.isFinite(waitTimeout) && waitTimeout > 0 ? waitTimeout : 0);
}

/** Why `waitTimeout` seconds (from `source`) cannot be used with this step timeout, or `null` when it can. */
export function waitTooLong(waitTimeout: number, stepTimeoutMs: number): string | null {
  const longest = longestWaitWithin(stepTimeoutMs);
  if (waitTimeout <= longest) return null;
  return (
    `is ${waitTimeout} s, longer than a step may wait: cucumber stops a step after ${stepTimeoutMs / 1000} s ` +
    `(its step timeout, fixed when the steps load, before worldParameters and tags are read)`
  );
}
