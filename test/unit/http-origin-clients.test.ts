/**
 * The HTTP driver's connections: one undici Client per origin, kept when the server closes the
 * connection after each answer (as `php -S` does), so a run does not build a new Client, with its
 * listeners and buffers, for every request; and every request still gets its answer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exchangeOnce } from '../../support/drivers/http/exchange-handler';
import { OriginClients } from '../../support/drivers/http/transport';

test('a server that closes every connection is asked again through the same Client, which reconnects', async (t) => {
  let connections = 0;
  const server = http.createServer((incoming, response) => {
    response.setHeader('connection', 'close');
    response.end(`answer to ${incoming.url}`);
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dispatcher = new OriginClients({ keepAliveTimeout: 10_000 });
  t.after(async () => {
    await dispatcher.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients = (dispatcher as unknown as { clients: Map<string, unknown> }).clients;
  let first: unknown;
  for (const page of ['/one', '/two', '/three']) {
    const answer = await exchangeOnce(dispatcher, new URL(`${origin}${page}`), { method: 'GET', headers: {} }, 1_000_000);
    assert.equal(Buffer.from(answer.body).toString(), `answer to ${page}`);
    // The server's close arrives on its own turn of the event loop, as between two steps.
    await new Promise((resolve) => setTimeout(resolve, 20));
    first ??= clients.get(origin);
    assert.equal(clients.get(origin), first, `${page}: the same Client`);
  }
  assert.equal(connections, 3, 'a new connection each time, as the server asks');
  assert.equal(clients.size, 1);
});
