/**
 * The composition root. Per-process state shared by every scenario of a worker: the validated
 * parameters, the session registry (so one browser serves all scenarios of the worker) and the
 * embedded demo app, if used; and the drivers, built with the options each takes from the parameters.
 */
import { isFirstWorker } from './config/environment';
import { maskUrlCredentials, registerSecrets, secretsInCapabilities, secretsInUrl } from './config/mask';
import { BYTES_PER_MB, resolveParameters, type DriverKind, type MinkParameters } from './config/parameters';
import type { BrowserDriverOptions } from './drivers/browser';
import type { Driver } from './drivers/driver';
import type { HttpDriverOptions } from './drivers/http';
import { SessionRegistry } from './session/registry';

interface Runtime {
  parameters: MinkParameters;
  baseUrl: string;
  registry: SessionRegistry;
  closeDemoApp: (() => Promise<void>) | null;
}

let current: Runtime | null = null;

export function runtime(): Runtime {
  if (!current) {
    throw new Error(
      'cucumber-mink is not initialised: its BeforeAll hook has not run. Load it first in your cucumber config ' +
        '(`export = defineConfig({...})`, or put its register module first in `require`).',
    );
  }
  return current;
}

/** Only the first worker speaks, so a parallel run prints each choice once. */
function announce(message: string): void {
  if (isFirstWorker()) process.stderr.write(`cucumber-mink: ${message}\n`);
}

export function httpDriverOptions(parameters: MinkParameters): HttpDriverOptions {
  return {
    requestTimeoutMs: Math.max(1, Math.round(parameters.requestTimeout * 1000)),
    maxResponseBytes: Math.max(1, Math.round(parameters.maxResponseSize * BYTES_PER_MB)),
    exchangesKept: parameters.recordedExchanges,
  };
}

export function browserDriverOptions(parameters: MinkParameters): BrowserDriverOptions {
  const { seleniumUrl, browser, headless, driverPath, browserBinary, windowSize, sessionStartTimeout, capabilities } = parameters;
  const exchangesKept = parameters.recordedExchanges;
  return { seleniumUrl, browser, headless, driverPath, browserBinary, windowSize: { ...windowSize }, sessionStartTimeout, capabilities, exchangesKept };
}

function driverFactory(parameters: MinkParameters) {
  return (kind: DriverKind): Driver => {
    // Drivers load on first use: a `--parallel` coordinator, which only lists the steps, loads
    // neither, and runs without a browser scenario never pay for selenium-webdriver.
    if (kind === 'http') {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { HttpDriver } = require('./drivers/http') as typeof import('./drivers/http');
      return new HttpDriver(httpDriverOptions(parameters));
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const browser = require('./drivers/browser') as typeof import('./drivers/browser');
    return browser.createBrowserDriver(browserDriverOptions(parameters));
  };
}

export async function startRuntime(worldParameters: Record<string, unknown> | undefined): Promise<Runtime> {
  if (current) return current;
  const parameters = resolveParameters(worldParameters ?? {});
  // From here on, whatever the run writes about the browser, and every failure, masks them.
  registerSecrets([...secretsInCapabilities(parameters.capabilities), ...(parameters.seleniumUrl ? secretsInUrl(parameters.seleniumUrl) : [])]);
  const target = parameters.baseUrl === null ? await startEmbeddedDemoApp() : { url: parameters.baseUrl, close: null };
  if (parameters.baseUrl !== null) announce(`base URL ${maskUrlCredentials(parameters.baseUrl)}`);
  const state: Runtime = {
    parameters,
    baseUrl: target.url,
    registry: new SessionRegistry(parameters, target.url, driverFactory(parameters)),
    closeDemoApp: target.close,
  };
  current = state;
  return state;
}

async function startEmbeddedDemoApp(): Promise<{ url: string; close: () => Promise<void> }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startDemoApp } = require('./demo-app') as typeof import('./demo-app');
  const app = await startDemoApp();
  announce(`BASE_URL is not set: serving the embedded demo app at ${app.url}`);
  return { url: app.url, close: () => app.close() };
}

export async function stopRuntime(): Promise<void> {
  const state = current;
  current = null;
  if (!state) return;
  try {
    await state.registry.stopAll(true);
  } finally {
    await state.closeDemoApp?.();
  }
}
