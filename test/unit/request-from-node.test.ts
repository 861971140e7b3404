/**
 * A browser session's API request sent from Node (support/drivers/browser/request-from-node.ts),
 * against a real local server: what the failure report's exchanges list, and an answer cut short.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { sendFromNode, type BrowserCookies } from '../../support/drivers/browser/request-from-node';
import { DriverError } from '../../support/drivers/driver';
import { ExchangeLog } from '../../support/drivers/exchange-log';

const NO_COOKIES: BrowserCookies = { cookieHeader: async () => '', storeSetCookies: async () => undefined };
let server: http.Server;
let base = '';

before(async () => {
  server = http.createServer((request, response) => {
    if (request.url === '/moved') return void response.writeHead(302, { location: '/answer' }).end();
    if (request.url === '/cut') {
      // Promises 100 bytes, sends 5, then closes: the answer breaks off while it arrives.
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"a":');
      return void setTimeout(() => response.socket?.destroy(), 20);
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

test('each hop of a request sent from Node is listed among the exchanges, with its status, headers and size', async () => {
  const exchanges = new ExchangeLog();
  const answer = await sendFromNode({ method: 'GET', url: `${base}/moved`, headers: { Accept: 'application/json' } }, NO_COOKIES, () => ({}), exchanges);
  assert.equal(answer.body, '{"ok":true}');
  const listed = exchanges.read().exchanges.map(({ method, url, status, size, failure }) => ({ method, url, status, size, failure }));
  assert.deepEqual(listed, [
    { method: 'GET', url: `${base}/moved`, status: 302, size: undefined, failure: undefined },
    { method: 'GET', url: `${base}/answer`, status: 200, size: 11, failure: undefined },
  ]);
  assert.deepEqual(exchanges.read().exchanges[1].requestHeaders, { accept: 'application/json' });
});

test('an answer cut short is a driver error naming the request, and its exchange says it failed', async () => {
  const exchanges = new ExchangeLog();
  await assert.rejects(
    sendFromNode({ method: 'GET', url: `${base}/cut`, headers: {} }, NO_COOKIES, () => ({}), exchanges),
    (error: unknown) => error instanceof DriverError && /^GET http:\/\/127\.0\.0\.1:\d+\/cut failed while its answer arrived: /.test(error.message),
  );
  const [cut] = exchanges.read().exchanges;
  assert.equal(cut.status, 200);
  assert.ok(cut.failure, 'the exchange says why no whole answer came');
});
