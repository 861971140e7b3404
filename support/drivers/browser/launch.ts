/**
 * Starting a WebDriver session on the resolved endpoint, with a throwaway profile, and never letting
 * Selenium Manager reach the network; and shutting it down again, leaving no process or profile behind.
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
import type { BrowserName } from '../../config/browser';
import { parameterVariable } from '../../config/environment';
import { DriverError } from '../driver';
import type { Endpoint } from './endpoint';
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
}

const SELENIUM_URL_SETTING = `${parameterVariable('seleniumUrl')} (worldParameters.seleniumUrl)`;

/**
 * A WebDriver server that accepts the connection and never answers must not hold the scenario, nor
 * the process at its end: after `seconds` the request is abandoned (`abandon` closes its
 * connection, so nothing stays pending) and the start fails naming the server.
 */
async function answeredWithin<T>(creating: Promise<T>, seconds: number, server: string, abandon: () => unknown): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new DriverError(`${server} did not answer POST /session in ${seconds} s`));
      Promise.resolve()
        .then(abandon)
        .catch(() => undefined);
    }, seconds * 1000);
  });
  try {
    return await Promise.race([creating, timedOut]);
  } finally {
    clearTimeout(timer);
    // The abandoned request fails once its connection is closed: that failure is expected.
    creating.catch(() => undefined);
  }
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

export interface LaunchedBrowser {
  webDriver: WebDriver;
  /** Set for a browser we started ourselves; its processes are ours to kill. */
  local: { record: LocalBrowserRecord; stopService: () => Promise<void> } | null;
  /** Only deleted after quit: the browser writes into it until then. */
  profileDir: string | null;
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
  return chromeOptions;
}

function firefoxOptions(options: LaunchOptions, binary: string | null): firefox.Options {
  const firefoxOptions = new firefox.Options();
  if (binary) firefoxOptions.setBinary(binary);
  if (options.headless) firefoxOptions.addArguments('-headless');
  firefoxOptions.windowSize(options.windowSize);
  return firefoxOptions;
}

function sessionOptions(options: LaunchOptions, profileDir: string | null, binary: string | null): chrome.Options | firefox.Options {
  const browserOptions =
    options.browser === 'chrome' ? chromeOptions(options, profileDir, binary) : firefoxOptions(options, binary);
  // BiDi gives status codes, response headers and request interception.
  browserOptions.set('webSocketUrl', true);
  // Leave dialogs open so steps can read and answer them instead of WebDriver dismissing them; the
  // leave-page (beforeunload) dialog too, which WebDriver otherwise accepts unseen: a navigation step
  // accepts it itself and says so (dialogs.ts), and one a click meets is the dialog steps' to answer.
  browserOptions.set('unhandledPromptBehavior', { default: 'ignore', beforeUnload: 'ignore' });
  return browserOptions;
}

/** A browser on the resolved endpoint: a session on a Selenium server, or a local driver and browser of our own. */
export function launchBrowser(endpoint: Endpoint, options: LaunchOptions): Promise<LaunchedBrowser> {
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
  const browserOptions = sessionOptions(options, null, null);
  if (browserOptions instanceof chrome.Options) builder.setChromeOptions(browserOptions);
  else builder.setFirefoxOptions(browserOptions);
  const server = `Selenium at ${endpoint.url}`;
  const webDriver = await answeredWithin(builder.build(), options.sessionStartTimeout, server, () => abandonRequests(agent)).catch(
    (error: unknown) => {
      throw refusedBy(error, server, endpoint.origin === 'configured' ? SELENIUM_URL_SETTING : null);
    },
  );
  webDriver.setFileDetector(new remote.FileDetector());
  return { webDriver, local: null, profileDir: null };
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
  const address = await service.start();
  record.driverPid = findDriverPid(Number(new URL(address).port));
  const stopService = async () => {
    await service.kill();
  };
  try {
    const browserOptions = sessionOptions(options, profileDir, endpoint.browserBinary);
    const creating =
      browserOptions instanceof chrome.Options
        ? chrome.Driver.createSession(browserOptions, service)
        : firefox.Driver.createSession(browserOptions, service);
    // Killing the driver is what ends a request it never answers.
    const server = `${path.basename(endpoint.driverPath)} at ${address}`;
    const webDriver = await answeredWithin(Promise.resolve(creating), options.sessionStartTimeout, server, () => stopService());
    return { webDriver, local: { record, stopService }, profileDir };
  } catch (error) {
    await stopService().catch(() => undefined);
    throw error;
  }
}

/** Ends the session, then whatever of a local browser is left, then its profile. Never throws. */
export async function shutDownBrowser(launched: LaunchedBrowser): Promise<void> {
  await launched.webDriver.quit().catch(() => undefined);
  if (launched.local) {
    await launched.local.stopService().catch(() => undefined);
    // Chromium helpers that outlived their driver (rare) are still ours to end.
    killProcesses(processesOf(launched.local.record));
    untrackLocalBrowser(launched.local.record);
  }
  if (launched.profileDir) removeProfile(launched.profileDir);
}
