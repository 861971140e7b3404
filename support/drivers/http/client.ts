/**
 * One HTTP exchange as a browser performs it: per-origin headers and credentials, the cookie jar
 * updated from every hop, redirects followed by hand with the right method changes, and one
 * keep-alive connection pool for the whole run.
 */
import { Agent, request } from 'undici';
import { DriverError } from '../driver';
import { CookieStore } from './cookies';
import { OriginHeaders } from './origin-headers';
import { referrerFor } from './referrer';
import { fragmentOf, resolveUrl, withoutFragment } from './url';

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
}

export const DEFAULT_USER_AGENT = 'Mozilla/5.0 (compatible; cucumber-mink http driver)';
const DEFAULT_MAX_REDIRECTS = 20;
const ACCEPT_DOCUMENT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
/** Browsers follow these; 304 and a 300 without Location are ordinary responses. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const BECOMES_GET = new Set([301, 302, 303]);

export class HttpClient {
  readonly cookies = new CookieStore();
  readonly originHeaders = new OriginHeaders();
  private agent: Agent | null = null;
  private readonly maxRedirects: number;
  private readonly userAgent: string;

  constructor(options: HttpClientOptions = {}) {
    this.maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  }

  /** Forget cookies, headers and credentials; connections stay open for the next scenario. */
  clearState(): void {
    this.cookies.clear();
    this.originHeaders.clear();
  }

  async close(): Promise<void> {
    const agent = this.agent;
    this.agent = null;
    if (agent) await agent.close();
  }

  async send(initial: HttpRequest): Promise<HttpResponse> {
    const userInfo = takeUserInfo(initial.url);
    // As in a browser, credentials given in a URL stay with that origin for later requests too.
    if (userInfo.credentials !== null) this.originHeaders.setBasicAuth(userInfo.credentials, userInfo.url);
    let hop: HttpRequest = { ...initial, url: userInfo.url };
    let fragment = fragmentOf(hop.url);
    const chain: string[] = [withoutFragment(hop.url)];
    const seen = new Set<string>();
    // After a cross-origin redirect a browser sends `Origin: null` (the request's origin is tainted).
    let taintedOrigin = false;

    for (;;) {
      const url = withoutFragment(hop.url);
      const headers = await this.headersFor(hop, url, taintedOrigin);
      const loopKey = `${hop.method} ${url} ${headers.cookie ?? ''}`;
      if (seen.has(loopKey)) throw new DriverError(`Redirect loop: ${chain.join(' → ')}`);
      seen.add(loopKey);

      const response = await this.exchange(hop, url, headers);
      await this.cookies.storeFromResponse(url, response.headers['set-cookie'] ?? []);
      const location = response.headers.location?.[0];
      if (!REDIRECT_STATUSES.has(response.status) || location === undefined) {
        const finalUrl = url + fragment;
        return { ...response, url: finalUrl, request: { ...hop, url: finalUrl }, chain };
      }

      if (chain.length > this.maxRedirects) {
        throw new DriverError(`More than ${this.maxRedirects} redirects: ${chain.join(' → ')}`);
      }
      const next = resolveUrl(location, url);
      const nextProtocol = new URL(next).protocol;
      if (nextProtocol !== 'http:' && nextProtocol !== 'https:') {
        throw new DriverError(`${url} redirects to ${next}, which the HTTP driver cannot open`);
      }
      if (new URL(next).origin !== new URL(url).origin) taintedOrigin = true;
      chain.push(withoutFragment(next));
      const nextFragment = fragmentOf(next);
      if (nextFragment !== '') fragment = nextFragment;
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
    const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: ACCEPT_DOCUMENT };
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
    headers: Record<string, string>,
  ): Promise<{ status: number; headers: Record<string, string[]>; body: Uint8Array }> {
    // The driver sends one request at a time; a single connection per origin is then always the
    // warm one, where a larger pool would open a second socket before the first is handed back.
    this.agent ??= new Agent({ keepAliveTimeout: 10_000, connections: 1 });
    try {
      const response = await request(url, {
        dispatcher: this.agent,
        method: hop.method as 'GET',
        headers,
        body: hop.body === undefined ? undefined : typeof hop.body === 'string' ? hop.body : Buffer.from(hop.body),
      });
      const body = new Uint8Array(await response.body.arrayBuffer());
      return { status: response.statusCode, headers: normaliseHeaders(response.headers), body };
    } catch (error) {
      throw new DriverError(`${hop.method} ${url} failed: ${(error as Error).message}`);
    }
  }
}

function normaliseHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? [...value] : [value];
  }
  return headers;
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
