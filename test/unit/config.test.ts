import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, resolveParameters } from '../../support/config/parameters';

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
