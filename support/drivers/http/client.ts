/**
 * One HTTP exchange as a browser performs it: per-origin headers and credentials, the cookie jar
 * updated from every hop, redirects followed by hand with the right method changes, compressed
 * bodies decoded (response-body), and one keep-alive connection pool for the whole run.
 */
import { OriginClients } from './transport';
import { exchangeOnce, ResponseBodyError } from './exchange-handler';
import { DriverError } from '../driver';
import { CookieStore } from './cookies';
import { OriginHeaders } from '../origin-headers';
import { ExchangeLog } from '../exchange-log';
import { referrerFor } from './referrer';
import { resolveUrl } from './url';
import { maskUrlCredentials } from '../../config/mask';
import { BYTES_PER_MB, DEFAULT_MAX_RESPONSE_SIZE_MB } from '../../config/parameters';
import { DEFAULT_REQUEST_TIMEOUT_S } from '../../config/timeouts';
import { ACCEPT_ENCODING, ContentDecodingError, ResponseTooLargeError } from './response-body';

export interface HttpRequest {
  readonly method: string;
  /** Absolute URL; a fragment is kept for the resulting document URL but never sent. */
  readonly url: string;
  readonly body?: Uint8Array | string;
  readonly contentType?: string;
  /** URL of the document that made the request (link or form); absent for typed URLs. */
  readonly initiator?: string;
  /** Headers of this request only (a scenario's API request), names lower-cased; they win over the defaults. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface HttpResponse {
  /** The last hop's request with the final URL: what a reload repeats. */
  readonly request: HttpRequest;
  readonly url: string;
  readonly status: number;
  /** Names lower-cased, every value of repeated headers kept. */
  readonly headers: Record<string, string[]>;
  readonly body: Uint8Array;
  /** Every URL requested, first to last. */
  readonly chain: readonly string[];
}

export interface HttpClientOptions {
  readonly maxRedirects?: number;
  readonly userAgent?: string;
  /** Milliseconds a server may take to start answering, and then between chunks of the body. */
  readonly requestTimeoutMs?: number;
  /** Bytes a response body may hold, as sent and once decoded; reading stops beyond them and the request fails. */
  readonly maxResponseBytes?: number;
  /** Exchanges of a scenario kept for the report of a failed one (0: none recorded). */
  readonly exchangesKept?: number;
}

const DEFAULT_USER_AGENT = 'Mozilla/5.0 (compatible; cucumber-mink http driver)';
const DEFAULT_MAX_REDIRECTS = 20;
const DEFAULT_REQUEST_TIMEOUT_MS = DEFAULT_REQUEST_TIMEOUT_S * 1000;
const DEFAULT_MAX_RESPONSE_BYTES = DEFAULT_MAX_RESPONSE_SIZE_MB * BYTES_PER_MB;
/**
 * After this long without an exchange, a pooled connection may have been closed by the server while
 * the event loop was busy (a slow step): pending socket events run before it is reused. Back-to-back
 * requests, the common case, never pay for that turn of the event loop.
 */
const IDLE_BEFORE_CHECK_MS = 250;
const ACCEPT_DOCUMENT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
/** Browsers follow these; 304 and a 300 without Location are ordinary responses. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const BECOMES_GET = new Set([301, 302, 303]);

export class HttpClient {
  readonly cookies = new CookieStore();
  readonly originHeaders = new OriginHeaders();
  /** Every hop sent since the last clearState(), for the report of a failed scenario. */
  readonly exchanges: ExchangeLog;
  private connections: OriginClients | null = null;
  private readonly maxRedirects: number;
  private readonly userAgent: string;
  private readonly requestTimeoutMs: number;
  private readonly maxResponseBytes: number;
  /** When the last exchange ended (performance.now()). */
  private lastExchangeEnd = 0;

  constructor(options: HttpClientOptions = {}) {
    this.maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.exchanges = new ExchangeLog(options.exchangesKept);
  }

  /** Forget cookies, headers and credentials; connections stay open for the next scenario. */
  clearState(): void {
    this.cookies.clear();
    this.originHeaders.clear();
    this.exchanges.clear();
  }

  /** Drops every connection at once: a graceful close would wait for a request that never ends. */
  async close(): Promise<void> {
    const connections = this.connections;
    this.connections = null;
    if (connections) await connections.destroy();
  }

  async send(initial: HttpRequest): Promise<HttpResponse> {
    const userInfo = takeUserInfo(initial.url);
    // As in a browser, credentials given in a URL stay with that origin for later requests too.
    if (userInfo.credentials !== null) this.originHeaders.setBasicAuth(userInfo.credentials, userInfo.url);
    let hop: HttpRequest = { ...initial, url: userInfo.url };
    // Each hop's URL is parsed once: the address sent (without its fragment), its origin and path.
    let target = new URL(hop.url);
    let fragment = target.hash;
    target.hash = '';
    const chain: string[] = [target.href];
    const seen = new Set<string>();
    // After a cross-origin redirect a browser sends `Origin: null` (the request's origin is tainted).
    let taintedOrigin = false;

    for (;;) {
      const url = target.href;
      const headers = await this.headersFor(hop, url, taintedOrigin);
      const loopKey = `${hop.method} ${url} ${headers.cookie ?? ''}`;
      if (seen.has(loopKey)) throw new DriverError(maskUrlCredentials(`Redirect loop: ${chain.join(' → ')}`));
      seen.add(loopKey);

      const response = await this.exchange(hop, url, target, headers);
      await this.cookies.storeFromResponse(url, response.headers['set-cookie'] ?? []);
      const location = response.headers.location?.[0];
      if (!REDIRECT_STATUSES.has(response.status) || location === undefined) {
        const finalUrl = url + fragment;
        return { ...response, url: finalUrl, request: { ...hop, url: finalUrl }, chain };
      }

      if (chain.length > this.maxRedirects) {
        throw new DriverError(maskUrlCredentials(`More than ${this.maxRedirects} redirects: ${chain.join(' → ')}`));
      }
      const next = resolveUrl(location, url);
      const nextTarget = new URL(next);
      if (nextTarget.protocol !== 'http:' && nextTarget.protocol !== 'https:') {
        throw new DriverError(maskUrlCredentials(`${url} redirects to ${next}, which the HTTP driver cannot open`));
      }
      if (nextTarget.origin !== target.origin) taintedOrigin = true;
      target = nextTarget;
      if (target.hash !== '') fragment = target.hash;
      target.hash = '';
      chain.push(target.href);
      hop = BECOMES_GET.has(response.status)
        ? { method: 'GET', url: next, initiator: hop.initiator }
        : { ...hop, url: next };
    }
  }

  private async headersFor(
    hop: HttpRequest,
    url: string,
    taintedOrigin: boolean,
  ): Promise<Record<string, string>> {
    const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: ACCEPT_DOCUMENT, 'accept-encoding': ACCEPT_ENCODING };
    if (hop.initiator !== undefined) {
      const referrer = referrerFor(hop.initiator, url);
      if (referrer !== null) headers.referer = referrer;
      if (hop.method !== 'GET' && hop.method !== 'HEAD') {
        headers.origin = taintedOrigin ? 'null' : new URL(hop.initiator).origin;
      }
    }
    if (hop.body !== undefined && hop.contentType !== undefined) headers['content-type'] = hop.contentType;
    Object.assign(headers, this.originHeaders.forUrl(url));
    if (hop.headers !== undefined) Object.assign(headers, hop.headers);
    const cookie = await this.cookies.headerFor(url);
    if (cookie !== null) headers.cookie = cookie;
    return headers;
  }

  private async exchange(
    hop: HttpRequest,
    url: string,
    target: URL,
    headers: Record<string, string>,
  ): Promise<{ status: number; headers: Record<string, string[]>; body: Uint8Array }> {
    // undici arms its header and body timers on every request anyway: the limit costs nothing.
    this.connections ??= new OriginClients({
      keepAliveTimeout: 10_000,
      headersTimeout: this.requestTimeoutMs,
      bodyTimeout: this.requestTimeoutMs,
    });
    const started = performance.now();
    // A server's close of an idle connection may still wait in the event loop after a slow step;
    // letting it run first makes undici open a fresh connection instead of writing to a dead one.
    if (started - this.lastExchangeEnd > IDLE_BEFORE_CHECK_MS) await new Promise(setImmediate);
    try {
      const response = await this.attemptOnce(hop, url, target, headers, started);
      this.exchanges.record({
        method: hop.method,
        url,
        requestHeaders: headers,
        status: response.status,
        responseHeaders: response.headers,
        durationMs: performance.now() - started,
        size: response.body.byteLength,
      });
      return response;
    } catch (error) {
      this.exchanges.record({ method: hop.method, url, requestHeaders: headers, status: null, durationMs: performance.now() - started, failure: (error as Error).message });
      throw error;
    } finally {
      this.lastExchangeEnd = performance.now();
    }
  }

  private async attemptOnce(
    hop: HttpRequest,
    url: string,
    target: URL,
    headers: Record<string, string>,
    started: number,
  ): Promise<{ status: number; headers: Record<string, string[]>; body: Uint8Array }> {
    try {
      return await this.attempt(hop, target, headers);
    } catch (error) {
      if (!isStaleConnectionError(error, this.lastExchangeEnd > 0) || !IDEMPOTENT_METHODS.has(hop.method)) throw this.failure(hop, url, error, started);
      // As browsers do: a kept-alive connection the server closed before answering is retried once
      // on a fresh one. Only idempotent requests, since this one may have reached the server.
      try {
        return await this.attempt(hop, target, headers);
      } catch (retryError) {
        throw this.failure(hop, url, retryError, started);
      }
    }
  }

  private async attempt(
    hop: HttpRequest,
    target: URL,
    headers: Record<string, string>,
  ): Promise<{ status: number; headers: Record<string, string[]>; body: Uint8Array }> {
    return exchangeOnce(
      this.connections as OriginClients,
      target,
      { method: hop.method, headers, body: hop.body === undefined ? undefined : typeof hop.body === 'string' ? hop.body : Buffer.from(hop.body) },
      this.maxResponseBytes,
    );
  }

  private failure(hop: HttpRequest, url: string, error: unknown, started: number): DriverError {
    const cause = error instanceof ResponseBodyError ? error.cause : error;
    const elapsed = `${((performance.now() - started) / 1000).toFixed(1)} s`;
    const code = (cause as { code?: string } | null)?.code;
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      const what = code === 'UND_ERR_HEADERS_TIMEOUT' ? 'got no response' : 'stopped sending the response body';
      return new DriverError(
        `${hop.method} ${maskUrlCredentials(url)} ${what} within the request timeout of ${this.requestTimeoutMs / 1000} s ` +
          `(gave up after ${elapsed}; the connection was closed). ` +
          'If the server is just slow, raise requestTimeout (REQUEST_TIMEOUT, in seconds).',
      );
    }
    if (cause instanceof ResponseTooLargeError) {
      const decoded = cause.codings.length === 0 ? '' : ` (as sent or decoded from ${cause.codings.join(', ')})`;
      return new DriverError(
        `${hop.method} ${maskUrlCredentials(url)}: the response body is larger than the maximum response size of ` +
          `${cause.limitBytes / BYTES_PER_MB} MB${decoded}; the driver stopped reading after ${elapsed} and closed the connection. ` +
          'If the response is meant to be this large, raise maxResponseSize (MAX_RESPONSE_SIZE, in MB).',
      );
    }
    if (cause instanceof ContentDecodingError) {
      return new DriverError(
        `${hop.method} ${maskUrlCredentials(url)}: the response body could not be decoded as ${cause.coding} ` +
          `(Content-Encoding: ${cause.contentEncoding}): ${cause.reason}.`,
      );
    }
    return new DriverError(`${hop.method} ${maskUrlCredentials(url)} failed after ${elapsed}: ${(cause as Error).message}`);
  }
}

/** RFC 9110 §9.2.2: repeating these has the same effect on the server as sending them once. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);


/**
 * The server closed or reset a kept-alive connection before any byte of the response (undici says
 * "other side closed", or the write hit a reset). A connection that read earlier responses
 * (bytesRead > 0) was a reused one; a fresh connection failing this way is a real server fault.
 * A reset carries no socket details: it counts when an earlier exchange left a connection to reuse.
 */
function isStaleConnectionError(error: unknown, hadEarlierExchange: boolean): boolean {
  if (error instanceof ResponseBodyError) return false;
  const { code, socket } = (error ?? {}) as { code?: string; socket?: { bytesRead?: number } };
  if (code === 'UND_ERR_SOCKET') return (socket?.bytesRead ?? 0) > 0;
  return (code === 'ECONNRESET' || code === 'EPIPE') && hadEarlierExchange;
}


interface UserInfo {
  /** The URL without its user:password part. */
  readonly url: string;
  readonly credentials: { user: string; password: string } | null;
}

/** `http://user:pw@host/` works as in a browser: the credentials go to that origin, not in the URL. */
function takeUserInfo(rawUrl: string): UserInfo {
  const url = new URL(rawUrl);
  if (url.username === '' && url.password === '') return { url: rawUrl, credentials: null };
  const credentials = { user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  url.username = '';
  url.password = '';
  return { url: url.href, credentials };
}
