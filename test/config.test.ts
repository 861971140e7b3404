import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, resolveParameters } from '../support/config/parameters';

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
