/**
 * What a session does with saved states (saved-states.ts keeps them for the process): save its own
 * cookies and storage under a name, start from a saved one, or reuse one and sign in only when there is
 * none or it no longer signs in. Apart from the Session because reusing a state is a small procedure of
 * its own (restore, prove, start again empty, sign in, save), not a step's single call.
 */
import type { Driver, NavigationNote } from '../drivers/driver';
import { savedStates, SessionStateError } from './saved-states';
import { normalizeWhitespace } from './text';

/** What proves a restored session state still signs in: a page to open, and what it must show or answer. */
export interface SavedStateCheck {
  visit: string;
  text?: string;
  status?: number;
}

/** What the Session lends: its name, its driver (started on demand) and its visit (paths joined to the base URL). */
export interface StateHost {
  readonly name: string;
  readonly driver: Driver;
  ensureStarted(): Promise<void>;
  visit(page: string): Promise<NavigationNote>;
}

export class SessionStates {
  constructor(private readonly host: StateHost) {}

  /** Save this session's cookies and storage under `name` for later scenarios of this process. */
  async save(name: string): Promise<void> {
    await this.host.ensureStarted();
    savedStates.save(name, await this.host.driver.saveState(), this.host.name);
  }

  /** Start from a saved state; meant for the beginning of a scenario, before its first visit. */
  async restore(name: string): Promise<void> {
    const state = savedStates.load(name);
    await this.host.ensureStarted();
    await this.host.driver.restoreState(state);
  }

  has(name: string): boolean {
    return savedStates.has(name);
  }

  /**
   * Restore the state `name` if this process saved it and it has not expired; otherwise run
   * `signIn` and save the result. Safe with --parallel, SHARD and single-scenario runs, where an
   * earlier scenario that saves may not have run in this process.
   *
   * A restored state may have outlived the server's session (a scenario signed out, the server
   * restarted): its cookies restore, and the failures show up steps later. With `check`, the state
   * proves itself when it is restored: `check.visit` is opened and must show `check.text` (and answer
   * `check.status`, when given); if it does not, the session starts again empty, signs in and saves anew.
   */
  async useSaved(name: string, signIn: () => Promise<void>, check?: SavedStateCheck): Promise<void> {
    try {
      await this.restore(name);
      if (!check || (await this.stillValid(check))) return;
      await this.host.driver.reset();
    } catch (error) {
      if (!(error instanceof SessionStateError)) throw error;
    }
    await signIn();
    await this.save(name);
  }

  /** Whether the restored session still shows what a signed-in user sees (no waiting for it). */
  private async stillValid(check: SavedStateCheck): Promise<boolean> {
    const driver = this.host.driver;
    await this.host.visit(check.visit);
    if (check.status !== undefined && driver.capabilities.statusCode && (await driver.statusCode().catch(() => null)) !== check.status) return false;
    return check.text === undefined || normalizeWhitespace(await driver.pageText()).toLowerCase().includes(normalizeWhitespace(check.text).toLowerCase());
  }
}
