/**
 * The typed world parameters: defaults, then cucumber.config.ts, then environment variables
 * (environment.ts reads them). Validation happens once, before the first scenario, and names the
 * key, where its value came from, and the fix.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isBrowserName, isSeleniumManagerMode, type BrowserName, type BrowserParameters, type Capabilities } from './browser';
import { checkCapabilities } from './capabilities';
import {
  currentEnvironment,
  readParameterVariables,
  seleniumManagerSetting,
  type EnvironmentValue,
  type OverriddenParameter,
} from './environment';
import { maskUrlCredentials } from './mask';
import {
  BROWSER_START_TIMEOUT_MS,
  DEFAULT_REQUEST_TIMEOUT_S,
  DEFAULT_SESSION_START_TIMEOUT_S,
  DEFAULT_WAIT_TIMEOUT_S,
  LONGEST_SESSION_START,
  longestWaitWithin,
  stepTimeoutFromEnvironment,
  waitTooLong,
} from './timeouts';

export type DriverKind = 'http' | 'browser';

/** The maxResponseSize default, in MB: far above a page, far below what would strain a test machine's memory. */
export const DEFAULT_MAX_RESPONSE_SIZE_MB = 50;
/** Megabytes as maxResponseSize counts them. */
export const BYTES_PER_MB = 1024 * 1024;
/** The recordedExchanges default: enough for a scenario's story; one that polls an API for minutes keeps its last ones. */
export const DEFAULT_RECORDED_EXCHANGES = 100;

/** The world parameters; the browser's own (which browser, from where, shown how) are in browser.ts. */
export interface MinkParameters extends BrowserParameters {
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
  /**
   * Megabytes (2^20 bytes) a response body may hold over HTTP, as sent and once decoded (gzip,
   * deflate, br): beyond them the driver stops reading, closes the connection and fails the step.
   */
  maxResponseSize: number;
  /** HTTP exchanges a scenario keeps for the report when it fails (the last ones); 0 records none. */
  recordedExchanges: number;
  /** Seconds a WebDriver server (Selenium, chromedriver) has to answer the request that starts a browser. */
  sessionStartTimeout: number;
  /** Session used by untagged scenarios. */
  defaultSession: string;
  /** Session used by `@javascript` scenarios. */
  javascriptSession: string;
  /** Named sessions, selectable with `@mink:NAME`. */
  sessions: Record<string, { driver: DriverKind }>;
  /** Where the HTML and JUnit reports go (defineConfig's default formats; each profile in a folder below). */
  reportsDir: string;
  /** Always set once resolved (`{}`: only the harness's own). */
  capabilities: Capabilities;
}

const DEFAULT_PARAMETERS: Readonly<MinkParameters> = {
  baseUrl: null,
  filesPath: '.',
  showCmd: null,
  showTmpDir: os.tmpdir(),
  waitTimeout: DEFAULT_WAIT_TIMEOUT_S,
  requestTimeout: DEFAULT_REQUEST_TIMEOUT_S,
  maxResponseSize: DEFAULT_MAX_RESPONSE_SIZE_MB,
  recordedExchanges: DEFAULT_RECORDED_EXCHANGES,
  sessionStartTimeout: DEFAULT_SESSION_START_TIMEOUT_S,
  defaultSession: 'http',
  javascriptSession: 'browser',
  sessions: { http: { driver: 'http' }, browser: { driver: 'browser' } },
  seleniumUrl: null,
  browser: 'chrome',
  headless: true,
  driverPath: null,
  browserBinary: null,
  windowSize: { width: 1280, height: 900 },
  reportsDir: 'reports',
  capabilities: {},
};

/** Keys of earlier versions: refused with the new name rather than silently ignored. */
const RENAMED_PARAMETERS: Readonly<Record<string, { key: keyof MinkParameters; why: string }>> = {
  chromedriverPath: { key: 'driverPath', why: 'it holds a geckodriver path for Firefox too' },
  chromeBinary: { key: 'browserBinary', why: 'it holds a Firefox path too' },
};

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function fail(key: string, source: string, problem: string, fix: string): never {
  throw new ConfigError(maskUrlCredentials(`cucumber-mink configuration: ${key} (${source}) ${problem}. ${fix}`));
}

/** environment.ts keys each variable by the parameter it overrides: a key there that is no parameter fails to compile here. */
type FromEnvironment = OverriddenParameter extends keyof MinkParameters ? Partial<Record<keyof MinkParameters, EnvironmentValue>> : never;

/** Defaults, overridden by the config file, overridden by the environment; each value knows where it came from. */
class RawParameters {
  constructor(
    private readonly fromConfig: Record<string, unknown>,
    private readonly environment: FromEnvironment,
  ) {}

  value(key: keyof MinkParameters): unknown {
    const fromEnvironment = this.environment[key];
    if (fromEnvironment) return fromEnvironment.value;
    return Object.hasOwn(this.fromConfig, key) ? this.fromConfig[key] : DEFAULT_PARAMETERS[key];
  }

  source(key: keyof MinkParameters): string {
    const fromEnvironment = this.environment[key];
    return fromEnvironment ? `environment variable ${fromEnvironment.variable}` : 'worldParameters';
  }

  fail(key: keyof MinkParameters, problem: string, fix: string): never {
    return fail(key, this.source(key), problem, fix);
  }
}

function refuseUnknownKeys(fromConfig: Record<string, unknown>): void {
  for (const key of Object.keys(fromConfig)) {
    const renamed = Object.hasOwn(RENAMED_PARAMETERS, key) ? RENAMED_PARAMETERS[key] : undefined;
    if (renamed) {
      fail(key, 'worldParameters', `has been renamed to ${renamed.key} (${renamed.why})`, `Write ${renamed.key} instead of ${key}.`);
    }
    if (!Object.hasOwn(DEFAULT_PARAMETERS, key)) {
      fail(key, 'worldParameters', 'is not a cucumber-mink parameter', `Known parameters: ${Object.keys(DEFAULT_PARAMETERS).join(', ')}.`);
    }
  }
}

function parseBoolean(raw: RawParameters, key: keyof MinkParameters): boolean {
  const value = raw.value(key);
  if (typeof value === 'boolean') return value;
  const text = String(value).toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  return raw.fail(key, `is "${String(value)}", not a boolean`, 'Use true or false.');
}

/** The port as written (`host:99999`), which URL parsing would only call "invalid". */
const WRITTEN_PORT = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#]*@)?(?:\[[^\]]*\]|[^:/?#]*):(\d+)(?:[/?#]|$)/i;

function parseUrl(raw: RawParameters, key: 'baseUrl' | 'seleniumUrl'): string | null {
  const value = raw.value(key);
  if (value === null) return null;
  const text = String(value);
  const port = WRITTEN_PORT.exec(text)?.[1];
  if (port !== undefined && Number(port) > 65535) {
    raw.fail(key, `is "${text}": port ${port} is out of range`, 'Use a port from 1 to 65535.');
  }
  let url: URL;
  try {
    if (!text.includes('://')) throw new Error('no scheme');
    url = new URL(text);
  } catch {
    return raw.fail(key, `is "${text}", not an absolute URL`, 'Use a URL like http://127.0.0.1:8080.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    raw.fail(key, `uses the scheme "${url.protocol}"`, 'Use an http:// or https:// URL.');
  }
  return text;
}

/** Steps append their path to the base URL: a query or fragment in it would end up before that path. */
function parseBaseUrl(raw: RawParameters): string | null {
  const text = parseUrl(raw, 'baseUrl');
  if (text !== null && (/[?#]/.test(text) || new URL(text).search !== '' || new URL(text).hash !== '')) {
    raw.fail('baseUrl', `is "${text}", which has a query or fragment`,
      'Give only scheme, host, port and path (e.g. http://127.0.0.1:8080/app); put queries in the steps: I am on "/page?x=1".');
  }
  return text;
}

function parseWindowSize(raw: RawParameters): { width: number; height: number } {
  const value = raw.value('windowSize');
  if (typeof value === 'object' && value !== null) {
    const { width, height } = value as { width: unknown; height: unknown };
    if (Number.isInteger(width) && Number.isInteger(height) && (width as number) > 0 && (height as number) > 0) {
      return { width: width as number, height: height as number };
    }
  }
  const match = /^(\d+)x(\d+)$/.exec(String(value));
  if (!match) return raw.fail('windowSize', `is "${String(value)}"`, 'Use WIDTHxHEIGHT, e.g. 1280x900.');
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** A number of seconds above 0 (or from 0, when `zeroAllowed`) and at most `longest`. */
function parseSeconds(raw: RawParameters, key: keyof MinkParameters, fix: string, options: { zeroAllowed?: boolean; longest?: number } = {}): number {
  const value = raw.value(key);
  const seconds = Number(value);
  const tooSmall = options.zeroAllowed ? seconds < 0 : seconds <= 0;
  if (!Number.isFinite(seconds) || tooSmall || seconds > (options.longest ?? Infinity)) raw.fail(key, `is "${String(value)}"`, fix);
  return seconds;
}

function parseTimeouts(raw: RawParameters, env: NodeJS.ProcessEnv): Pick<MinkParameters, 'waitTimeout' | 'requestTimeout' | 'sessionStartTimeout'> {
  const waitTimeout = parseSeconds(raw, 'waitTimeout', 'Use a number of seconds, e.g. 5.', { zeroAllowed: true });
  const stepTimeoutMs = stepTimeoutFromEnvironment(env);
  const tooLong = waitTooLong(waitTimeout, stepTimeoutMs);
  if (tooLong) {
    raw.fail('waitTimeout', tooLong,
      `Use at most ${longestWaitWithin(stepTimeoutMs)}, or set it with the WAIT_TIMEOUT environment variable: the step timeout follows it.`);
  }
  const requestTimeout = parseSeconds(raw, 'requestTimeout', 'Use a positive number of seconds, e.g. 30.');
  const sessionStartTimeout = parseSeconds(raw, 'sessionStartTimeout',
    `Use a number of seconds above 0 and at most ${LONGEST_SESSION_START} (a browser has ${BROWSER_START_TIMEOUT_MS / 1000} s to start), e.g. 60.`,
    { longest: LONGEST_SESSION_START });
  return { waitTimeout, requestTimeout, sessionStartTimeout };
}

function parseMaxResponseSize(raw: RawParameters): number {
  const value = raw.value('maxResponseSize');
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0) {
    raw.fail('maxResponseSize', `is "${String(value)}"`, `Use a positive number of megabytes, e.g. ${DEFAULT_MAX_RESPONSE_SIZE_MB}.`);
  }
  return megabytes;
}

function parseRecordedExchanges(raw: RawParameters): number {
  const value = raw.value('recordedExchanges');
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) {
    raw.fail('recordedExchanges', `is "${String(value)}"`, `Use a whole number of exchanges, e.g. ${DEFAULT_RECORDED_EXCHANGES}, or 0 to record none.`);
  }
  return count;
}

function parseBrowser(raw: RawParameters): BrowserName {
  const browser = String(raw.value('browser')).toLowerCase();
  if (!isBrowserName(browser)) return raw.fail('browser', `is "${browser}"`, 'Use chrome or firefox.');
  return browser;
}

function parseSessions(raw: RawParameters): Pick<MinkParameters, 'sessions' | 'defaultSession' | 'javascriptSession'> {
  const sessions = raw.value('sessions') as MinkParameters['sessions'];
  for (const [name, session] of Object.entries(sessions ?? {})) {
    if (!session || (session.driver !== 'http' && session.driver !== 'browser')) {
      fail(`sessions.${name}.driver`, 'worldParameters', `is "${String(session?.driver)}"`, 'Use "http" or "browser".');
    }
  }
  for (const key of ['defaultSession', 'javascriptSession'] as const) {
    if (!(String(raw.value(key)) in sessions)) {
      raw.fail(key, `names the session "${String(raw.value(key))}", which is not defined`,
        `Define it under sessions or use one of: ${Object.keys(sessions).join(', ')}.`);
    }
  }
  const javascriptSession = String(raw.value('javascriptSession'));
  if (sessions[javascriptSession].driver !== 'browser') {
    raw.fail('javascriptSession', `names "${javascriptSession}", which is not a browser session`, 'Point it at a session whose driver is "browser".');
  }
  return { sessions, defaultSession: String(raw.value('defaultSession')), javascriptSession };
}

function parseFilesPath(raw: RawParameters): string {
  const filesPath = path.resolve(String(raw.value('filesPath')));
  if (!fs.existsSync(filesPath) || !fs.statSync(filesPath).isDirectory()) {
    raw.fail('filesPath', `is "${String(raw.value('filesPath'))}", which is not a directory`, 'Point it at the folder holding your upload fixtures.');
  }
  return filesPath;
}

function parseShowCmd(raw: RawParameters): string | null {
  const showCmd = raw.value('showCmd');
  if (showCmd === null) return null;
  if (!String(showCmd).includes('%s')) raw.fail('showCmd', `is "${String(showCmd)}" without %s`, 'Write %s where the HTML file path goes, e.g. "open %s".');
  return String(showCmd);
}

/** An object, or JSON text (SELENIUM_CAPABILITIES); checked in capabilities.ts, which never quotes a value. */
function parseCapabilities(raw: RawParameters, browser: BrowserName): Capabilities {
  const checked = checkCapabilities(raw.value('capabilities'), browser);
  if ('problem' in checked) return fail(checked.key, raw.source('capabilities'), checked.problem, checked.fix);
  return checked.capabilities;
}

/** SELENIUM_MANAGER is no parameter, but a bad value stops the run here all the same. */
function checkSeleniumManager(env: NodeJS.ProcessEnv): void {
  const setting = seleniumManagerSetting(env);
  if (setting && !isSeleniumManagerMode(setting.value.toLowerCase())) {
    fail(setting.variable, 'environment variable', `is "${setting.value}"`,
      'Use online (the default: Selenium Manager may download a missing driver), offline (only what is installed or cached) or off.');
  }
}

function optionalText(raw: RawParameters, key: 'driverPath' | 'browserBinary'): string | null {
  const value = raw.value(key);
  return value === null || value === undefined ? null : String(value);
}

/**
 * Merge defaults, the config file's world parameters and the environment, and validate the result.
 * Unknown keys are refused: a typo would otherwise be silently ignored.
 */
export function resolveParameters(fromConfig: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = currentEnvironment()): MinkParameters {
  refuseUnknownKeys(fromConfig);
  checkSeleniumManager(env);
  // The browser is read first: which of CHROMEDRIVER and GECKODRIVER (CHROME_BIN, FIREFOX_BIN) applies depends on it.
  const browser = parseBrowser(new RawParameters(fromConfig, readParameterVariables(env, 'chrome')));
  const raw = new RawParameters(fromConfig, readParameterVariables(env, browser));
  return {
    baseUrl: parseBaseUrl(raw),
    filesPath: parseFilesPath(raw),
    showCmd: parseShowCmd(raw),
    showTmpDir: String(raw.value('showTmpDir')),
    ...parseTimeouts(raw, env),
    maxResponseSize: parseMaxResponseSize(raw),
    recordedExchanges: parseRecordedExchanges(raw),
    ...parseSessions(raw),
    seleniumUrl: parseUrl(raw, 'seleniumUrl'),
    browser,
    headless: parseBoolean(raw, 'headless'),
    driverPath: optionalText(raw, 'driverPath'),
    browserBinary: optionalText(raw, 'browserBinary'),
    windowSize: parseWindowSize(raw),
    reportsDir: String(raw.value('reportsDir')),
    capabilities: parseCapabilities(raw, browser),
  };
}
