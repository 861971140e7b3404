/**
 * Compressed responses over HTTP (support/drivers/http/response-body.ts): the driver asks for the
 * codings browsers decode, decodes what a server sends whatever the request said, and bounds the
 * reading, so a decompression bomb or an endless body fails the request and the next one works.
 */
import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { DriverError } from '../../support/drivers/driver';
import { HttpDriver } from '../../support/drivers/http';
import { normalizeWhitespace } from '../../support/session/text';

const MB = 1024 * 1024;
const LIMIT_MB = 4;
const PAGE = `<!doctype html><html><head><title>Compressed</title></head><body><p>Decoded text</p>${'<p>filler line</p>'.repeat(200)}<p>Last line</p></body></html>`;

/** Content-Encoding header and body for each way of sending PAGE. */
const ENCODED: Readonly<Record<string, readonly [string, Buffer]>> = {
  gzip: ['gzip', zlib.gzipSync(PAGE)],
  'x-gzip': ['x-gzip', zlib.gzipSync(PAGE)],
  deflate: ['deflate', zlib.deflateSync(PAGE)],
  'raw-deflate': ['deflate', zlib.deflateRawSync(PAGE)],
  br: ['br', zlib.brotliCompressSync(PAGE)],
  chain: ['deflate, gzip', zlib.gzipSync(zlib.deflateSync(PAGE))],
  'upper-case': ['GZip', zlib.gzipSync(PAGE)],
};

/**
 * A gzip stream of zeros without end, made of one compressed MB repeated (about 1 KB): cheap to
 * send, a bomb to decode. (A finite bomb of a few GB would fit in the connection's buffers whole, so
 * the server could not tell whether the driver stopped reading.)
 */
function* gzipBomb(): Generator<Buffer> {
  yield Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);
  const megabyteOfZeros = zlib.deflateRawSync(Buffer.alloc(MB), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  for (;;) yield megabyteOfZeros;
}

/** Writes `chunks` as the client takes them; resolves when the response ended or the client closed the connection. */
async function stream(response: ServerResponse, chunks: Iterable<Buffer>): Promise<'ended' | 'closed'> {
  let closed = false;
  response.on('close', () => (closed = true));
  for (const chunk of chunks) {
    if (closed) return 'closed';
    if (!response.write(chunk)) {
      await new Promise<void>((resolve) => {
        const go = (): void => {
          response.off('drain', go).off('close', go);
          resolve();
        };
        response.on('drain', go).on('close', go);
      });
    }
  }
  if (closed) return 'closed';
  response.end();
  return 'ended';
}

function* endless(): Generator<Buffer> {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  for (;;) yield chunk;
}

describe('compressed responses over HTTP', () => {
  /** How each streamed response finished, by path. */
  const streamed = new Map<string, Promise<'ended' | 'closed'>>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const encoded = ENCODED[url.pathname.slice(1)];
    if (encoded) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': encoded[0] });
      // In small pieces: the decoder sees the body as it arrives, a deflate's first byte alone.
      const [, body] = encoded;
      const pieces = Array.from({ length: Math.ceil(body.length / 7) }, (_, i) => body.subarray(i * 7, i * 7 + 7));
      void stream(response, pieces);
      return;
    }
    const send = (headers: Record<string, string>, body: string | Buffer): void => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      response.end(body);
    };
    switch (url.pathname) {
      case '/accept-encoding':
        return send({ 'content-type': 'text/plain' }, `accept-encoding: ${request.headers['accept-encoding'] ?? '(none)'}`);
      case '/unknown':
        return send({ 'content-encoding': 'x-unknown' }, PAGE);
      case '/identity':
        return send({ 'content-encoding': 'identity' }, PAGE);
      case '/corrupt':
        return send({ 'content-encoding': 'gzip' }, PAGE);
      case '/zstd':
        return send({ 'content-encoding': 'zstd' }, PAGE);
      case '/truncated': {
        const lines = Array.from({ length: 2000 }, (_, i) => `<p>line ${i}</p>`).join('');
        const gzipped = zlib.gzipSync(`<!doctype html><body><p>Decoded text</p>${lines}</body>`);
        return send({ 'content-encoding': 'gzip' }, gzipped.subarray(0, Math.floor(gzipped.length / 2)));
      }
      case '/empty':
        response.writeHead(204, { 'content-encoding': 'gzip' });
        return response.end();
      case '/bomb':
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        streamed.set('/bomb', stream(response, gzipBomb()));
        return;
      case '/endless':
        response.writeHead(200, { 'content-type': 'text/html' });
        streamed.set('/endless', stream(response, endless()));
        return;
      default:
        return send({}, '<!doctype html><p>Plain page</p>');
    }
  });
  const driver = new HttpDriver({ maxResponseBytes: LIMIT_MB * MB });
  let base = '';

  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await driver.start();
  });

  after(async () => {
    await driver.stop();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const pageText = async (): Promise<string> => normalizeWhitespace(await driver.pageText());

  it('asks for the codings it decodes, as a browser does, on page and API requests alike; a header of the scenario wins', async () => {
    await driver.visit(`${base}/accept-encoding`);
    assert.equal(await driver.content(), 'accept-encoding: gzip, deflate, br');
    await driver.request({ method: 'GET', url: `${base}/accept-encoding`, headers: {} });
    assert.equal(await driver.content(), 'accept-encoding: gzip, deflate, br');
    await driver.request({ method: 'GET', url: `${base}/accept-encoding`, headers: { 'Accept-Encoding': 'identity' } });
    assert.equal(await driver.content(), 'accept-encoding: identity');
  });

  for (const name of Object.keys(ENCODED)) {
    it(`reads a page sent as ${name} (Content-Encoding: ${ENCODED[name][0]}) as the page`, async () => {
      await driver.visit(`${base}/${name}`);
      assert.equal(await driver.content(), PAGE);
      assert.match(await pageText(), /^Decoded text filler line .* Last line$/);
      assert.deepEqual((await driver.responseHeaders())['content-encoding'], [ENCODED[name][0]], 'the header stays as the server sent it');
    });
  }

  it('reads a body in a coding no browser knows, or identity, as it came, as browsers do', async () => {
    await driver.visit(`${base}/unknown`);
    assert.equal(await driver.content(), PAGE);
    await driver.visit(`${base}/identity`);
    assert.equal(await driver.content(), PAGE);
  });

  it('reads what arrived of a gzip body cut short, and an empty body whatever its header says, as browsers do', async () => {
    await driver.visit(`${base}/truncated`);
    assert.match(await pageText(), /^Decoded text line 0 line 1 line 2 /);
    assert.doesNotMatch(await pageText(), /line 1999/);
    await driver.visit(`${base}/empty`);
    assert.equal(await driver.statusCode(), 204);
    assert.equal(await driver.content(), '');
  });

  it('fails on a body that is not what its Content-Encoding says, naming the URL and the coding', async () => {
    await assert.rejects(driver.visit(`${base}/corrupt`), (error: Error) => {
      assert.ok(error instanceof DriverError);
      assert.match(error.message, new RegExp(`^GET ${base}/corrupt: the response body could not be decoded as gzip \\(Content-Encoding: gzip\\): .*header`));
      return true;
    });
    await assert.rejects(driver.visit(`${base}/zstd`), /^DriverError: GET .*\/zstd: the response body could not be decoded as zstd \(Content-Encoding: zstd\): the HTTP driver cannot decode zstd; it asks for gzip, deflate, br/);
  });

  it('stops a decompression bomb at the limit, with memory near it, naming the URL and the limit; the next request works', async () => {
    const baseline = process.memoryUsage().arrayBuffers;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers)), 2);
    try {
      await assert.rejects(driver.visit(`${base}/bomb`), (error: Error) => {
        assert.ok(error instanceof DriverError);
        assert.match(error.message, new RegExp(`^GET ${base}/bomb: the response body is larger than the maximum response size of ${LIMIT_MB} MB \\(as sent or decoded from gzip\\)`));
        assert.match(error.message, /closed the connection\. If the response is meant to be this large, raise maxResponseSize \(MAX_RESPONSE_SIZE, in MB\)\./);
        return true;
      });
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    assert.ok(peak - baseline < 64 * MB, `decoding held ${((peak - baseline) / MB).toFixed(0)} MB for a limit of ${LIMIT_MB} MB`);
    assert.equal(await streamed.get('/bomb'), 'closed', 'the driver stopped reading and closed the connection');
    await driver.visit(`${base}/gzip`);
    assert.match(await pageText(), /^Decoded text/);
  });

  it('stops an endless body at the limit and closes the connection; the next request works', async () => {
    await assert.rejects(driver.visit(`${base}/endless`),
      new RegExp(`^DriverError: GET ${base}/endless: the response body is larger than the maximum response size of ${LIMIT_MB} MB; the driver stopped reading`));
    assert.equal(await streamed.get('/endless'), 'closed');
    await driver.visit(`${base}/plain`);
    assert.equal(await pageText(), 'Plain page');
  });
});
