/**
 * The world parameters: defaults, then the config file, then the environment, validated once with
 * messages that name the key, where its value came from and the fix; and the preset, which reads
 * them as the run will when the cucumber config loads.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, resolveParameters } from '../../support/config/parameters';
import { defineConfig } from '../../support/config/preset';

const PROGRESS = require.resolve('../../support/progress-formatter.cjs');
const REPORTS = require.resolve('../../support/reports-formatter.cjs');

test('defaults: no base URL (demo app), http by default, browser for @javascript, 5 s wait', () => {
  const parameters = resolveParameters({}, {});
  assert.equal(parameters.baseUrl, null);
  assert.equal(parameters.defaultSession, 'http');
  assert.equal(parameters.javascriptSession, 'browser');
  assert.equal(parameters.waitTimeout, 5);
  assert.equal(parameters.headless, true);
});

test('environment variables override the config file', () => {
  const parameters = resolveParameters(
    { baseUrl: 'http://config.test', waitTimeout: 2 },
    { BASE_URL: 'http://env.test:8080', WAIT_TIMEOUT: '9', HEADLESS: 'false', WINDOW_SIZE: '800x600' },
  );
  assert.equal(parameters.baseUrl, 'http://env.test:8080');
  assert.equal(parameters.waitTimeout, 9);
  assert.equal(parameters.headless, false);
  assert.deepEqual(parameters.windowSize, { width: 800, height: 600 });
});

test('a bad value names the key, where it came from and the fix', () => {
  assert.throws(() => resolveParameters({}, { BASE_URL: 'localhost:3000' }), (error: Error) => {
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, /baseUrl \(environment variable BASE_URL\) is "localhost:3000", not an absolute URL/);
    assert.match(error.message, /http:\/\/127\.0\.0\.1:8080/);
    return true;
  });
  assert.throws(() => resolveParameters({ waitTimeout: 'soon' }, {}), /waitTimeout \(worldParameters\) is "soon".*number of seconds/);
  assert.throws(() => resolveParameters({}, { HEADLESS: 'maybe' }), /headless .* not a boolean/);
  assert.throws(() => resolveParameters({ showCmd: 'open' }, {}), /showCmd .* without %s/);
  assert.throws(() => resolveParameters({ filesPath: '/no/such/dir' }, {}), /filesPath .* not a directory/);
});

test('an unknown parameter is refused instead of silently ignored', () => {
  assert.throws(() => resolveParameters({ baseURL: 'http://x.test' }, {}), /baseURL \(worldParameters\) is not a cucumber-mink parameter\. Known parameters: baseUrl/);
});

test('sessions: the default and javascript sessions must exist, and the latter must be a browser', () => {
  assert.throws(() => resolveParameters({ defaultSession: 'admin' }, {}), /names the session "admin", which is not defined/);
  assert.throws(
    () => resolveParameters({ javascriptSession: 'http' }, {}),
    /javascriptSession .* names "http", which is not a browser session/,
  );
  const custom = resolveParameters({ sessions: { http: { driver: 'http' }, browser: { driver: 'browser' }, admin: { driver: 'http' } } }, {});
  assert.deepEqual(Object.keys(custom.sessions), ['http', 'browser', 'admin']);
});

test('requestTimeout: 30 s by default, REQUEST_TIMEOUT overrides it, a non-positive value is refused', () => {
  assert.equal(resolveParameters({}, {}).requestTimeout, 30);
  assert.equal(resolveParameters({ requestTimeout: 10 }, { REQUEST_TIMEOUT: '2.5' }).requestTimeout, 2.5);
  assert.throws(() => resolveParameters({}, { REQUEST_TIMEOUT: '0' }), /requestTimeout \(environment variable REQUEST_TIMEOUT\) is "0".*positive number of seconds/);
  assert.throws(() => resolveParameters({ requestTimeout: 'never' }, {}), /requestTimeout \(worldParameters\) is "never"/);
});

test('maxResponseSize: 50 MB by default, MAX_RESPONSE_SIZE overrides it, a non-positive value is refused', () => {
  assert.equal(resolveParameters({}, {}).maxResponseSize, 50);
  assert.equal(resolveParameters({ maxResponseSize: 200 }, { MAX_RESPONSE_SIZE: '0.5' }).maxResponseSize, 0.5);
  assert.throws(() => resolveParameters({}, { MAX_RESPONSE_SIZE: '0' }), /maxResponseSize \(environment variable MAX_RESPONSE_SIZE\) is "0".*positive number of megabytes/);
  assert.throws(() => resolveParameters({ maxResponseSize: '10MB' }, {}), /maxResponseSize \(worldParameters\) is "10MB"/);
  assert.throws(() => resolveParameters({ maxResponseSize: null }, {}), /maxResponseSize \(worldParameters\) is "null"/);
});

test('a base URL with a query or fragment is refused: steps append their path to it', () => {
  assert.throws(() => resolveParameters({}, { BASE_URL: 'http://app.test/?lang=en' }), /baseUrl .* has a query or fragment.*I am on "\/page\?x=1"/);
  assert.throws(() => resolveParameters({}, { BASE_URL: 'http://app.test/#top' }), /has a query or fragment/);
  assert.equal(resolveParameters({}, { BASE_URL: 'http://app.test/app' }).baseUrl, 'http://app.test/app');
});

test('a port above 65535 is named as out of range, not as an invalid URL', () => {
  assert.throws(() => resolveParameters({}, { BASE_URL: 'http://127.0.0.1:99999' }), /port 99999 is out of range\. Use a port from 1 to 65535/);
  assert.throws(() => resolveParameters({}, { SELENIUM_URL: 'http://[::1]:70000/wd/hub' }), /seleniumUrl .* port 70000 is out of range/);
});

test('credentials in a URL never appear in a configuration error', () => {
  assert.throws(() => resolveParameters({}, { BASE_URL: 'http://deploy:hunter2@127.0.0.1:99999' }), (error: Error) => {
    assert.match(error.message, /http:\/\/deploy:\*\*\*@127\.0\.0\.1:99999/);
    assert.doesNotMatch(error.message, /hunter2/);
    return true;
  });
});

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
  // Progress on the terminal (cucumber's, which also names the closest steps to an undefined one), then
  // the reports, written beside the line of what ran.
  const reports = (dir: string) => [PROGRESS, [REPORTS, `${dir}/summary.txt`]];
  const clear = { REPORTS_DIR: undefined, SHARD: undefined };
  assert.deepEqual(withEnvironment(clear, () => formats({}))[0], reports('reports'));
  assert.deepEqual(withEnvironment(clear, () => formats({ worldParameters: { reportsDir: 'out' } })), [reports('out'), reports('out/ci')]);
  const fromEnvironment = withEnvironment({ ...clear, REPORTS_DIR: 'env-out' }, () => formats({ worldParameters: { reportsDir: 'out' } }));
  assert.deepEqual(fromEnvironment[0], reports('env-out'));
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

test("a project's own profile: built on the default one, parameters merged, a bad one or a taken name refused", () => {
  const clear = { REPORTS_DIR: undefined, SHARD: undefined, WAIT_TIMEOUT: undefined };
  const profiles = withEnvironment(clear, () =>
    defineConfig({ worldParameters: { filesPath: 'features' }, profiles: { smoke: { tags: '@smoke', worldParameters: { waitTimeout: 10 } } } }),
  );
  assert.equal(profiles.smoke.tags, '@smoke');
  assert.deepEqual(profiles.smoke.worldParameters, { filesPath: 'features', waitTimeout: 10 });
  assert.deepEqual(profiles.smoke.require, profiles.default.require);
  assert.deepEqual(profiles.smoke.format, [PROGRESS, [REPORTS, 'reports/smoke/summary.txt']]);
  assert.throws(() => withEnvironment(clear, () => defineConfig({ profiles: { ci: { tags: '@x' } } })), /The profile "ci" in defineConfig\(\{ profiles \}\) would replace the built-in one/);
  assert.throws(() => withEnvironment(clear, () => defineConfig({ profiles: { slow: { worldParameters: { waitTimeout: -1 } } } })), /waitTimeout/);
});

test('recordedExchanges: 100 by default, RECORDED_EXCHANGES overrides it, 0 records none, a fraction or a negative is refused', () => {
  assert.equal(resolveParameters({}, {}).recordedExchanges, 100);
  assert.equal(resolveParameters({ recordedExchanges: 20 }, { RECORDED_EXCHANGES: '0' }).recordedExchanges, 0);
  assert.throws(() => resolveParameters({}, { RECORDED_EXCHANGES: '-1' }), /recordedExchanges \(environment variable RECORDED_EXCHANGES\) is "-1".*whole number of exchanges/);
  assert.throws(() => resolveParameters({ recordedExchanges: 2.5 }, {}), /recordedExchanges \(worldParameters\) is "2.5"/);
});
