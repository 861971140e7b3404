/**
 * Starting a WebDriver session on the resolved endpoint, with a throwaway profile and the user's
 * capabilities over ours, and never letting selenium-webdriver run Selenium Manager on its own; and
 * shutting it down again, leaving no process or profile behind.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import './offline';
import { Builder, type WebDriver } from 'selenium-webdriver';
import * as chrome from 'selenium-webdriver/chrome';
import * as firefox from 'selenium-webdriver/firefox';
import * as remote from 'selenium-webdriver/remote';
import type { BrowserName, Capabilities } from '../../config/browser';
import { currentScenarioName } from '../../config/current-scenario';
import { isFirstWorker, parameterVariable } from '../../config/environment';
import { maskSecrets, registerSecrets, secretsInCapabilities, secretsInUrl } from '../../config/mask';
import { DriverError } from '../driver';
import { applyCapabilities, SESSION_NAME_CAPABILITY } from './capabilities';
import type { Endpoint } from './endpoint';
import { devToolsOf } from './cookies-and-storage';
import type { DownloadSource } from './downloads';
import { chromeDownloadPreferences, downloadFolderOf, prepareDownloadFolder } from './downloads-folder';
import { GridDownloads } from './grid-downloads';
import { driverStartHint } from './local-search';
import { within } from './time-limit';
import { loadUndiciWhileTheBrowserStarts } from './undici-later';
import {
  findDriverPid,
  installBrowserCleanupHandlers,
  killProcesses,
  processesOf,
  removeProfile,
  trackLocalBrowser,
  untrackLocalBrowser,
  type LocalBrowserRecord,
} from './processes';

interface LaunchOptions {
  browser: BrowserName;
  headless: boolean;
  windowSize: { width: number; height: number };
  /** Seconds the WebDriver server has to answer POST /session. */
  sessionStartTimeout: number;
  /** The user's capabilities, merged over ours (capabilities.ts). */
  capabilities?: Capabilities;
}

const SELENIUM_URL_SETTING = `${parameterVariable('seleniumUrl')} (worldParameters.seleniumUrl)`;
const CAPABILITIES_SETTING = `${parameterVariable('capabilities')} (worldParameters.capabilities)`;
/** A session on a server whose start did not come from a scenario (a driver used on its own). */
const DEFAULT_SESSION_NAME = 'cucumber-mink';

/**
 * A WebDriver server that accepts the connection and never answers must not hold the scenario, nor
 * the process at its end: after `seconds` the request is abandoned (`abandon` closes its
 * connection, so nothing stays pending) and the start fails naming the server.
 */
function answeredWithin<T>(creating: Promise<T>, seconds: number, server: string, abandon: () => unknown, hint = ''): Promise<T> {
  return within(creating, seconds * 1000, () => {
    // The abandoned request then fails once its connection is closed: that failure is expected.
    Promise.resolve()
      .then(abandon)
      .catch(() => undefined);
    return new DriverError(maskSecrets(`${server} did not answer POST /session in ${seconds} s${hint}`));
  });
}

/**
 * Ends the requests of `agent` that wait for an answer. Their sockets fail with an error that
 * selenium-webdriver does not retry (a plain close would be retried, on a new connection, forever).
 */
function abandonRequests(agent: http.Agent): void {
  for (const sockets of Object.values(agent.sockets)) {
    for (const socket of sockets ?? []) socket.destroy(Object.assign(new Error('no answer: request abandoned'), { code: 'EUNANSWERED' }));
  }
  agent.destroy();
}

/** A refused connection names the setting that points at the server, when one does. */
function refusedBy(error: unknown, server: string, setting: string | null): unknown {
  // selenium-webdriver keeps only the message, which starts with the system error code.
  if (!(error instanceof Error) || !/^ECONNREFUSED\b/.test(error.message)) return error;
  const check = setting ? ` Is it running? Check ${setting}.` : ' Is it running?';
  return new DriverError(`${server} refused the connection (ECONNREFUSED).${check}`);
}

/** Where the server's reason ends and its diagnostics (host, build, stack, the capabilities again) begin. */
const DIAGNOSTICS = /^\s*(Host info|Build info|System info|Driver info|Stacktrace|Capabilities \{)/;

/** The user's capabilities, by name, and where to change them: for a message about a refused or queued session. */
function capabilitiesToCheck(options: LaunchOptions): string {
  const names = Object.keys(options.capabilities ?? {});
  return names.length > 0 ? ` Check the capabilities given (${names.join(', ')}) in ${CAPABILITIES_SETTING}.` : '';
}

/**
 * A server that refused to start the session (a capability it does not support, a browser or platform
 * no node offers): one line with its reason, without the diagnostics that follow it, secrets masked.
 */
function refusedSession(error: unknown, server: string, options: LaunchOptions): unknown {
  if (!(error instanceof Error) || !['SessionNotCreatedError', 'InvalidArgumentError'].includes(error.name)) return error;
  const lines = error.message.trim().split('\n');
  const end = lines.findIndex((line, index) => index > 0 && DIAGNOSTICS.test(line));
  const reason = (end < 0 ? lines : lines.slice(0, end)).map((line) => line.trim()).filter(Boolean).join(' ');
  return new DriverError(maskSecrets(`${server} refused to start a browser session: ${reason.replace(/\.?$/, '.')}${capabilitiesToCheck(options)}`));
}

export interface LaunchedBrowser {
  webDriver: WebDriver;
  /** Set for a browser we started ourselves; its processes are ours to kill. */
  local: {
    record: LocalBrowserRecord;
    stopService: () => Promise<void>;
    /** A Chromium on our throwaway profile: ended by killing its processes, not asked to quit (shutDownBrowser). */
    endsByKill: boolean;
  } | null;
  /** Only deleted once the browser has ended: it writes into it until then. */
  profileDir: string | null;
  /** Where its downloads are read (downloads.ts); null when they are out of reach. */
  downloads: DownloadSource | null;
}

function chromeOptions(options: LaunchOptions, profileDir: string | null, binary: string | null): chrome.Options {
  const chromeOptions = new chrome.Options();
  if (binary) chromeOptions.setChromeBinaryPath(binary);
  const args = [
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // A page left for another is unloaded, not kept frozen for a later back navigation: leaving it
    // (the reset's about:blank) then takes ~0.1 s instead of ~0.5 s for a new renderer, and going
    // back loads the page from the server again, so its response is seen as over HTTP.
    '--disable-back-forward-cache',
    `--window-size=${options.windowSize.width},${options.windowSize.height}`,
  ];
  if (options.headless) args.push('--headless=new');
  // Chromium refuses to start its sandbox as root (containers, CI).
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  if (profileDir) args.push(`--user-data-dir=${profileDir}`);
  chromeOptions.addArguments(...args);
  if (profileDir) chromeOptions.setUserPreferences(chromeDownloadPreferences(downloadFolderOf(profileDir)));
  return chromeOptions;
}

function firefoxOptions(options: LaunchOptions, binary: string | null): firefox.Options {
  const firefoxOptions = new firefox.Options();
  if (binary) firefoxOptions.setBinary(binary);
  if (options.headless) firefoxOptions.addArguments('-headless');
  firefoxOptions.windowSize(options.windowSize);
  return firefoxOptions;
}

/**
 * Ours, then a session name for a grid (the scenario that starts the browser; Selenium Grid reads it
 * only when the session is created), then the user's capabilities over both.
 */
function sessionOptions(options: LaunchOptions, profileDir: string | null, binary: string | null, sessionName: string | null): chrome.Options | firefox.Options {
  const browserOptions =
    options.browser === 'chrome' ? chromeOptions(options, profileDir, binary) : firefoxOptions(options, binary);
  // BiDi gives status codes, response headers and request interception.
  browserOptions.set('webSocketUrl', true);
  // Leave dialogs open so steps can read and answer them instead of WebDriver dismissing them; the
  // leave-page (beforeunload) dialog too, which WebDriver otherwise accepts unseen: a navigation step
  // accepts it itself and says so (dialogs.ts), and one a click meets is the dialog steps' to answer.
  browserOptions.set('unhandledPromptBehavior', { default: 'ignore', beforeUnload: 'ignore' });
  if (sessionName !== null) browserOptions.set(SESSION_NAME_CAPABILITY, sessionName);
  applyCapabilities(browserOptions, options.capabilities ?? {}, options.browser);
  return browserOptions;
}

/** A browser on the resolved endpoint: a session on a Selenium server, or a local driver and browser of our own. */
let capabilitiesAnnounced = false;

/** The user's capabilities, masked, once per run, under the line that says which browser is used. */
function announceCapabilities(capabilities: Capabilities): void {
  if (capabilitiesAnnounced || Object.keys(capabilities).length === 0) return;
  capabilitiesAnnounced = true;
  if (isFirstWorker()) process.stderr.write(`cucumber-mink: session capabilities ${maskSecrets(JSON.stringify(capabilities))}\n`);
}

export function launchBrowser(endpoint: Endpoint, options: LaunchOptions): Promise<LaunchedBrowser> {
  // Also registered by the runtime; here too for a driver used on its own.
  registerSecrets(secretsInCapabilities(options.capabilities ?? {}));
  if (endpoint.kind === 'selenium') registerSecrets(secretsInUrl(endpoint.url));
  announceCapabilities(options.capabilities ?? {});
  return endpoint.kind === 'selenium' ? launchRemoteBrowser(endpoint, options) : launchLocalBrowser(endpoint, options);
}

/** A session on a Selenium server (standalone, Grid, service): the profile lives there, and the server makes and deletes it. */
async function launchRemoteBrowser(endpoint: Extract<Endpoint, { kind: 'selenium' }>, options: LaunchOptions): Promise<LaunchedBrowser> {
  // Our own agent, so a server that accepts and never answers can be cut off: its sockets destroyed.
  const agent = new http.Agent({ keepAlive: true });
  const builder = new Builder()
    // SELENIUM_REMOTE_URL and friends must not silently override the endpoint we announced.
    .disableEnvironmentOverrides()
    .forBrowser(options.browser)
    .usingServer(endpoint.url)
    .usingHttpAgent(agent);
  const browserOptions = sessionOptions(options, null, null, currentScenarioName() ?? DEFAULT_SESSION_NAME);
  if (browserOptions instanceof chrome.Options) builder.setChromeOptions(browserOptions);
  else builder.setFirefoxOptions(browserOptions);
  const server = `Selenium at ${maskSecrets(endpoint.url)}`;
  // A Grid keeps a request that no node's stereotype matches in its queue, silently, until its own timeout.
  const queued = capabilitiesToCheck(options) && ` (a Grid queues a request no node matches).${capabilitiesToCheck(options)}`;
  const creating = builder.build();
  loadUndiciWhileTheBrowserStarts();
  const webDriver = await answeredWithin(creating, options.sessionStartTimeout, server, () => abandonRequests(agent), queued).catch(
    (error: unknown) => {
      throw refusedSession(refusedBy(error, server, endpoint.origin === 'configured' ? SELENIUM_URL_SETTING : null), server, options);
    },
  );
  webDriver.setFileDetector(new remote.FileDetector());
  return { webDriver, local: null, profileDir: null, downloads: await GridDownloads.of(webDriver, options.capabilities ?? {}) };
}

/** Our own driver (chromedriver, geckodriver) and browser, with a throwaway profile; tracked so no process outlives us. */
async function launchLocalBrowser(endpoint: Extract<Endpoint, { kind: 'local' }>, options: LaunchOptions): Promise<LaunchedBrowser> {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cucumber-mink-profile-'));
  const record: LocalBrowserRecord = { driverPid: null, profileDir };
  installBrowserCleanupHandlers();
  trackLocalBrowser(record);
  const service =
    options.browser === 'chrome'
      ? new chrome.ServiceBuilder(endpoint.driverPath).setHostname('127.0.0.1').build()
      : new firefox.ServiceBuilder(endpoint.driverPath).setHostname('127.0.0.1').build();
  const address = await service.start().catch((error: unknown) => {
    const hint = driverStartHint(endpoint.driverPath, process.platform);
    if (hint === null || !(error instanceof Error)) throw error;
    throw new DriverError(`${endpoint.driverPath} did not start: ${error.message}; ${hint}`);
  });
  record.driverPid = findDriverPid(Number(new URL(address).port));
  const stopService = async () => {
    await service.kill();
  };
  try {
    const browserOptions = sessionOptions(options, profileDir, endpoint.browserBinary, null);
    const creating =
      browserOptions instanceof chrome.Options
        ? chrome.Driver.createSession(browserOptions, service)
        : firefox.Driver.createSession(browserOptions, service);
    loadUndiciWhileTheBrowserStarts();
    // Killing the driver is what ends a request it never answers.
    const server = `${path.basename(endpoint.driverPath)} at ${address}`;
    const webDriver = await answeredWithin(Promise.resolve(creating), options.sessionStartTimeout, server, () => stopService()).catch(
      (error: unknown) => {
        throw refusedSession(error, server, options);
      },
    );
    const endsByKill = options.browser === 'chrome' && runsOnProfile(browserOptions, profileDir);
    return { webDriver, local: { record, stopService, endsByKill }, profileDir, downloads: options.browser === 'chrome' ? prepareDownloadFolder(profileDir, devToolsOf(webDriver, 'chrome')) : null };
  } catch (error) {
    await stopService().catch(() => undefined);
    throw error;
  }
}

/**
 * Whether Chromium will run on `profileDir`: the last `user-data-dir` of its arguments (chromedriver
 * takes them with or without the leading `--`), where a user's own, given in the capabilities, comes
 * after ours.
 */
export function runsOnProfile(browserOptions: { get(key: string): unknown }, profileDir: string): boolean {
  const args = (browserOptions.get('goog:chromeOptions') as { args?: unknown[] } | undefined)?.args ?? [];
  const given = args
    .map((arg) => (typeof arg === 'string' ? /^(?:--)?user-data-dir=(.*)$/s.exec(arg)?.[1] : undefined))
    .filter((dir): dir is string => dir !== undefined)
    .pop();
  return given === profileDir;
}

/**
 * Ends the session, then whatever of a local browser is left, then its profile. Never throws.
 * At the run's end (`runEnding`) a Chromium of ours on a profile of ours is ended outright instead:
 * asked to quit, it first saves the profile that is deleted next (quit 95 ms, against 25 ms for its
 * processes killed). Mid-run it quits, so its processes are reaped (see Driver.stop).
 */
export async function shutDownBrowser(launched: LaunchedBrowser, runEnding = false): Promise<void> {
  const endOutright = runEnding && launched.local?.endsByKill === true;
  if (!endOutright) await launched.webDriver.quit().catch(() => undefined);
  if (launched.local) {
    // Killed first, so the driver cannot start a graceful close of its own when it goes.
    if (endOutright) killProcesses(processesOf(launched.local.record));
    await launched.local.stopService().catch(() => undefined);
    // Chromium helpers that outlived their driver (rare) are still ours to end.
    killProcesses(processesOf(launched.local.record));
    untrackLocalBrowser(launched.local.record);
  }
  if (launched.profileDir) removeProfile(launched.profileDir);
}
