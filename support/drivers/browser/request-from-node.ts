/**
 * A scenario's API request in a browser session when no page of its origin is open (before the
 * first page, or on a page of another origin): sent from Node on the browser's behalf, as
 * Playwright's request context does. It carries the cookies the browser would send to that URL
 * (HttpOnly ones too) and the scenario's headers for that origin, and the cookies the response sets
 * are stored in the browser. As a page's fetch() with credentials 'same-origin': redirects are
 * followed, cookies go only to, and are only taken from, the request's own origin.
 */
import { undici } from './undici-later';
import { SCRIPT_TIMEOUT_MS } from '../../config/timeouts';
import { DriverError, type DriverRequest, type DriverResponse } from '../driver';
import type { ExchangeLog, RecordedExchange } from '../exchange-log';

/** The browser's cookies, read and written for a URL. */
export interface BrowserCookies {
  /** The Cookie header the browser would send to `url`, or '' when it has none for it. */
  cookieHeader(url: string): Promise<string>;
  /** Store what the Set-Cookie headers of a response from `url` set, as the browser would. */
  storeSetCookies(setCookies: string[], url: string): Promise<void>;
}

const REDIRECTS_FOLLOWED = 20;

export async function sendFromNode(
  request: DriverRequest,
  cookies: BrowserCookies,
  originHeaders: (url: string) => Record<string, string>,
  exchanges: ExchangeLog,
): Promise<DriverResponse> {
  const origin = new URL(request.url).origin;
  let { method, url } = request;
  let body = method === 'GET' || method === 'HEAD' ? undefined : request.body;
  const headers = lowerCased(request.headers);
  const signal = AbortSignal.timeout(SCRIPT_TIMEOUT_MS);
  for (let hop = 0; ; hop++) {
    const sameOrigin = new URL(url).origin === origin;
    const cookie = sameOrigin ? await cookies.cookieHeader(url) : '';
    let response;
    const sent = { ...headers, ...(cookie ? { cookie } : {}), ...originHeaders(url) };
    // No page sends it, so the browser's network events do not see it: the failure report's exchanges get it here.
    const exchange: RecordedExchange = { method, url, requestHeaders: sent, status: null };
    exchanges.record(exchange);
    const started = performance.now();
    try {
      response = await undici().fetch(url, { method, body, redirect: 'manual', signal, headers: sent });
    } catch (caught) {
      const failure = reasonOf(caught);
      Object.assign(exchange, { durationMs: performance.now() - started, failure });
      throw new DriverError(`${request.method} ${request.url} failed: ${failure}`);
    }
    const answered: Record<string, string[]> = {};
    for (const [name, value] of response.headers) (answered[name] ??= []).push(value);
    Object.assign(exchange, { status: response.status, responseHeaders: answered, durationMs: performance.now() - started });
    if (sameOrigin) await cookies.storeSetCookies(response.headers.getSetCookie(), url);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location && hop < REDIRECTS_FOLLOWED) {
      await response.body?.cancel();
      // Browsers: 303 becomes GET (but HEAD), and 301/302 turn a POST into a GET.
      if ((response.status === 303 && method !== 'HEAD') || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
        delete headers['content-type'];
      }
      url = new URL(location, url).href;
      continue;
    }
    let text: string;
    try {
      text = await response.text();
    } catch (caught) {
      const failure = reasonOf(caught);
      Object.assign(exchange, { durationMs: performance.now() - started, failure });
      throw new DriverError(`${request.method} ${request.url} failed while its answer arrived: ${failure}`);
    }
    Object.assign(exchange, { durationMs: performance.now() - started, size: Buffer.byteLength(text) });
    return { url, status: response.status, headers: answered, body: text };
  }
}

/** undici's fetch says "fetch failed" and keeps the reason (ECONNREFUSED, a timeout …) in its cause. */
function reasonOf(caught: unknown): string {
  return ((caught as Error).cause as Error | undefined)?.message ?? (caught as Error).message;
}

function lowerCased(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
