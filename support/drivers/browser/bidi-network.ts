/**
 * What classic WebDriver cannot see, read from WebDriver BiDi network events: the response of the
 * last top-level navigation of each window, and every origin the browser talked to (so reset can
 * clear their storage).
 *
 * A page the browser shows from a revalidated cache entry reports the status of the page it shows,
 * 200: the server's 304 only confirmed the copy the browser kept, as the HTTP driver, which keeps no
 * cache, sees for the same visit. The headers are already the kept ones, updated by the 304's.
 *
 * Request interception (network.addIntercept) is deliberately not used here: chromedriver forwards BiDi
 * commands on the same thread that runs a classic navigation, so a blocked request can never be
 * continued while `get` or a navigating click waits for it (a deadlock until the page-load timeout).
 * Only the request stubs of a browser without DevTools (network-stubs.ts) intercept, and only their own URLs.
 */
import type { WebDriver } from 'selenium-webdriver';
import type { ExchangeLog } from '../exchange-log';
import { BidiExchangeRecorder, type BidiExchangeEvent } from './bidi-exchanges';

/** Why a browser session without BiDi cannot tell a status or headers. */
export const NO_BIDI =
  'this browser endpoint did not grant a WebDriver BiDi connection (capability webSocketUrl), and classic ' +
  'WebDriver cannot see HTTP traffic. Use chromedriver or Selenium 4 with a BiDi-capable browser, or check it in an ' +
  'untagged scenario (HTTP driver)';

interface BidiHeader {
  name: string;
  value: { type: string; value: string };
}

interface NetworkEventParams extends BidiExchangeEvent {
  context: string | null;
  navigation: string | null;
  request: { request: string; url: string; method?: string };
  response?: { url: string; status: number; headers: BidiHeader[] };
}

/** The part of selenium-webdriver's BiDi connection we use (an EventEmitter keyed by event name). */
interface BidiConnection {
  subscribe(events: string[]): Promise<void>;
  on(event: string, listener: (params: NetworkEventParams) => void): unknown;
  send(command: { method: string; params: Record<string, unknown> }): Promise<BidiAnswer>;
  close(): unknown;
}

/** A command's answer: `type` is 'error' (with `error` and `message`) when it failed. */
interface BidiAnswer {
  type?: string;
  error?: string;
  message?: string;
}

interface NavigationResponse {
  url: string;
  status: number;
  headers: Record<string, string[]>;
  /** Order of arrival, so a reload's response can be told from the previous one of the same URL. */
  sequence: number;
}

function headerMap(headers: BidiHeader[]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const header of headers) {
    const name = header.name.toLowerCase();
    (map[name] ??= []).push(header.value.value);
  }
  return map;
}

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** A URL as the browser writes it (percent-encoded), without its fragment. */
function comparable(url: string): string {
  try {
    return withoutFragment(new URL(url).href);
  } catch {
    return withoutFragment(url);
  }
}

/** A revalidation's answer: the browser shows the copy it kept, a 200 (Chromium revalidates no page of another status). */
const NOT_MODIFIED = 304;
const STORED_PAGE = 200;

/** Enough history to find the current document's response among redirect hops and frame loads. */
const RESPONSES_KEPT = 20;

/** A top-level navigation's request or response, in order of arrival (redirect hops keep the navigation id). */
interface NavigationEvent {
  kind: 'request' | 'response';
  navigation: string;
  url: string;
  sequence: number;
}

export class BidiNetwork {
  private readonly navigations = new Map<string, NavigationResponse[]>();
  private readonly navigationEvents = new Map<string, NavigationEvent[]>();
  private readonly origins = new Set<string>();
  private sequence = 0;
  private events = 0;
  /** Whether bypassHttpCache() worked; null until it is asked. */
  private cacheBypass: boolean | null = null;

  private constructor(
    private readonly bidi: BidiConnection,
    private readonly exchanges: BidiExchangeRecorder,
  ) {}

  /** `null` when the endpoint did not grant a BiDi connection. `log` gets every request the browser sends. */
  static async attach(webDriver: WebDriver, log: ExchangeLog): Promise<BidiNetwork | null> {
    const capabilities = await webDriver.getCapabilities();
    if (typeof capabilities.get('webSocketUrl') !== 'string') return null;
    const bidi = (await webDriver.getBidi()) as unknown as BidiConnection;
    const network = new BidiNetwork(bidi, new BidiExchangeRecorder(log));
    bidi.on('network.beforeRequestSent', (params) => network.onRequest(params));
    bidi.on('network.responseCompleted', (params) => network.onResponse(params));
    // A 401 with a Basic challenge ends in this event instead of responseCompleted.
    bidi.on('network.authRequired', (params) => network.onResponse(params));
    bidi.on('network.fetchError', (params) => network.exchanges.onFailure(params));
    await bidi.subscribe(['network.beforeRequestSent', 'network.responseCompleted', 'network.authRequired', 'network.fetchError']);
    return network;
  }

  /**
   * The response that produced the document at `currentUrl` in the browsing context `context`: the
   * newest navigation response for that URL. Matching the URL, not just taking the newest event,
   * keeps a late event of a frame or of the previous page from being taken for the current one.
   */
  navigationResponse(context: string, currentUrl: string, after = 0): NavigationResponse | null {
    const wanted = withoutFragment(currentUrl);
    const responses = this.navigations.get(context) ?? [];
    for (let i = responses.length - 1; i >= 0; i--) {
      if (responses[i].sequence <= after) break;
      if (withoutFragment(responses[i].url) === wanted) return responses[i];
    }
    return null;
  }

  /** A mark to pass to `replacedNavigation` before starting a navigation. */
  navigationMark(): number {
    return this.events;
  }

  /**
   * Whether the navigation to `url` started in `context` after `mark` was replaced, before any
   * response of its own, by another navigation: a form a click submitted a moment before, whose
   * request left only after the new navigation began, cancels it and loads its own page instead.
   */
  replacedNavigation(context: string, url: string, mark: number): boolean {
    const wanted = comparable(url);
    const events = (this.navigationEvents.get(context) ?? []).filter((event) => event.sequence > mark);
    const ours = events.find((event) => event.kind === 'request' && comparable(event.url) === wanted);
    if (!ours) return false;
    for (const event of events.slice(events.indexOf(ours) + 1)) {
      if (event.navigation === ours.navigation) {
        if (event.kind === 'response') return false;
      } else if (event.kind === 'request') {
        return true;
      }
    }
    return false;
  }

  /** The sequence number of the newest response seen so far. */
  lastSequence(): number {
    return this.sequence;
  }

  visitedOrigins(): string[] {
    return [...this.origins];
  }

  noteOrigin(url: string): void {
    const origin = originOf(url);
    if (origin && origin.startsWith('http')) this.origins.add(origin);
  }

  /**
   * For a browser whose HTTP cache no command clears (no DevTools): from now on it neither reads nor
   * fills it, so nothing cached is carried into the next scenario. Said once when the endpoint refuses.
   */
  async bypassHttpCache(): Promise<void> {
    if (this.cacheBypass !== null) return;
    const answer = await this.bidi.send({ method: 'network.setCacheBehavior', params: { cacheBehavior: 'bypass' } }).catch((error: Error): BidiAnswer => ({ type: 'error', message: error.message }));
    this.cacheBypass = answer.type !== 'error';
    if (!this.cacheBypass) {
      process.stderr.write(
        `cucumber-mink: this browser can neither clear its HTTP cache nor bypass it (network.setCacheBehavior: ${answer.message ?? answer.error}): ` +
          'a page cached in one scenario may be revalidated in the next\n',
      );
    }
  }

  /** The browser is ending: its connection is closed first (now, before a kill), not broken. */
  close(): void {
    try {
      void Promise.resolve(this.bidi.close()).catch(() => undefined);
    } catch {
      // Closed already.
    }
  }

  /** Forget everything a scenario left behind. */
  reset(): void {
    this.navigations.clear();
    this.navigationEvents.clear();
    this.origins.clear();
    this.exchanges.reset();
  }

  private onRequest(params: NetworkEventParams): void {
    this.exchanges.onRequest(params);
    this.noteOrigin(params.request.url);
    this.noteNavigationEvent(params, 'request', params.request.url);
  }

  private noteNavigationEvent(params: NetworkEventParams, kind: NavigationEvent['kind'], url: string): void {
    if (!params.navigation || !params.context) return;
    const events = this.navigationEvents.get(params.context) ?? [];
    events.push({ kind, navigation: params.navigation, url, sequence: ++this.events });
    this.navigationEvents.set(params.context, events.slice(-RESPONSES_KEPT));
  }

  private onResponse(params: NetworkEventParams): void {
    this.exchanges.onResponse(params);
    if (!params.navigation || !params.context || !params.response) return;
    this.noteNavigationEvent(params, 'response', params.response.url);
    const { url, status } = params.response;
    const responses = this.navigations.get(params.context) ?? [];
    responses.push({ url, status: status === NOT_MODIFIED ? STORED_PAGE : status, headers: headerMap(params.response.headers), sequence: ++this.sequence });
    this.navigations.set(params.context, responses.slice(-RESPONSES_KEPT));
  }
}
