/**
 * The embedded demo app: a dependency-free HTTP server with one page per behaviour the harness
 * tests. It is the default target when BASE_URL is not set.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DemoRequest } from './http';
import { findRoute, notFound } from './routes';

interface DemoAppOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1; the pages also answer as localhost on the same port. */
  host?: string;
}

export interface DemoApp {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

async function handle(
  incoming: http.IncomingMessage,
  response: http.ServerResponse,
  listenHost: string,
): Promise<void> {
  const body = await readBody(incoming);
  const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`);
  const request: DemoRequest = {
    method: incoming.method ?? 'GET',
    url,
    headers: incoming.headers,
    rawHeaders: incoming.rawHeaders,
    body,
    localPort: incoming.socket.localPort ?? 0,
    listenHost,
  };
  (findRoute(url.pathname) ?? notFound).handle(request, response);
}

export function startDemoApp(options: DemoAppOptions = {}): Promise<DemoApp> {
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer((incoming, response) => {
    handle(incoming, response, host).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`Demo app error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${host}:${port}`,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            // Keep-alive connections from a driver would otherwise hold close() open.
            server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
  });
}
