/**
 * Where the browser comes from: a named Selenium server, a Selenium already answering on the default
 * port, or a local driver and browser (local-search.ts: configured, PATH, macOS and Homebrew folders,
 * Selenium Manager). Decided once per process and announced once.
 */
import http from 'node:http';
import path from 'node:path';
import { DriverError } from '../driver';
import type { BrowserName } from '../../config/browser';
import { isFirstWorker } from '../../config/environment';
import { maskUrlCredentials } from '../../config/mask';
import { SELENIUM_PROBE_TIMEOUT_MS } from '../../config/timeouts';
import { defaultLocalSearch, DRIVER_BINARIES, noBrowserFixes, searchLocalBrowser, type LocalBrowser, type LocalSearch } from './local-search';

export type Endpoint =
  | { readonly kind: 'selenium'; readonly url: string; readonly origin: 'configured' | 'detected' }
  | ({ readonly kind: 'local' } & Readonly<LocalBrowser>);

export interface EndpointRequest {
  seleniumUrl: string | null;
  browser: BrowserName;
  /** The local WebDriver executable (chromedriver, geckodriver); `null`: searched for (local-search.ts). */
  driverPath: string | null;
  /** The local browser executable; `null`: searched for. */
  browserBinary: string | null;
  /** `false` skips looking for a Selenium on the default port (default `true`). */
  detectSelenium?: boolean;
}

/** Everything resolution looks at outside its arguments, replaceable in tests. */
interface EndpointEnvironment {
  /** Base URL of the Selenium probed when none is configured. */
  defaultSeleniumUrl: string;
  probeTimeoutMs: number;
  /** Where a local driver and browser are looked for when no Selenium is used. */
  search: LocalSearch;
}

const DEFAULT_SELENIUM_URL = 'http://127.0.0.1:4444';

function defaultEnvironment(): EndpointEnvironment {
  return { defaultSeleniumUrl: DEFAULT_SELENIUM_URL, probeTimeoutMs: SELENIUM_PROBE_TIMEOUT_MS, search: defaultLocalSearch() };
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
  const local = await searchLocalBrowser(request, environment.search);
  if ('found' in local) return { kind: 'local', ...local.found };
  tried.push(...local.tried);
  const fixes = [
    ...noBrowserFixes(browser, environment.search.platform, environment.search.seleniumManager?.mode ?? null),
    'run only the scenarios without a browser: npm run test:ci',
  ];
  throw new DriverError(
    `No browser for @javascript scenarios (${browser}). Tried:\n` +
      tried.map((line) => `  - ${line}`).join('\n') +
      `\nFix one of:\n` +
      fixes.map((line) => `  - ${line}`).join('\n'),
  );
}

export function describeEndpoint(endpoint: Endpoint, browser: BrowserName, headless: boolean): string {
  const mode = headless ? 'headless' : 'headed';
  if (endpoint.kind === 'selenium') {
    const how = endpoint.origin === 'detected' ? 'Selenium found at' : 'Selenium at';
    return `browser via ${how} ${maskUrlCredentials(endpoint.url)} (${browser}, ${mode})`;
  }
  const driverName = DRIVER_BINARIES[browser];
  const foundBy = endpoint.foundBy ? `; found by ${endpoint.foundBy}` : '';
  return `browser via local ${driverName} ${endpoint.driverPath} (${path.basename(endpoint.browserBinary)} ${endpoint.browserBinary}, ${mode}${foundBy})`;
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
