/**
 * The HTTP driver reads undici's raw header list itself (support/drivers/http/exchange-handler.ts):
 * the names and values must read exactly as undici's own `request` API gave them before, or a cookie,
 * a redirect or a download's name would change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, request } from 'undici';
import { exchangeOnce, headersOf } from '../../support/drivers/http/exchange-handler';
import { OriginClients } from '../../support/drivers/http/transport';

test('raw headers: names lower-cased, repeated names gathered in order, values as UTF-8', () => {
  const raw = ['Set-Cookie', 'a=1', 'Content-Type', 'text/html', 'set-cookie', 'b=2', 'X-Name', 'Zoë'].map((text) => Buffer.from(text));
  assert.deepEqual(headersOf(raw), { 'set-cookie': ['a=1', 'b=2'], 'content-type': ['text/html'], 'x-name': ['Zoë'] });
});

test('the same headers as undici\'s request API, a raw UTF-8 Content-Disposition with a Content-Length included', async (t) => {
  const server = http.createServer((_incoming, response) => {
    // Raw bytes as a server writes them: Node would refuse characters outside Latin-1 in setHeader.
    response.socket?.write(
      Buffer.concat([
        Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Disposition: attachment; filename="'),
        Buffer.from('résumé.pdf', 'utf8'),
        Buffer.from('"\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nX-Empty:\r\nConnection: close\r\n\r\nok'),
      ]),
    );
    response.socket?.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dispatcher = new OriginClients({});
  const client = new Client(origin);
  t.after(async () => {
    await dispatcher.destroy();
    await client.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  const ours = await exchangeOnce(dispatcher, new URL(`${origin}/file`), { method: 'GET', headers: {} }, 1_000_000);
  const theirs = await request(`${origin}/file`, { dispatcher: client });
  await theirs.body.text();
  const expected = Object.fromEntries(Object.entries(theirs.headers).map(([name, value]) => [name, Array.isArray(value) ? value : [value as string]]));
  assert.deepEqual(ours.headers, expected);
  assert.equal(Buffer.from(ours.body).toString(), 'ok');
});
