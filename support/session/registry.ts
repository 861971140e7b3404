/**
 * Named sessions (Mink's `Mink` class, Capybara's session pool): created on first use, each with its
 * own driver, reset between scenarios, stopped at the end of the run. Only started sessions are reset.
 */
import type { DriverKind, MinkParameters } from '../config/parameters';
import type { Driver } from '../drivers/driver';
import { Session, type SessionSettings } from './session';

/** A session's own settings: a scenario's `@wait:N` changes its copy, never the parameters. */
function sessionSettings(parameters: MinkParameters, baseUrl: string): SessionSettings {
  return { baseUrl, filesPath: parameters.filesPath, waitTimeout: parameters.waitTimeout };
}

type DriverFactory = (kind: DriverKind, sessionName: string) => Driver;

export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();
  /** Sessions handed out since the last reset: only these can hold a scenario's leftovers. */
  private readonly usedSinceReset = new Set<Session>();

  constructor(
    private readonly parameters: MinkParameters,
    private readonly baseUrl: string,
    private readonly createDriver: DriverFactory,
  ) {}

  names(): string[] {
    return Object.keys(this.parameters.sessions);
  }

  /** The session of that name (case-insensitive, as in Mink); its driver starts on first use. */
  get(name: string): Session {
    const canonical = this.lowerCaseNames()[name.toLowerCase()];
    if (!canonical) {
      throw new Error(`Session "${name}" is not registered. Known sessions: ${this.names().join(', ')}. Define it under worldParameters.sessions.`);
    }
    let session = this.sessions.get(canonical);
    if (!session) {
      const driver = this.createDriver(this.parameters.sessions[canonical].driver, canonical);
      session = new Session(canonical, driver, sessionSettings(this.parameters, this.baseUrl));
      this.sessions.set(canonical, session);
    }
    this.usedSinceReset.add(session);
    return session;
  }

  started(): Session[] {
    return [...this.sessions.values()].filter((session) => session.driver.isStarted());
  }

  /**
   * Reset the started sessions that were used since the last reset. A browser that an HTTP-only
   * stretch of scenarios never touches is not reset again and again (a reset costs a few hundred ms).
   */
  async resetUsed(): Promise<void> {
    const used = [...this.sessions.values()].filter((session) => this.usedSinceReset.has(session));
    this.usedSinceReset.clear();
    await Promise.all(used.map((session) => session.reset()));
  }

  /** Stop every started session; the next use starts a brand-new one (`@insulated`, end of run; `runEnding`: see Driver.stop). */
  async stopAll(runEnding = false): Promise<void> {
    const sessions = [...this.sessions.values()];
    this.sessions.clear();
    this.usedSinceReset.clear();
    const results = await Promise.allSettled(
      sessions.filter((session) => session.driver.isStarted()).map((session) => session.driver.stop({ runEnding })),
    );
    const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failure) throw failure.reason;
  }

  private lowerCaseNames(): Record<string, string> {
    return Object.fromEntries(this.names().map((name) => [name.toLowerCase(), name]));
  }
}
