/**
 * Named session states of this process (Playwright's storageState, kept in memory): a scenario
 * saves the cookies and storage of its session once, later scenarios start from them instead of
 * signing in again. A state lives as long as the worker process: with `--parallel`, each worker
 * saves its own (see docs/steps.md, "Reusing a signed-in state").
 */
import { workerId } from '../config/environment';
import { isExpired, type SessionStateData } from '../drivers/state';

export class SessionStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SessionStateError';
  }
}

interface SavedState {
  data: SessionStateData;
  savedFrom: string;
  savedAt: Date;
}

const SAVE_HINT = (name: string) => `save it first in an earlier scenario with: When I save the session state as "${name}"`;

export class SavedStates {
  private readonly states = new Map<string, SavedState>();

  has(name: string): boolean {
    return this.states.has(name);
  }

  names(): string[] {
    return [...this.states.keys()];
  }

  /** A state with nothing in it would restore a signed-out session: refuse it where the mistake is. */
  save(name: string, data: SessionStateData, savedFrom: string): void {
    if (!name.trim()) throw new SessionStateError('A session state needs a name, e.g. When I save the session state as "admin".');
    if (data.cookies.length === 0 && data.origins.length === 0) {
      throw new SessionStateError(
        `Nothing to save as session state "${name}": the ${savedFrom} session has no cookies and no local or session storage. ` +
          'Save it after the step that signs in (and, in a browser, while on a page of the application).',
      );
    }
    this.states.set(name, { data: structuredClone(data), savedFrom, savedAt: new Date() });
  }

  /** The state to restore, without cookies that have expired since; refused when nothing usable is left. */
  load(name: string, nowSeconds: number = Date.now() / 1000): SessionStateData {
    const saved = this.states.get(name);
    if (!saved) {
      const known = this.names();
      const worker = workerId();
      const inWorker = worker === undefined ? '' : ` (worker ${worker}; each --parallel worker keeps its own)`;
      throw new SessionStateError(
        `No session state "${name}" has been saved in this run${inWorker}: ${SAVE_HINT(name)}. ` +
          (known.length ? `Saved so far: ${known.map((known) => `"${known}"`).join(', ')}.` : 'None has been saved so far.'),
      );
    }
    const cookies = saved.data.cookies.filter((cookie) => !isExpired(cookie, nowSeconds));
    const expired = saved.data.cookies.filter((cookie) => isExpired(cookie, nowSeconds));
    if (expired.length && cookies.length === 0 && saved.data.origins.length === 0) {
      const names = expired.map((cookie) => `"${cookie.name}"`).join(', ');
      throw new SessionStateError(
        `Session state "${name}" (saved ${saved.savedAt.toISOString()} from the ${saved.savedFrom} session) has expired: ` +
          `its cookies ${names} are past their expiry date. Sign in and save it again.`,
      );
    }
    return { cookies, origins: structuredClone(saved.data.origins) };
  }

  clear(): void {
    this.states.clear();
  }
}

/** One store per process, shared by every session of every scenario. */
export const savedStates = new SavedStates();
