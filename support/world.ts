/**
 * The cucumber World of every scenario: the session chosen by the scenario's tags and its
 * assertions. Custom steps use `this.session` and `this.assert`, or `this.mink.get(name)` for
 * another named session.
 */
import { World, type IWorldOptions } from '@cucumber/cucumber';
import type { MinkParameters } from './config/parameters';
import { WebAssert } from './session/assertions';
import type { SessionRegistry } from './session/registry';
import type { Session } from './session/session';
import { runtime } from './runtime';

export class MinkWorld extends World<Partial<MinkParameters>> {
  private currentSession: Session | null = null;
  private currentAssert: WebAssert | null = null;

  constructor(options: IWorldOptions<Partial<MinkParameters>>) {
    super(options);
  }

  get mink(): SessionRegistry {
    return runtime().registry;
  }

  /** The validated parameters (defaults + config + environment). */
  get config(): MinkParameters {
    return runtime().parameters;
  }

  get session(): Session {
    if (!this.currentSession) this.useSession(this.config.defaultSession);
    return this.currentSession as Session;
  }

  get assert(): WebAssert {
    if (!this.currentAssert) this.currentAssert = new WebAssert(this.session);
    return this.currentAssert;
  }

  /** Make another named session the current one for the rest of the scenario. */
  useSession(name: string): Session {
    this.currentSession = this.mink.get(name);
    this.currentAssert = null;
    return this.currentSession;
  }
}
