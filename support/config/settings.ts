/**
 * What each part of the harness needs from the parameters, derived in one place: a driver or a
 * session gets its view of the resolved parameters, never a hand copy of some of their fields.
 */
import type { BrowserDriverOptions } from '../drivers/browser/browser-driver';
import type { HttpDriverOptions } from '../drivers/http';
import type { SessionSettings } from '../session/session';
import type { MinkParameters } from './parameters';

export function httpDriverSettings(parameters: MinkParameters): HttpDriverOptions {
  return { requestTimeoutMs: Math.max(1, Math.round(parameters.requestTimeout * 1000)) };
}

export function browserDriverSettings(parameters: MinkParameters): BrowserDriverOptions {
  const { seleniumUrl, browser, headless, driverPath, browserBinary, windowSize, sessionStartTimeout } = parameters;
  return { seleniumUrl, browser, headless, driverPath, browserBinary, windowSize: { ...windowSize }, sessionStartTimeout };
}

/** A session's own settings: a scenario's `@wait:N` changes its copy, never the parameters. */
export function sessionSettings(parameters: MinkParameters, baseUrl: string): SessionSettings {
  return { baseUrl, filesPath: parameters.filesPath, waitTimeout: parameters.waitTimeout };
}
