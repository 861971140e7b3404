/**
 * The composition root builds each part with its view of the resolved parameters: the drivers'
 * options (support/runtime.ts) and each session's own settings (support/session/registry.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveParameters } from '../../support/config/parameters';
import type { Driver } from '../../support/drivers/driver';
import { browserDriverOptions, httpDriverOptions } from '../../support/runtime';
import { SessionRegistry } from '../../support/session/registry';

test('each part gets its view of the resolved parameters, environment included', async () => {
  const parameters = resolveParameters(
    { driverPath: '/config/driver', windowSize: { width: 800, height: 600 } },
    { REQUEST_TIMEOUT: '2.5', MAX_RESPONSE_SIZE: '0.5', SESSION_START_TIMEOUT: '20', BROWSER: 'firefox', HEADLESS: 'false', BROWSER_BINARY: '/env/firefox', WAIT_TIMEOUT: '7', RECORDED_EXCHANGES: '12',
      SELENIUM_CAPABILITIES: '{"platformName": "linux", "moz:firefoxOptions": {"args": ["-private"]}}' },
  );
  assert.deepEqual(httpDriverOptions(parameters), { requestTimeoutMs: 2500, maxResponseBytes: 512 * 1024, exchangesKept: 12 });
  assert.deepEqual(browserDriverOptions(parameters), {
    seleniumUrl: null,
    browser: 'firefox',
    headless: false,
    driverPath: '/config/driver',
    browserBinary: '/env/firefox',
    windowSize: { width: 800, height: 600 },
    sessionStartTimeout: 20,
    capabilities: { platformName: 'linux', 'moz:firefoxOptions': { args: ['-private'] } },
    exchangesKept: 12,
  });

  const idleDriver = { isStarted: () => false } as unknown as Driver;
  const registry = new SessionRegistry(parameters, 'http://127.0.0.1:1', () => idleDriver);
  const settings = registry.get('http').settings;
  assert.deepEqual(settings, { baseUrl: 'http://127.0.0.1:1', filesPath: process.cwd(), waitTimeout: 7 });
  settings.waitTimeout = 1;
  assert.equal(registry.get('browser').settings.waitTimeout, 7, "a scenario's @wait:N changes one session's copy only");
  assert.equal(parameters.waitTimeout, 7);
  await registry.stopAll();
  assert.equal(registry.get('http').settings.waitTimeout, 7, 'a new session starts from the parameters again');
});
