/**
 * Configuration is read once, in one place: every environment variable goes through the typed
 * parameters, the parts get views of them, and the preset writes reports where they say.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, resolveParameters } from '../../support/config/parameters';
import { defineConfig } from '../../support/config/preset';
import { browserDriverSettings, httpDriverSettings, sessionSettings } from '../../support/config/settings';

test('the old chromedriverPath and chromeBinary keys are refused with the key that replaces them', () => {
  assert.throws(() => resolveParameters({ chromedriverPath: '/usr/bin/chromedriver' }, {}), (error: Error) => {
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, /chromedriverPath \(worldParameters\) has been renamed to driverPath \(it holds a geckodriver path for Firefox too\)\. Write driverPath instead of chromedriverPath\./);
    return true;
  });
  assert.throws(() => resolveParameters({ chromeBinary: '/usr/bin/chromium' }, {}), /chromeBinary .* renamed to browserBinary.*Write browserBinary instead of chromeBinary/);
  assert.throws(() => resolveParameters({ toString: 'x' }, {}), /toString \(worldParameters\) is not a cucumber-mink parameter/);
});

test('driverPath and browserBinary: DRIVER_PATH and BROWSER_BINARY, then the browser\'s own variable, then worldParameters', () => {
  const config = { driverPath: '/config/driver', browserBinary: '/config/browser' };
  assert.deepEqual(pick(resolveParameters(config, {})), ['/config/driver', '/config/browser']);
  assert.deepEqual(pick(resolveParameters(config, { CHROMEDRIVER: '/env/chromedriver', CHROME_BIN: '/env/chromium' })), ['/env/chromedriver', '/env/chromium']);
  const both = { DRIVER_PATH: '/env/driver', BROWSER_BINARY: '/env/browser', CHROMEDRIVER: '/env/chromedriver', CHROME_BIN: '/env/chromium' };
  assert.deepEqual(pick(resolveParameters(config, both)), ['/env/driver', '/env/browser']);
  assert.deepEqual(pick(resolveParameters({}, { DRIVER_PATH: '', CHROMEDRIVER: '/env/chromedriver' })), ['/env/chromedriver', null], 'an empty variable counts as unset');
  assert.deepEqual(pick(resolveParameters({}, {})), [null, null], 'unset: found on PATH when a browser starts');
});

test("a browser's own variables apply to that browser only", () => {
  const env = { CHROMEDRIVER: '/env/chromedriver', CHROME_BIN: '/env/chromium', GECKODRIVER: '/env/geckodriver', FIREFOX_BIN: '/env/firefox' };
  assert.deepEqual(pick(resolveParameters({}, env)), ['/env/chromedriver', '/env/chromium']);
  assert.deepEqual(pick(resolveParameters({}, { ...env, BROWSER: 'firefox' })), ['/env/geckodriver', '/env/firefox']);
  assert.deepEqual(pick(resolveParameters({ browser: 'firefox' }, { CHROMEDRIVER: '/env/chromedriver' })), [null, null]);
});

function pick(parameters: { driverPath: string | null; browserBinary: string | null }): [string | null, string | null] {
  return [parameters.driverPath, parameters.browserBinary];
}

test('each part gets its view of the resolved parameters, environment included', () => {
  const parameters = resolveParameters(
    { driverPath: '/config/driver', windowSize: { width: 800, height: 600 } },
    { REQUEST_TIMEOUT: '2.5', SESSION_START_TIMEOUT: '20', BROWSER: 'firefox', HEADLESS: 'false', BROWSER_BINARY: '/env/firefox', WAIT_TIMEOUT: '7' },
  );
  assert.deepEqual(httpDriverSettings(parameters), { requestTimeoutMs: 2500 });
  assert.deepEqual(browserDriverSettings(parameters), {
    seleniumUrl: null,
    browser: 'firefox',
    headless: false,
    driverPath: '/config/driver',
    browserBinary: '/env/firefox',
    windowSize: { width: 800, height: 600 },
    sessionStartTimeout: 20,
  });
  const settings = sessionSettings(parameters, 'http://127.0.0.1:1');
  assert.deepEqual(settings, { baseUrl: 'http://127.0.0.1:1', filesPath: process.cwd(), waitTimeout: 7 });
  settings.waitTimeout = 1;
  assert.equal(sessionSettings(parameters, 'http://127.0.0.1:1').waitTimeout, 7, "a scenario's @wait:N changes one session's copy only");
});

/** Runs `read` with these environment variables set, then restores them. */
function withEnvironment<T>(variables: Record<string, string | undefined>, read: () => T): T {
  const saved = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  const assign = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  assign(variables);
  try {
    return read();
  } finally {
    assign(saved);
  }
}

test('the preset writes its reports to the resolved reportsDir: REPORTS_DIR, then worldParameters, then reports/', () => {
  const formats = (options: Parameters<typeof defineConfig>[0]) => {
    const profiles = defineConfig(options);
    return [profiles.default.format, profiles.ci.format];
  };
  const clear = { REPORTS_DIR: undefined, SHARD: undefined };
  assert.deepEqual(withEnvironment(clear, () => formats({}))[0], ['progress', 'html:reports/cucumber.html', 'junit:reports/junit.xml']);
  assert.deepEqual(withEnvironment(clear, () => formats({ worldParameters: { reportsDir: 'out' } })), [
    ['progress', 'html:out/cucumber.html', 'junit:out/junit.xml'],
    ['progress', 'html:out/ci/cucumber.html', 'junit:out/ci/junit.xml'],
  ]);
  const fromEnvironment = withEnvironment({ ...clear, REPORTS_DIR: 'env-out' }, () => formats({ worldParameters: { reportsDir: 'out' } }));
  assert.deepEqual(fromEnvironment[0], ['progress', 'html:env-out/cucumber.html', 'junit:env-out/junit.xml']);
});

test('the preset refuses a bad setting when the config loads, with the same message as the run', () => {
  assert.throws(
    () => withEnvironment({ BASE_URL: 'localhost:3000' }, () => defineConfig({})),
    /cucumber-mink configuration: baseUrl \(environment variable BASE_URL\) is "localhost:3000", not an absolute URL/,
  );
  assert.throws(() => defineConfig({ worldParameters: { chromeBinary: '/x' } as never }), /Write browserBinary instead of chromeBinary/);
});

test('the parity profile runs untagged scenarios in the resolved javascript session', () => {
  const sessions = { http: { driver: 'http' as const }, chrome: { driver: 'browser' as const } };
  const profiles = withEnvironment({ DEFAULT_SESSION: undefined }, () => defineConfig({ worldParameters: { sessions, javascriptSession: 'chrome' } }));
  assert.equal((profiles.parity.worldParameters as { defaultSession: string }).defaultSession, 'chrome');
  assert.equal((withEnvironment({ DEFAULT_SESSION: undefined }, () => defineConfig({})).parity.worldParameters as { defaultSession: string }).defaultSession, 'browser');
});
