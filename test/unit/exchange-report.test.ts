/**
 * The exchange log keeps the last exchanges of a scenario and the report of a failed one shows them
 * readably, with every secret masked and its size bounded. The HTTP client feeds it every hop.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { formatExchanges, exchangesAttachment } from '../../support/debugging/exchange-report';
import { ExchangeLog, type RecordedExchange } from '../../support/drivers/exchange-log';
import { HttpClient } from '../../support/drivers/http/client';

function exchange(path: string, extra: Partial<RecordedExchange> = {}): RecordedExchange {
  return { method: 'GET', url: `http://127.0.0.1:4321${path}`, requestHeaders: {}, status: 200, durationMs: 3, size: 0, ...extra };
}

describe('exchange log', () => {
  it('keeps the last N exchanges and counts the ones it left out', () => {
    const log = new ExchangeLog(3);
    for (let index = 1; index <= 10; index += 1) log.record(exchange(`/page/${index}`));
    const { exchanges, leftOut } = log.read();
    assert.deepEqual(exchanges.map((each) => each.url.replace(/^.*\/page\//, '')), ['8', '9', '10']);
    assert.equal(leftOut, 7);
    const report = formatExchanges(exchanges, leftOut);
    assert.match(report, /^10 HTTP exchanges in this scenario, oldest first \(the first 7 left out, to keep this attachment short\):/);
    log.clear();
    assert.equal(exchangesAttachment(log), null);
  });

  it('records nothing when it keeps none', () => {
    const log = new ExchangeLog(0);
    log.record(exchange('/'));
    assert.equal(log.isEmpty, true);
  });

  it('bounds the attachment, leaving out the oldest exchanges first', () => {
    const exchanges = Array.from({ length: 50 }, (_, index) => exchange(`/page/${index}`, { requestHeaders: { 'x-filler': 'x'.repeat(500) } }));
    const report = formatExchanges(exchanges, 0, 5_000);
    assert.ok(report.length <= 5_200, `${report.length} characters`);
    assert.match(report, /^50 HTTP exchanges in this scenario, oldest first \(the first \d+ left out/);
    assert.match(report, /\/page\/49 → 200 OK/);
    assert.doesNotMatch(report, /\/page\/0 →/);
  });

  it('masks cookies, credentials, tokens and secret-named headers, keeping names and schemes', () => {
    const report = formatExchanges(
      [
        exchange('/login?token=query-token-value&page=2', {
          url: 'http://user:url-password@127.0.0.1:4321/login?token=query-token-value&page=2',
          requestHeaders: { cookie: 'sid=cookie-value-1; theme=dark-value', authorization: 'Bearer bearer-token-value', 'x-auth-token': 'header-token-value', accept: 'text/html' },
          status: 302,
          responseHeaders: { 'set-cookie': ['sid=new-cookie-value; Path=/; HttpOnly'], 'proxy-authorization': ['Basic cHJveHk6cGFzcw=='], location: ['/reset?token=location-token-value&step=2'] },
        }),
      ],
      0,
    );
    for (const secret of ['url-password', 'query-token-value', 'location-token-value', 'cookie-value-1', 'dark-value', 'bearer-token-value', 'header-token-value', 'new-cookie-value', 'cHJveHk6cGFzcw==']) {
      assert.ok(!report.includes(secret), `${secret} shown:\n${report}`);
    }
    assert.match(report, /^GET http:\/\/user:\*\*\*@127\.0\.0\.1:4321\/login\?token=\*\*\*&page=2 → 302 Found \(3 ms, 0 B\)$/m);
    assert.match(report, /^ {2}> cookie: sid=\*\*\*; theme=\*\*\*$/m);
    assert.match(report, /^ {2}> authorization: Bearer \*\*\*$/m);
    assert.match(report, /^ {2}> x-auth-token: \*\*\*$/m);
    assert.match(report, /^ {2}> accept: text\/html$/m);
    assert.match(report, /^ {2}< set-cookie: sid=\*\*\*; Path=\/; HttpOnly$/m);
    assert.match(report, /^ {2}< proxy-authorization: Basic \*\*\*$/m);
    assert.match(report, /^ {2}< location: \/reset\?token=\*\*\*&step=2$/m, 'a relative Location too');
  });

  it('says when a request failed or had no answer yet', () => {
    const report = formatExchanges([exchange('/down', { status: null, size: undefined, failure: 'connect ECONNREFUSED' }), exchange('/slow', { status: null, durationMs: undefined, size: undefined })], 0);
    assert.match(report, /^GET http:\/\/127\.0\.0\.1:4321\/down → failed \(3 ms\): connect ECONNREFUSED$/m);
    assert.match(report, /^GET http:\/\/127\.0\.0\.1:4321\/slow → no response yet when the scenario ended$/m);
  });
});

describe('HTTP client: every hop of a request goes into its exchange log', () => {
  it('a redirect is a 302 then the 200, each with its headers and size; clearState() empties the log', async () => {
    const server = http.createServer((request, response) => {
      if (request.url === '/from') {
        response.writeHead(302, { location: '/to' });
        response.end();
      } else {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('arrived');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client = new HttpClient();
    try {
      await client.send({ method: 'GET', url: `${base}/from` });
      const { exchanges } = client.exchanges.read();
      assert.deepEqual(exchanges.map((each) => [each.method, each.url, each.status, each.size]), [
        ['GET', `${base}/from`, 302, 0],
        ['GET', `${base}/to`, 200, 7],
      ]);
      assert.equal((exchanges[0].responseHeaders as Record<string, string[]>).location[0], '/to');
      assert.ok((exchanges[1].durationMs ?? -1) >= 0);
      client.clearState();
      assert.equal(client.exchanges.isEmpty, true);
    } finally {
      await client.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('a request that gets no response is recorded with why', async () => {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
    const client = new HttpClient();
    try {
      await assert.rejects(client.send({ method: 'GET', url: `http://127.0.0.1:${port}/gone` }));
      const [recorded] = client.exchanges.read().exchanges;
      assert.equal(recorded.status, null);
      assert.match(recorded.failure ?? '', /ECONNREFUSED/);
    } finally {
      await client.close();
    }
  });
});
