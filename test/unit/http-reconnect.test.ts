/**
 * A kept-alive connection the server drops just as the next request goes out: a GET is safe to send
 * again on a fresh connection, a POST that went out is not (it may have been acted on).
 */
import assert from 'node:assert/strict';
import net, { type AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { HttpClient } from '../../support/drivers/http/client';

/**
 * A server that reads the second request on every connection and then drops the connection without
 * a byte of answer: what a reused keep-alive connection looks like when the server closed it just
 * as the request went out.
 */
async function startDroppingServer(): Promise<{ url: string; received: string[]; close: () => void }> {
  const received: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    let requests = 0;
    let buffered = '';
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1');
      for (let end = buffered.indexOf('\r\n\r\n'); end !== -1; end = buffered.indexOf('\r\n\r\n')) {
        const head = buffered.slice(0, end);
        const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        buffered = buffered.slice(end + 4 + length);
        received.push(head.split(' ', 1)[0]);
        requests += 1;
        if (requests === 2) {
          socket.destroy();
          return;
        }
        socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

describe('a reused connection that fails before the response', () => {
  it('a GET is sent again on a fresh connection', async () => {
    const server = await startDroppingServer();
    const client = new HttpClient();
    try {
      await client.send({ method: 'GET', url: `${server.url}/first` });
      const second = await client.send({ method: 'GET', url: `${server.url}/second` });
      assert.equal(second.status, 200);
      assert.deepEqual(server.received, ['GET', 'GET', 'GET']);
    } finally {
      await client.close();
      server.close();
    }
  });

  it('a POST that went out is not repeated: the step fails and says so', async () => {
    const server = await startDroppingServer();
    const client = new HttpClient();
    try {
      await client.send({ method: 'GET', url: `${server.url}/form` });
      await assert.rejects(
        client.send({ method: 'POST', url: `${server.url}/submit`, body: 'a=1', contentType: 'application/x-www-form-urlencoded' }),
        new RegExp(`POST ${server.url}/submit failed after \\d+\\.\\d s: other side closed`),
      );
      assert.deepEqual(server.received, ['GET', 'POST']);
    } finally {
      await client.close();
      server.close();
    }
  });
});
