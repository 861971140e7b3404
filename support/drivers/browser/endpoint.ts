/**
 * Where the browser comes from: a named Selenium server, a Selenium already answering on the default
 * port, or a local chromedriver. Decided once per process and announced once.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { DriverError } from '../driver';
import { maskUrlCredentials } from '../../config/mask';

export type BrowserName = 'chrome' | 'firefox';

export type Endpoint =
  | { readonly kind: 'selenium'; readonly url: string; readonly origin: 'configured' | 'detected' }
  | { readonly kind: 'local'; readonly driverPath: string; readonly browserBinary: string };

export interface EndpointRequest {
  seleniumUrl: string | null;
  browser: BrowserName;
  chromedriverPath: string | null;
  chromeBinary: string | null;
  /** `false` skips looking for a Selenium on the default port (default `true`). */
  detectSelenium?: boolean;
}

/** Everything resolution looks at outside its arguments, replaceable in tests. */
export interface EndpointEnvironment {
  env: NodeJS.ProcessEnv;
  /** Base URL of the Selenium probed when none is configured. */
  defaultSeleniumUrl: string;
  probeTimeoutMs: number;
}

export const DEFAULT_SELENIUM_URL = 'http://127.0.0.1:4444';

const BROWSER_BINARIES: Record<BrowserName, string[]> = {
  chrome: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  firefox: ['firefox', 'firefox-esr'],
};
const DRIVER_BINARIES: Record<BrowserName, { name: string; variable: string }> = {
  chrome: { name: 'chromedriver', variable: 'CHROMEDRIVER' },
  firefox: { name: 'geckodriver', variable: 'GECKODRIVER' },
};

function defaultEnvironment(): EndpointEnvironment {
  return { env: process.env, defaultSeleniumUrl: DEFAULT_SELENIUM_URL, probeTimeoutMs: 300 };
}

/** `http://host:4444/wd/hub/` → `http://host:4444/wd/hub`: the client appends `/session` itself. */
export function normaliseSeleniumUrl(url: string): string {
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

function findOnPath(names: string[], env: NodeJS.ProcessEnv): string | null {
  const directories = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of names) {
    for (const directory of directories) {
      const candidate = path.join(directory, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

/** An explicit path wins (and must exist); otherwise the environment variable, then PATH. */
function locate(
  explicit: string | null,
  variable: string,
  names: string[],
  env: NodeJS.ProcessEnv,
  tried: string[],
): string | null {
  const configured = explicit ?? env[variable] ?? null;
  if (configured) {
    if (isExecutable(configured)) return configured;
    tried.push(`${configured} (from ${explicit ? 'configuration' : variable}): not an executable file`);
    return null;
  }
  const found = findOnPath(names, env);
  if (!found) tried.push(`${names.join(', ')} on PATH: not found`);
  return found;
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

  const driver = DRIVER_BINARIES[request.browser];
  const driverPath = locate(request.chromedriverPath, driver.variable, [driver.name], environment.env, tried);
  const binaryVariable = request.browser === 'chrome' ? 'CHROME_BIN' : 'FIREFOX_BIN';
  const browserBinary = locate(request.chromeBinary, binaryVariable, BROWSER_BINARIES[request.browser], environment.env, tried);
  if (driverPath && browserBinary) return { kind: 'local', driverPath, browserBinary };

  const install =
    request.browser === 'chrome'
      ? 'install Chromium and its driver (Debian/Ubuntu: apt install chromium chromium-driver), or set CHROMEDRIVER and CHROME_BIN'
      : 'install Firefox and geckodriver, or set GECKODRIVER and FIREFOX_BIN';
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
  const driverName = DRIVER_BINARIES[browser].name;
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
      const worker = process.env.CUCUMBER_WORKER_ID;
      if (worker === undefined || worker === '0') {
        process.stderr.write(`cucumber-mink: ${describeEndpoint(found, request.browser, headless)}\n`);
      }
      return found;
    });
    // A failed resolution is retried next time: the user may start Selenium in between.
    endpoint.catch(() => resolved.delete(key));
    resolved.set(key, endpoint);
  }
  return endpoint;
}
