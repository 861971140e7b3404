/**
 * The typed world parameters: defaults, then cucumber.config.ts, then environment variables.
 * Validation happens once, before the first scenario, and names the key and the fix.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { maskUrlCredentials } from './mask';
import { BROWSER_START_TIMEOUT_MS, LONGEST_SESSION_START, longestWaitWithin, stepTimeoutFromEnvironment, waitTooLong } from './timeouts';

export type DriverKind = 'http' | 'browser';

export interface MinkParameters {
  /** Where relative paths in steps point. `null`: the embedded demo app is started and used. */
  baseUrl: string | null;
  /** Directory that "attach the file" paths are relative to. */
  filesPath: string;
  /** Command that "show last response" runs; `%s` is replaced by the HTML file path. */
  showCmd: string | null;
  showTmpDir: string;
  /** Seconds that browser finders and assertions keep retrying (the HTTP driver never waits). */
  waitTimeout: number;
  /**
   * Seconds the HTTP driver gives a server to start answering (and between chunks of a body) before
   * it closes the connection and fails the step with the request's method and URL.
   */
  requestTimeout: number;
  /** Seconds a WebDriver server (Selenium, chromedriver) has to answer the request that starts a browser. */
  sessionStartTimeout: number;
  /** Session used by untagged scenarios. */
  defaultSession: string;
  /** Session used by `@javascript` scenarios. */
  javascriptSession: string;
  /** Named sessions, selectable with `@mink:NAME`. */
  sessions: Record<string, { driver: DriverKind }>;
  /** Browser sessions: a remote Selenium (standalone, Grid hub, launchd service) or `null` to auto-detect. */
  seleniumUrl: string | null;
  browser: 'chrome' | 'firefox';
  headless: boolean;
  chromedriverPath: string | null;
  chromeBinary: string | null;
  windowSize: { width: number; height: number };
  /** Directory for failure artifacts that are written to disk (screenshots from steps). */
  reportsDir: string;
}

export const DEFAULT_PARAMETERS: MinkParameters = {
  baseUrl: null,
  filesPath: '.',
  showCmd: null,
  showTmpDir: os.tmpdir(),
  waitTimeout: 5,
  // Half of the 60 s step timeout: the step fails with our message (method, URL, elapsed) rather than
  // cucumber's, and a dev server compiling on its first request still has ample time.
  requestTimeout: 30,
  sessionStartTimeout: 60,
  defaultSession: 'http',
  javascriptSession: 'browser',
  sessions: { http: { driver: 'http' }, browser: { driver: 'browser' } },
  seleniumUrl: null,
  browser: 'chrome',
  headless: true,
  chromedriverPath: null,
  chromeBinary: null,
  windowSize: { width: 1280, height: 900 },
  reportsDir: 'reports',
};

/** Environment variable → parameter. Every parameter a user tunes per machine has one. */
const ENVIRONMENT: ReadonlyArray<[string, keyof MinkParameters]> = [
  ['BASE_URL', 'baseUrl'],
  ['FILES_PATH', 'filesPath'],
  ['SHOW_CMD', 'showCmd'],
  ['WAIT_TIMEOUT', 'waitTimeout'],
  ['REQUEST_TIMEOUT', 'requestTimeout'],
  ['SESSION_START_TIMEOUT', 'sessionStartTimeout'],
  ['DEFAULT_SESSION', 'defaultSession'],
  ['SELENIUM_URL', 'seleniumUrl'],
  ['BROWSER', 'browser'],
  ['HEADLESS', 'headless'],
  ['CHROMEDRIVER', 'chromedriverPath'],
  ['CHROME_BIN', 'chromeBinary'],
  ['WINDOW_SIZE', 'windowSize'],
  ['REPORTS_DIR', 'reportsDir'],
];

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function fail(key: string, source: string, problem: string, fix: string): never {
  throw new ConfigError(maskUrlCredentials(`cucumber-mink configuration: ${key} (${source}) ${problem}. ${fix}`));
}

function fromEnvironment(env: NodeJS.ProcessEnv): Partial<Record<keyof MinkParameters, string>> {
  const found: Partial<Record<keyof MinkParameters, string>> = {};
  for (const [variable, key] of ENVIRONMENT) {
    const value = env[variable];
    if (value !== undefined && value !== '') found[key] = value;
  }
  return found;
}

function parseBoolean(key: string, source: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  const text = String(value).toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  return fail(key, source, `is "${value}", not a boolean`, 'Use true or false.');
}

/** The port as written (`host:99999`), which URL parsing would only call "invalid". */
const WRITTEN_PORT = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#]*@)?(?:\[[^\]]*\]|[^:/?#]*):(\d+)(?:[/?#]|$)/i;

function parseUrl(key: string, source: string, value: unknown): string {
  const text = String(value);
  const port = WRITTEN_PORT.exec(text)?.[1];
  if (port !== undefined && Number(port) > 65535) {
    fail(key, source, `is "${text}": port ${port} is out of range`, 'Use a port from 1 to 65535.');
  }
  let url: URL;
  try {
    if (!text.includes('://')) throw new Error('no scheme');
    url = new URL(text);
  } catch {
    return fail(key, source, `is "${text}", not an absolute URL`, 'Use a URL like http://127.0.0.1:8080.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    fail(key, source, `uses the scheme "${url.protocol}"`, 'Use an http:// or https:// URL.');
  }
  return text;
}

/** Steps append their path to the base URL: a query or fragment in it would end up before that path. */
function parseBaseUrl(source: string, value: unknown): string {
  const text = parseUrl('baseUrl', source, value);
  const url = new URL(text);
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(text)) {
    fail('baseUrl', source, `is "${text}", which has a query or fragment`,
      'Give only scheme, host, port and path (e.g. http://127.0.0.1:8080/app); put queries in the steps: I am on "/page?x=1".');
  }
  return text;
}

function parseWindowSize(source: string, value: unknown): { width: number; height: number } {
  if (typeof value === 'object' && value !== null) {
    const { width, height } = value as { width: unknown; height: unknown };
    if (Number.isInteger(width) && Number.isInteger(height) && (width as number) > 0 && (height as number) > 0) {
      return { width: width as number, height: height as number };
    }
  }
  const match = /^(\d+)x(\d+)$/.exec(String(value));
  if (!match) return fail('windowSize', source, `is "${String(value)}"`, 'Use WIDTHxHEIGHT, e.g. 1280x900.');
  return { width: Number(match[1]), height: Number(match[2]) };
}

/**
 * Merge defaults, the config file's world parameters and the environment, and validate the result.
 * Unknown keys are refused: a typo would otherwise be silently ignored.
 */
export function resolveParameters(
  fromConfig: Record<string, unknown> = {},
  env: NodeJS.ProcessEnv = process.env,
): MinkParameters {
  const known = new Set(Object.keys(DEFAULT_PARAMETERS));
  for (const key of Object.keys(fromConfig)) {
    if (!known.has(key)) {
      fail(key, 'worldParameters', 'is not a cucumber-mink parameter', `Known parameters: ${[...known].join(', ')}.`);
    }
  }
  const environment = fromEnvironment(env);
  const source = (key: keyof MinkParameters): string => {
    const variable = ENVIRONMENT.find(([, k]) => k === key)?.[0];
    return key in environment ? `environment variable ${variable}` : 'worldParameters';
  };
  const raw: Record<string, unknown> = { ...DEFAULT_PARAMETERS, ...fromConfig, ...environment };

  const waitTimeout = Number(raw.waitTimeout);
  if (!Number.isFinite(waitTimeout) || waitTimeout < 0) {
    fail('waitTimeout', source('waitTimeout'), `is "${String(raw.waitTimeout)}"`, 'Use a number of seconds, e.g. 5.');
  }
  const requestTimeout = Number(raw.requestTimeout);
  if (!Number.isFinite(requestTimeout) || requestTimeout <= 0) {
    fail('requestTimeout', source('requestTimeout'), `is "${String(raw.requestTimeout)}"`, 'Use a positive number of seconds, e.g. 30.');
  }
  const stepTimeoutMs = stepTimeoutFromEnvironment(env);
  const waitTooLongForSteps = waitTooLong(waitTimeout, stepTimeoutMs);
  if (waitTooLongForSteps) {
    fail('waitTimeout', source('waitTimeout'), waitTooLongForSteps,
      `Use at most ${longestWaitWithin(stepTimeoutMs)}, or set it with the WAIT_TIMEOUT environment variable: the step timeout follows it.`);
  }
  const sessionStartTimeout = Number(raw.sessionStartTimeout);
  if (!Number.isFinite(sessionStartTimeout) || sessionStartTimeout <= 0 || sessionStartTimeout > LONGEST_SESSION_START) {
    fail('sessionStartTimeout', source('sessionStartTimeout'), `is "${String(raw.sessionStartTimeout)}"`,
      `Use a number of seconds above 0 and at most ${LONGEST_SESSION_START} (a browser has ${BROWSER_START_TIMEOUT_MS / 1000} s to start), e.g. 60.`);
  }
  const browser = String(raw.browser).toLowerCase();
  if (browser !== 'chrome' && browser !== 'firefox') {
    fail('browser', source('browser'), `is "${browser}"`, 'Use chrome or firefox.');
  }
  const sessions = raw.sessions as MinkParameters['sessions'];
  for (const [name, session] of Object.entries(sessions ?? {})) {
    if (!session || (session.driver !== 'http' && session.driver !== 'browser')) {
      fail(`sessions.${name}.driver`, 'worldParameters', `is "${String(session?.driver)}"`, 'Use "http" or "browser".');
    }
  }
  for (const key of ['defaultSession', 'javascriptSession'] as const) {
    if (!(String(raw[key]) in sessions)) {
      fail(key, source(key), `names the session "${String(raw[key])}", which is not defined`,
        `Define it under sessions or use one of: ${Object.keys(sessions).join(', ')}.`);
    }
  }
  if (sessions[String(raw.javascriptSession)].driver !== 'browser') {
    fail('javascriptSession', source('javascriptSession'), `names "${String(raw.javascriptSession)}", which is not a browser session`,
      'Point it at a session whose driver is "browser".');
  }
  const filesPath = path.resolve(String(raw.filesPath));
  if (!fs.existsSync(filesPath) || !fs.statSync(filesPath).isDirectory()) {
    fail('filesPath', source('filesPath'), `is "${String(raw.filesPath)}", which is not a directory`, 'Point it at the folder holding your upload fixtures.');
  }
  if (raw.showCmd !== null && !String(raw.showCmd).includes('%s')) {
    fail('showCmd', source('showCmd'), `is "${String(raw.showCmd)}" without %s`, 'Write %s where the HTML file path goes, e.g. "open %s".');
  }

  return {
    baseUrl: raw.baseUrl === null ? null : parseBaseUrl(source('baseUrl'), raw.baseUrl),
    filesPath,
    showCmd: raw.showCmd === null ? null : String(raw.showCmd),
    showTmpDir: String(raw.showTmpDir),
    waitTimeout,
    requestTimeout,
    sessionStartTimeout,
    defaultSession: String(raw.defaultSession),
    javascriptSession: String(raw.javascriptSession),
    sessions,
    seleniumUrl: raw.seleniumUrl === null ? null : parseUrl('seleniumUrl', source('seleniumUrl'), raw.seleniumUrl),
    browser: browser as MinkParameters['browser'],
    headless: parseBoolean('headless', source('headless'), raw.headless),
    chromedriverPath: raw.chromedriverPath === null ? null : String(raw.chromedriverPath),
    chromeBinary: raw.chromeBinary === null ? null : String(raw.chromeBinary),
    windowSize: parseWindowSize(source('windowSize'), raw.windowSize),
    reportsDir: String(raw.reportsDir),
  };
}
