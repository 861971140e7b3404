/**
 * Where the browser comes from: a named Selenium server, a Selenium already answering on the default
 * port, or a local chromedriver. Decided once per process and announced once.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { DriverError } from '../driver';
import type { BrowserName } from '../../config/browser';
import { executableSearchPath, isFirstWorker, pathVariables } from '../../config/environment';
import { maskUrlCredentials } from '../../config/mask';
import { SELENIUM_PROBE_TIMEOUT_MS } from '../../config/timeouts';

export type Endpoint =
  | { readonly kind: 'selenium'; readonly url: string; readonly origin: 'configured' | 'detected' }
  | { readonly kind: 'local'; readonly driverPath: string; readonly browserBinary: string };

export interface EndpointRequest {
  seleniumUrl: string | null;
  browser: BrowserName;
  /** The local WebDriver executable (chromedriver, geckodriver); `null`: looked for on PATH. */
  driverPath: string | null;
  /** The local browser executable; `null`: looked for on PATH. */
  browserBinary: string | null;
  /** `false` skips looking for a Selenium on the default port (default `true`). */
  detectSelenium?: boolean;
}

/** Everything resolution looks at outside its arguments, replaceable in tests. */
interface EndpointEnvironment {
  /** The directories searched for a driver or browser that is not configured (PATH). */
  searchPath: string;
  /** Base URL of the Selenium probed when none is configured. */
  defaultSeleniumUrl: string;
  probeTimeoutMs: number;
}

const DEFAULT_SELENIUM_URL = 'http://127.0.0.1:4444';

const BROWSER_BINARIES: Record<BrowserName, string[]> = {
  chrome: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  firefox: ['firefox', 'firefox-esr'],
};
const DRIVER_BINARIES: Record<BrowserName, string> = { chrome: 'chromedriver', firefox: 'geckodriver' };

function defaultEnvironment(): EndpointEnvironment {
  return { searchPath: executableSearchPath(), defaultSeleniumUrl: DEFAULT_SELENIUM_URL, probeTimeoutMs: SELENIUM_PROBE_TIMEOUT_MS };
}

/** `http://host:4444/wd/hub/` → `http://host:4444/wd/hub`: the client appends `/session` itself. */
function normaliseSeleniumUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/** True when a Selenium at `baseUrl` says it is ready within `timeoutMs`. Never throws. */
export function seleniumIsReady(baseUrl: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (ready: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(ready);
    };
    const request = http.get(`${normaliseSeleniumUrl(baseUrl)}/status`, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        try {
          const status = JSON.parse(body) as { value?: { ready?: unknown } };
          finish(status.value?.ready === true);
        } catch {
          finish(false);
        }
      });
      response.on('error', () => finish(false));
    });
    request.on('error', () => finish(false));
    const timer = setTimeout(() => finish(false), timeoutMs);
  });
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function findOnPath(names: string[], searchPath: string): string | null {
  const directories = searchPath.split(path.delimiter).filter(Boolean);
  for (const name of names) {
    for (const directory of directories) {
      const candidate = path.join(directory, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

/** A configured path must be an executable; without one, the first of `names` on the search path. */
function locate(configured: string | null, setting: string, names: string[], searchPath: string, tried: string[]): string | null {
  if (configured) {
    if (isExecutable(configured)) return configured;
    tried.push(`${configured} (${setting}): not an executable file`);
    return null;
  }
  const found = findOnPath(names, searchPath);
  if (!found) tried.push(`${names.join(', ')} on PATH: not found`);
  return found;
}

/** How a path is set, for messages: `driverPath, DRIVER_PATH or CHROMEDRIVER`. */
function settingOf(key: 'driverPath' | 'browserBinary', browser: BrowserName): string {
  const [generic, alternative] = pathVariables(key, browser);
  return `${key}, ${generic} or ${alternative}`;
}

export async function resolveEndpoint(
  request: EndpointRequest,
  environment: EndpointEnvironment = defaultEnvironment(),
): Promise<Endpoint> {
  if (request.seleniumUrl) {
    return { kind: 'selenium', url: normaliseSeleniumUrl(request.seleniumUrl), origin: 'configured' };
  }
  const tried: string[] = [];
  if (request.detectSelenium !== false) {
    if (await seleniumIsReady(environment.defaultSeleniumUrl, environment.probeTimeoutMs)) {
      return { kind: 'selenium', url: normaliseSeleniumUrl(environment.defaultSeleniumUrl), origin: 'detected' };
    }
    tried.push(`a Selenium server at ${maskUrlCredentials(environment.defaultSeleniumUrl)}/status: no ready answer`);
  }

  const { browser } = request;
  const driverPath = locate(request.driverPath, settingOf('driverPath', browser), [DRIVER_BINARIES[browser]], environment.searchPath, tried);
  const browserBinary = locate(request.browserBinary, settingOf('browserBinary', browser), BROWSER_BINARIES[browser], environment.searchPath, tried);
  if (driverPath && browserBinary) return { kind: 'local', driverPath, browserBinary };

  const [driverVariable, driverAlternative] = pathVariables('driverPath', browser);
  const [binaryVariable, binaryAlternative] = pathVariables('browserBinary', browser);
  const packages = browser === 'chrome' ? 'Chromium and its driver (Debian/Ubuntu: apt install chromium chromium-driver)' : 'Firefox and geckodriver';
  const install = `install ${packages}, or set ${driverVariable} and ${binaryVariable} (or ${driverAlternative} and ${binaryAlternative})`;
  throw new DriverError(
    `No browser for @javascript scenarios (${request.browser}). Tried:\n` +
      tried.map((line) => `  - ${line}`).join('\n') +
      `\nFix one of:\n  - ${install}\n  - start Selenium (npm run selenium:start) or set SELENIUM_URL` +
      `\n  - run only the scenarios without a browser: npm run test:ci`,
  );
}

export function describeEndpoint(endpoint: Endpoint, browser: BrowserName, headless: boolean): string {
  const mode = headless ? 'headless' : 'headed';
  if (endpoint.kind === 'selenium') {
    const how = endpoint.origin === 'detected' ? 'Selenium found at' : 'Selenium at';
    return `browser via ${how} ${maskUrlCredentials(endpoint.url)} (${browser}, ${mode})`;
  }
  const driverName = DRIVER_BINARIES[browser];
  return `browser via local ${driverName} ${endpoint.driverPath} (${path.basename(endpoint.browserBinary)} ${endpoint.browserBinary}, ${mode})`;
}

const resolved = new Map<string, Promise<Endpoint>>();

/**
 * Resolution happens once per process for a given request; the choice is printed once (by the
 * first worker only in a parallel run, where every worker makes the same choice).
 */
export function resolveEndpointOnce(request: EndpointRequest, headless: boolean): Promise<Endpoint> {
  const key = JSON.stringify(request);
  let endpoint = resolved.get(key);
  if (!endpoint) {
    endpoint = resolveEndpoint(request).then((found) => {
      if (isFirstWorker()) process.stderr.write(`cucumber-mink: ${describeEndpoint(found, request.browser, headless)}\n`);
      return found;
    });
    // A failed resolution is retried next time: the user may start Selenium in between.
    endpoint.catch(() => resolved.delete(key));
    resolved.set(key, endpoint);
  }
  return endpoint;
}
