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

test('raw headers: names lower-cased, repeated names gathered in order, each byte one character (Latin-1)', () => {
  const raw = [Buffer.from('Set-Cookie'), Buffer.from('a=1'), Buffer.from('Content-Type'), Buffer.from('text/html'), Buffer.from('set-cookie'), Buffer.from('b=2'), Buffer.from('X-Name'), Buffer.from('Zoë', 'utf8')];
  assert.deepEqual(headersOf(raw), { 'set-cookie': ['a=1', 'b=2'], 'content-type': ['text/html'], 'x-name': [Buffer.from('Zoë', 'utf8').toString('latin1')] });
  const odd = headersOf([Buffer.from('__proto__'), Buffer.from('x'), Buffer.from('__proto__'), Buffer.from('y')]);
  assert.deepEqual(Object.getOwnPropertyDescriptor(odd, '__proto__')?.value, ['x', 'y'], 'a header, not the prototype');
});

test('the same headers as undici\'s request API, non-ASCII bytes in UTF-8 and in Latin-1 included', async (t) => {
  const server = http.createServer((_incoming, response) => {
    // Raw bytes as a server writes them: Node would refuse characters outside Latin-1 in setHeader.
    response.socket?.write(
      Buffer.concat([
        Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Disposition: attachment; filename="'),
        Buffer.from('résumé.pdf', 'utf8'),
        Buffer.from('"\r\nSet-Cookie: n='),
        Buffer.from('日本', 'utf8'),
        Buffer.from('\r\nSet-Cookie: b=2\r\nX-Latin: '),
        Buffer.from('café', 'latin1'),
        Buffer.from('\r\nX-Empty:\r\nConnection: close\r\n\r\nok'),
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
  // Each byte kept: the cookie goes back to the server as it came.
  assert.deepEqual(Buffer.from(ours.headers['set-cookie'][0], 'latin1'), Buffer.concat([Buffer.from('n='), Buffer.from('日本', 'utf8')]));
  assert.equal(Buffer.from(ours.body).toString(), 'ok');
});
