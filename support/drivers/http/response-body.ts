/**
 * A response body read as a browser reads it: the content codings the server names in
 * Content-Encoding undone while the bytes arrive (gzip, deflate in both of its forms, br), and the
 * reading bounded, so a decompression bomb or an endless body stops at the limit with memory near it.
 */
import { Duplex, Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** The codings the driver decodes, and so asks for, as browsers do (Chromium adds zstd, which Node 20's zlib cannot read). */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/** The body went over the limit, counted before or after decoding: reading stopped and the connection was closed. */
export class ResponseTooLargeError extends Error {
  constructor(readonly limitBytes: number, readonly codings: readonly string[]) {
    super(`response body over ${limitBytes} bytes`);
  }
}

/** The body is not what its Content-Encoding says (a corrupt gzip), or is in a coding the driver cannot decode. */
export class ContentDecodingError extends Error {
  constructor(readonly coding: string, readonly contentEncoding: string, readonly reason: string) {
    super(reason);
  }
}

/** Inflate and gunzip as browsers and undici's fetch run them: a body cut short yields what arrived. */
const ZLIB_OPTIONS: zlib.ZlibOptions = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
const BROTLI_OPTIONS: zlib.BrotliOptions = {
  flush: zlib.constants.BROTLI_OPERATION_FLUSH,
  finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
};

const DECODERS: Readonly<Record<string, () => Duplex>> = {
  gzip: () => zlib.createGunzip(ZLIB_OPTIONS),
  'x-gzip': () => zlib.createGunzip(ZLIB_OPTIONS),
  deflate: () => new Inflate(),
  br: () => zlib.createBrotliDecompress(BROTLI_OPTIONS),
};

/** Codings a browser decodes that this driver cannot: failing says so, where the raw bytes would read as text. */
const NOT_DECODED = new Set(['zstd']);

/**
 * The body of one response, decoded, at most `limitBytes` long before and after decoding. The codings
 * are undone last-applied first. As in Chromium, a body in a coding no browser knows (or `identity`)
 * is read as it came, and an empty body is empty whatever its header says (a HEAD, a 204).
 */
/** The content codings a Content-Encoding value names, in the order applied; `identity` is none. */
export function contentCodings(contentEncoding: string): string[] {
  return contentEncoding.split(',').map((coding) => coding.trim().toLowerCase()).filter((coding) => coding !== '' && coding !== 'identity');
}

export async function readResponseBody(body: Readable, contentEncoding: string, limitBytes: number): Promise<Uint8Array> {
  const codings = contentCodings(contentEncoding);
  const unreadable = codings.find((coding) => NOT_DECODED.has(coding));
  if (unreadable !== undefined) {
    body.on('error', () => {}).destroy(); // not read: the connection closes (destroying it reports an abort)
    throw new ContentDecodingError(unreadable, contentEncoding,
      `the HTTP driver cannot decode ${unreadable}; it asks for ${ACCEPT_ENCODING} (Accept-Encoding) only`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const take = (chunk: Buffer): void => {
    size += chunk.length;
    if (size > limitBytes) throw new ResponseTooLargeError(limitBytes, codings);
    chunks.push(chunk);
  };
  if (codings.length === 0 || !codings.every((coding) => Object.hasOwn(DECODERS, coding))) {
    await new Promise<void>((resolve, reject) => {
      body.on('data', (chunk: Buffer) => {
        try {
          take(chunk);
        } catch (error) {
          reject(error);
          body.destroy(); // the connection closes; the abort this reports comes after the rejection
        }
      });
      body.once('end', resolve).once('error', reject);
    });
    return concat(chunks, size);
  }

  let rawSize = 0;
  const countRaw = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      rawSize += chunk.length;
      callback(rawSize > limitBytes ? new ResponseTooLargeError(limitBytes, codings) : null, chunk);
    },
  });
  // The first decoder to fail, and with what: pipeline passes that error on to the other streams.
  const failures = new Map<unknown, string>();
  const decoders = [...codings].reverse().map((coding) => {
    const decoder = DECODERS[coding]();
    decoder.once('error', (error) => {
      if (failures.size === 0) failures.set(error, coding);
    });
    return decoder;
  });
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      try {
        take(chunk);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
  try {
    await pipeline(body, countRaw, ...decoders, sink);
  } catch (error) {
    const coding = failures.get(error);
    if (error instanceof ResponseTooLargeError || coding === undefined) throw error;
    throw new ContentDecodingError(coding, contentEncoding, (error as Error).message);
  }
  return concat(chunks, size);
}

function concat(chunks: Buffer[], size: number): Uint8Array {
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
}

/**
 * `deflate` as browsers read it: zlib-wrapped (RFC 1950) as HTTP says, or raw (RFC 1951) as some
 * servers send it; the first byte tells which. The inner stream's backpressure is kept, so inflating
 * runs no further ahead of the reader than one of zlib's chunks.
 */
class Inflate extends Duplex {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;

  _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.inner === null) {
      if (chunk.length === 0) return callback();
      const inner = (chunk[0] & 0x0f) === 0x08 ? zlib.createInflate(ZLIB_OPTIONS) : zlib.createInflateRaw(ZLIB_OPTIONS);
      inner.on('data', (data: Buffer) => {
        if (!this.push(data)) inner.pause();
      });
      inner.on('end', () => this.push(null));
      inner.on('error', (error) => this.destroy(error));
      this.inner = inner;
    }
    this.inner.write(chunk, callback);
  }

  _final(callback: (error?: Error | null) => void): void {
    if (this.inner === null) this.push(null);
    else this.inner.end();
    callback();
  }

  _read(): void {
    this.inner?.resume();
  }

  _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.inner?.destroy();
    callback(error);
  }
}
