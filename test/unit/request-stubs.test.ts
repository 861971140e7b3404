/**
 * The request-stub steps' rules that need no browser: over HTTP they refuse, saying to tag the
 * scenario @javascript; bad words are refused naming the fix; and which URLs a stub matches (a path
 * on the base URL's origin, a query string only when the stub has one). The browser side runs in
 * test/browser/network-stubs.test.ts and features/javascript/network-stubs.feature.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HttpDriver } from '../../support/drivers/http';
import { UnsupportedDriverActionError, type Driver, type RequestStub } from '../../support/drivers/driver';
import { urlPatternOf } from '../../support/drivers/browser/network-stubs';
import { fetchPatternsOf } from '../../support/drivers/browser/devtools-fetch';
import { answeringStub, corsHeaders, isPreflight, releaseStubbed, stubMatches } from '../../support/drivers/browser/stub-rules';
import { Session } from '../../support/session/session';

const BASE = 'http://127.0.0.1:8080/shop/';

test('over HTTP a stub is refused: no page script would send the request', async () => {
  const session = new Session('http', new HttpDriver(), { baseUrl: BASE, filesPath: '.', waitTimeout: 0 });
  await assert.rejects(session.requestStubs.answerStatus('/api/prices', 500), (error: Error) => {
    assert.ok(error instanceof UnsupportedDriverActionError);
    assert.match(error.message, /^stubbing the request to "\/api\/prices": this step needs a browser: tag the scenario @javascript \(the HTTP driver runs no page scripts/);
    return true;
  });
});

/** A driver that only records the stubs it is given (the Session's rules are under test, not a browser). */
function recordingSession(): { session: Session; stubs: Array<[string, RequestStub]> } {
  const stubs: Array<[string, RequestStub]> = [];
  const driver = Object.assign(new HttpDriver(), { requestStubs: { stub: async (url: string, change: RequestStub) => void stubs.push([url, change]) } });
  return { session: new Session('browser', driver as Driver, { baseUrl: BASE, filesPath: '.', waitTimeout: 0 }), stubs };
}

test('a path is stubbed on the base URL, a full URL as it is; JSON is sent as application/json', async () => {
  const { session, stubs } = recordingSession();
  await session.requestStubs.answerStatus('/api/prices', 500);
  await session.requestStubs.answerJson('https://api.example.test/prices?region=eu', '{"price": 1}');
  await session.requestStubs.answerJson('/api/prices', '[]', 404);
  await session.requestStubs.delay('/api/prices', 1.5);
  assert.deepEqual(stubs, [
    ['http://127.0.0.1:8080/shop/api/prices', { answer: { status: 500, headers: {}, body: '' } }],
    ['https://api.example.test/prices?region=eu', { answer: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"price": 1}' } }],
    ['http://127.0.0.1:8080/shop/api/prices', { answer: { status: 404, headers: { 'content-type': 'application/json' }, body: '[]' } }],
    ['http://127.0.0.1:8080/shop/api/prices', { delayMs: 1500 }],
  ]);
});

test('bad words are refused, naming the fix', async () => {
  const { session, stubs } = recordingSession();
  await assert.rejects(session.requestStubs.answerJson('/api/prices', '{price: 1}'), /^RequestStubError: the JSON answer for the request to "\/api\/prices" is not JSON \(.*\): check the doc string$/);
  await assert.rejects(session.requestStubs.answerStatus('/api/prices', 101), /cannot be answered 101: give a status from 200 to 599$/);
  await assert.rejects(session.requestStubs.delay('/api/prices', 0), /cannot be delayed by 0 seconds: give a number of seconds above 0$/);
  await assert.rejects(session.requestStubs.answerStatus('api/prices', 500), /cannot be stubbed: give a path starting with "\/" \(on the base URL\) or a full http\(s\) URL$/);
  assert.deepEqual(stubs, []);
});

test('a stub matches its scheme, host, port and path; a query string only when it has one', () => {
  assert.ok(stubMatches('http://127.0.0.1:8080/api/prices', 'http://127.0.0.1:8080/api/prices?page=2'));
  assert.ok(stubMatches('http://127.0.0.1:8080/api/prices?page=2', 'http://127.0.0.1:8080/api/prices?page=2'));
  assert.ok(!stubMatches('http://127.0.0.1:8080/api/prices?page=2', 'http://127.0.0.1:8080/api/prices?page=3'));
  assert.ok(!stubMatches('http://127.0.0.1:8080/api/prices', 'http://localhost:8080/api/prices'));
  assert.ok(!stubMatches('http://127.0.0.1:8080/api/prices', 'http://127.0.0.1:8081/api/prices'));
  assert.ok(!stubMatches('http://127.0.0.1:8080/api/prices', 'http://127.0.0.1:8080/api/prices/eu'));
  assert.deepEqual(urlPatternOf('http://127.0.0.1:8080/api/prices'), { type: 'pattern', protocol: 'http', hostname: '127.0.0.1', port: '8080', pathname: '/api/prices' });
  assert.deepEqual(urlPatternOf('https://api.example.test/prices?region=eu'), { type: 'pattern', protocol: 'https', hostname: 'api.example.test', pathname: '/prices', search: 'region=eu' });
});

test('in Chromium a stub pauses its own URL only, with any query string when it has none, wildcards escaped', () => {
  assert.deepEqual(fetchPatternsOf('http://127.0.0.1:8080/api/prices'), ['http://127.0.0.1:8080/api/prices', 'http://127.0.0.1:8080/api/prices\\?*'], 'not /api/prices/1 nor /api/pricesX');
  assert.deepEqual(fetchPatternsOf('https://api.example.test/prices?region=eu'), ['https://api.example.test/prices\\?region=eu']);
  assert.deepEqual(fetchPatternsOf('http://127.0.0.1:8080/a*b?q=?'), ['http://127.0.0.1:8080/a\\*b\\?q=\\?']);
});

test('a stubbed answer allows the requesting page\'s origin, and answers a preflight for what it asks', () => {
  const referer = { referer: 'http://127.0.0.1:8080/shop/prices' };
  assert.deepEqual(corsHeaders({ method: 'GET', headers: referer }), {
    'access-control-allow-origin': 'http://127.0.0.1:8080',
    'access-control-allow-credentials': 'true',
    vary: 'Origin',
  });
  const preflight = { method: 'OPTIONS', headers: { ...referer, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' } };
  assert.ok(isPreflight(preflight));
  assert.ok(!isPreflight({ method: 'OPTIONS', headers: referer }), 'an OPTIONS request of the page itself is no preflight');
  assert.deepEqual(corsHeaders(preflight), {
    'access-control-allow-origin': 'http://127.0.0.1:8080',
    'access-control-allow-credentials': 'true',
    vary: 'Origin',
    'access-control-allow-methods': 'PUT',
    'access-control-allow-headers': 'content-type',
  });
  assert.deepEqual(corsHeaders({ method: 'GET', headers: {} }), { 'access-control-allow-origin': '*' }, 'no referrer: any origin, without credentials');
});

test('a paused request goes after its stub\'s delay; a preflight goes at once, allowed by an answering stub, else on to the server', async () => {
  const preflight = { method: 'OPTIONS', headers: { 'access-control-request-method': 'POST', origin: 'http://app.test' } };
  const real = { method: 'POST', headers: { origin: 'http://app.test' } };
  const answer = { status: 500, headers: {}, body: '' };
  const timers = new Set<NodeJS.Timeout>();
  const released: string[] = [];
  releaseStubbed({ delayMs: 30 }, preflight, timers, (given) => released.push(`delay-only preflight: ${given ? given.status : 'server'}`));
  releaseStubbed({ answer, delayMs: 30 }, preflight, timers, (given) => released.push(`answering preflight: ${given ? given.status : 'server'}`));
  releaseStubbed({ delayMs: 30 }, real, timers, (given) => released.push(`delay-only request: ${given ? given.status : 'server'}`));
  releaseStubbed({ answer, delayMs: 30 }, real, timers, (given) => released.push(`answering request: ${given ? given.status : 'server'}`));
  assert.deepEqual(released, ['delay-only preflight: server', 'answering preflight: 204'], 'preflights at once, the requests held');
  assert.equal(timers.size, 2);
  await new Promise((resolve) => setTimeout(resolve, 80));
  assert.deepEqual(released.slice(2), ['delay-only request: server', 'answering request: 500']);
  assert.equal(timers.size, 0);
});

test('of two stubs that match, the one written with the query string answers, whichever was given first', () => {
  const plain = 'http://127.0.0.1:8080/api/prices';
  const euro = 'http://127.0.0.1:8080/api/prices?currency=EUR';
  for (const stubs of [[plain, euro], [euro, plain]]) {
    const answering = (requestUrl: string) => answeringStub(stubs, (stubUrl) => stubUrl, requestUrl);
    assert.equal(answering('http://127.0.0.1:8080/api/prices?currency=EUR'), euro);
    assert.equal(answering('http://127.0.0.1:8080/api/prices?currency=USD'), plain);
    assert.equal(answering('http://127.0.0.1:8080/api/prices'), plain);
    assert.equal(answering('http://127.0.0.1:8080/api/stock'), null);
  }
});
