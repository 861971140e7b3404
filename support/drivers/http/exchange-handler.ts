/**
 * One request through an undici dispatcher, answered as a status, headers and a decoded body.
 *
 * undici's `request` API wraps every answer in a readable stream and an async resource and parses the
 * headers into an object, all of which the driver read once and dropped. Against a server that closes
 * each connection (`php -S`) that cost about 0.06 ms of the 0.7 ms a request takes (measured side by
 * side with the same Client). Here the handler takes the raw headers and the body's chunks as undici
 * gets them; a body in a content coding still goes through the decoding streams of response-body.ts.
 */
import { PassThrough } from 'node:stream';
import type { Dispatcher } from 'undici';
import { contentCodings, readResponseBody, ResponseTooLargeError } from './response-body';

// undici's own reading of a header name: well-known names come from a lookup, with no string made.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { headerNameToString } = require('undici/lib/core/util') as { headerNameToString: (name: Buffer | string) => string };

export interface Answer {
  status: number;
  /** Lower-case names; each value as undici reads it (Latin-1: one character a byte). */
  headers: Record<string, string[]>;
  body: Uint8Array;
}

/** A failure after the answer began: part of it arrived, so the request is never repeated. */
export class ResponseBodyError extends Error {
  constructor(readonly cause: unknown) {
    super('response body failed');
  }
}

interface Sender {
  dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean;
}

export interface Outgoing {
  method: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/**
 * The header list as undici's own `request` gives it: names lower-cased (well-known ones from undici's
 * lookup), repeated names gathered in order, values read as Latin-1, which keeps each byte as it came
 * (a cookie's UTF-8 bytes go back to the server unchanged; a download's name is decoded from them).
 */
export function headersOf(raw: ReadonlyArray<Buffer | string>): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (let index = 0; index < raw.length; index += 2) {
    const name = headerNameToString(raw[index]);
    const value = raw[index + 1].toString('latin1');
    if (Object.hasOwn(headers, name)) headers[name].push(value);
    // A header named __proto__ is a header like any other, not the object's prototype.
    else if (name === '__proto__') Object.defineProperty(headers, name, { value: [value], enumerable: true, configurable: true, writable: true });
    else headers[name] = [value];
  }
  return headers;
}

export function exchangeOnce(sender: Sender, target: URL, outgoing: Outgoing, limitBytes: number): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    let abort: ((error: Error) => void) | undefined;
    let status = 0;
    let headers: Record<string, string[]> = {};
    const chunks: Buffer[] = [];
    let size = 0;
    /** The coded body's way into the decoders, and what they make of it. */
    let coded: { input: PassThrough; decoded: Promise<Uint8Array> } | undefined;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const succeed = (body: Uint8Array) => {
      if (settled) return;
      settled = true;
      resolve({ status, headers, body });
    };
    const stopReading = (error: Error) => {
      fail(new ResponseBodyError(error));
      abort?.(error); // the connection closes; the abort undici then reports comes after the rejection
    };
    sender.dispatch(
      { origin: target.origin, path: target.pathname + target.search, method: outgoing.method as Dispatcher.HttpMethod, headers: outgoing.headers, body: outgoing.body },
      {
        onConnect(abortRequest) {
          abort = abortRequest;
        },
        onHeaders(statusCode, rawHeaders, resume) {
          if (statusCode < 200) return true; // 100 Continue, 103 Early Hints: the answer is still to come
          status = statusCode;
          headers = headersOf(rawHeaders as unknown as Buffer[]);
          const contentEncoding = headers['content-encoding']?.join(', ') ?? '';
          if (contentEncoding !== '' && contentCodings(contentEncoding).length > 0) {
            const input = new PassThrough();
            input.on('drain', resume);
            // A failure reaches us as the decoding's rejection; what undici still hands over after it finds
            // the input destroyed (see onData) and must not surface as an unhandled stream error.
            input.on('error', () => undefined);
            const decoded = readResponseBody(input, contentEncoding, limitBytes);
            decoded.catch((error: Error) => stopReading(error));
            coded = { input, decoded };
          }
          return true;
        },
        onData(chunk) {
          if (coded !== undefined) return !coded.input.destroyed && coded.input.write(chunk);
          size += chunk.length;
          if (size > limitBytes) {
            stopReading(new ResponseTooLargeError(limitBytes, []));
            return false;
          }
          chunks.push(chunk);
          return true;
        },
        onComplete() {
          if (coded === undefined) {
            succeed(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
            return;
          }
          coded.input.end();
          coded.decoded.then(succeed, () => undefined);
        },
        onError(error) {
          coded?.input.destroy(error);
          fail(status === 0 ? error : new ResponseBodyError(error));
        },
      },
    );
  });
}
