/**
 * The rules both stub routes (DevTools Fetch in Chromium, BiDi elsewhere) follow: which requests a
 * stub matches and which of two matching stubs answers, the CORS headers of its answer, and when a
 * paused request is let go.
 *
 * The CORS headers a stubbed answer carries, so a page may read a stub of another origin's API as it
 * reads that API (which, for the page to work at all, allows the page's origin): the page's origin is
 * allowed, with credentials; a preflight is answered for exactly what it asks. For a request of the
 * page's own origin the browser checks none of them, so they change nothing there.
 *
 * Chromium's paused request does not show the Origin header yet (the network stack adds it later):
 * the page's origin is read from the Referer, which by default names it; with no Referer (a page's
 * no-referrer policy) any origin is allowed, without credentials.
 */
import type { RequestStub } from '../driver';

/** Whether `requestUrl` is one `stubUrl` matches, by the rule of network-stubs.ts's urlPatternOf: scheme, host and path alike; a stub without a query matches any. */
export function stubMatches(stubUrl: string, requestUrl: string): boolean {
  const stub = new URL(stubUrl);
  const request = new URL(requestUrl);
  if (stub.protocol !== request.protocol || stub.host !== request.host || stub.pathname !== request.pathname) return false;
  return stub.search === '' || stub.search === request.search;
}

/** Of the stubs that match `requestUrl`, the one that answers it: a stub written with a query string before one without. */
export function answeringStub<T>(stubs: Iterable<T>, urlOf: (stub: T) => string, requestUrl: string): T | null {
  let found: T | null = null;
  for (const stub of stubs) {
    const stubUrl = urlOf(stub);
    if (!stubMatches(stubUrl, requestUrl)) continue;
    if (new URL(stubUrl).search) return stub;
    found ??= stub;
  }
  return found;
}

export interface StubbedRequestFacts {
  readonly method: string;
  /** Names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
}

/** A CORS preflight: the browser asks whether it may send the real request, which the stub answers. */
export function isPreflight(request: StubbedRequestFacts): boolean {
  return request.method === 'OPTIONS' && 'access-control-request-method' in request.headers;
}

function pageOrigin(request: StubbedRequestFacts): string | null {
  if (request.headers.origin) return request.headers.origin;
  try {
    const origin = new URL(request.headers.referer ?? '').origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** The headers that let the requesting page read the answer. */
export function corsHeaders(request: StubbedRequestFacts): Record<string, string> {
  const origin = pageOrigin(request);
  const headers: Record<string, string> = origin
    ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' }
    : { 'access-control-allow-origin': '*' };
  if (!isPreflight(request)) return headers;
  headers['access-control-allow-methods'] = request.headers['access-control-request-method'];
  const asked = request.headers['access-control-request-headers'];
  if (asked) headers['access-control-allow-headers'] = asked;
  return headers;
}

type StubAnswer = NonNullable<RequestStub['answer']>;

/** What a preflight for a stubbed answer gets: the stub allows the real request (corsHeaders adds the rest). */
const PREFLIGHT_ANSWER: StubAnswer = { status: 204, headers: {}, body: '' };

/**
 * When a paused request that a stub matches is let go, on either route (DevTools or BiDi): a
 * preflight at once, allowed by the stub when it answers, else on to the server (the delay is the
 * real request's: held twice, a cross-origin request would wait twice as long), the rest after the
 * stub's delay, with the stub's answer or none (`respond(null)`: on to the server). `timers` holds
 * the pending delays, which a reset clears.
 */
export function releaseStubbed(stub: RequestStub, facts: StubbedRequestFacts, timers: Set<NodeJS.Timeout>, respond: (answer: StubAnswer | null) => void): void {
  if (isPreflight(facts)) return respond(stub.answer ? PREFLIGHT_ANSWER : null);
  const release = () => respond(stub.answer ?? null);
  if (!stub.delayMs) return release();
  const timer = setTimeout(() => {
    timers.delete(timer);
    release();
  }, stub.delayMs);
  timers.add(timer);
}
