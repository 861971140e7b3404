/**
 * Stubbed network answers in the browser. With Chromium's DevTools (Chrome or Chromium, locally or
 * through Selenium 4) a stub goes to the window's one DevTools Fetch interception (devtools-fetch.ts),
 * shared with the request headers, which answers navigations too: a visit, link or form to a stubbed
 * URL and the scenario's own request to one get the stub's answer.
 *
 * Otherwise (Firefox) through WebDriver BiDi's request interception, which geckodriver speaks: each
 * stubbed URL gets its own `network.addIntercept`, limited to that URL, so no other request is ever
 * paused. A paused request is answered by `network.provideResponse`, or held for the stub's delay and
 * then answered or let through (`network.continueRequest`). Every intercept is removed at reset.
 *
 * Why not BiDi everywhere, measured with Chromium/chromedriver 156: a request a page's script sends
 * (fetch, XHR) is answered at once, but chromedriver runs BiDi commands on the thread that runs a
 * classic `get` or navigating click, so the answer to a paused navigation is read only when the
 * page-load timeout has ended the navigation ("Invalid InterceptionId"); the same holds for a fetch an
 * `executeScript` awaits (until the script timeout). So on the BiDi route a visit to a stubbed URL,
 * and the scenario's own request to one, are refused up front, and a navigation a page makes to one
 * is said on stderr.
 */
import type { WebDriver } from 'selenium-webdriver';
import { UnsupportedDriverActionError, type RequestStub } from '../driver';
import { answeringStub, corsHeaders, releaseStubbed, type StubbedRequestFacts } from './stub-rules';
import type { DevToolsFetch } from './devtools-fetch';

interface BidiHeader {
  name: string;
  value: { type: 'string'; value: string };
}

interface BlockedRequestParams {
  isBlocked?: boolean;
  navigation: string | null;
  intercepts?: string[];
  request: { request: string; url: string; method?: string; headers?: BidiHeader[] };
}

interface BidiAnswer {
  type?: string;
  error?: string;
  message?: string;
  result?: { intercept?: string };
}

/** The part of selenium-webdriver's BiDi connection used here. */
interface BidiConnection {
  subscribe(events: string[]): Promise<void>;
  on(event: string, listener: (params: BlockedRequestParams) => void): unknown;
  send(command: { method: string; params: Record<string, unknown> }): Promise<BidiAnswer>;
}

/** A BiDi URL pattern: the parts given must match; an omitted `search` matches any query string. */
interface UrlPattern {
  type: 'pattern';
  protocol: string;
  hostname: string;
  port?: string;
  pathname: string;
  search?: string;
}

interface ActiveStub {
  readonly url: string;
  readonly intercept: string;
  stub: RequestStub;
}

const NO_BIDI =
  'needs WebDriver BiDi (capability webSocketUrl), and this browser session did not grant it. Use chromedriver, ' +
  'geckodriver or Selenium 4 with a BiDi-capable browser';

/** What a stub matches: the URL's scheme, host, port and path, and its query string only when it has one. */
export function urlPatternOf(url: string): UrlPattern {
  const parsed = new URL(url);
  const pattern: UrlPattern = { type: 'pattern', protocol: parsed.protocol.replace(/:$/, ''), hostname: parsed.hostname, pathname: parsed.pathname };
  if (parsed.port) pattern.port = parsed.port;
  if (parsed.search) pattern.search = parsed.search.slice(1);
  return pattern;
}

function headerList(headers: Readonly<Record<string, string>>): BidiHeader[] {
  return Object.entries(headers).map(([name, value]) => ({ name, value: { type: 'string', value } }));
}

function requestFacts(params: BlockedRequestParams): StubbedRequestFacts {
  const headers: Record<string, string> = {};
  for (const header of params.request.headers ?? []) headers[header.name.toLowerCase()] = header.value.value;
  return { method: (params.request.method ?? 'GET').toUpperCase(), headers };
}

export class NetworkStubs {
  private readonly active = new Map<string, ActiveStub>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** The connection our listener is on; a new browser brings a new one. */
  private listening: BidiConnection | null = null;

  constructor(
    private readonly webDriver: () => WebDriver,
    /** The window's DevTools Fetch interception, used when the browser session has DevTools. */
    private readonly interception?: DevToolsFetch,
  ) {}

  /** Add to the stub of `url` (an absolute URL): an answer replaces the previous answer, a delay the previous delay. */
  async stub(url: string, change: RequestStub): Promise<void> {
    if (!this.active.has(url) && (await this.interception?.stub(url, change))) return;
    const existing = this.active.get(url);
    if (existing) {
      existing.stub = { ...existing.stub, ...change };
      return;
    }
    const bidi = await this.connection(`stubbing the request to ${url}`);
    const answer = await bidi.send({ method: 'network.addIntercept', params: { phases: ['beforeRequestSent'], urlPatterns: [urlPatternOf(url)] } });
    const intercept = answer.result?.intercept;
    if (answer.type === 'error' || !intercept) {
      throw new UnsupportedDriverActionError(`stubbing the request to ${url}: the browser refused to intercept it (${answer.message ?? answer.error ?? 'no intercept id'})`);
    }
    this.active.set(url, { url, intercept, stub: change });
  }

  /**
   * Refuses what a stub cannot answer. On the BiDi route: what the driver itself would wait for (a
   * visit, the scenario's own request sent by the page), which chromedriver could answer only after the
   * page-load or script timeout. On the DevTools route: the scenario's own request sent from Node
   * (`byBrowser` false: no page of its origin is open), which no browser interception sees.
   */
  refuseWaitedRequest(url: string, doing: string, byBrowser = true): void {
    const stub = answeringStub(this.active.values(), (candidate) => candidate.url, url);
    if (stub) {
      throw new UnsupportedDriverActionError(
        `${doing}: the request to ${stub.url} is stubbed, and a stub answers only what a page's scripts send by themselves (fetch, XHR); ` +
          'the browser driver cannot answer a request while it waits for it. Let a page of yours request it instead',
      );
    }
    const stubbed = byBrowser ? null : this.interception?.stubbedUrlOf(url);
    if (!stubbed) return;
    throw new UnsupportedDriverActionError(
      `${doing}: the request to ${stubbed} is stubbed, but no page of ${new URL(url).origin} is open to send it, and a request sent ` +
        'without a page goes around the browser and its stubs. Visit a page of that origin first',
    );
  }

  /**
   * Remove every BiDi intercept and forget every stub; requests still held are no longer answered.
   * (The DevTools interception, shared with the request headers, is cleared by its owner, the driver.)
   */
  async clear(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    const intercepts = [...this.active.values()].map((stub) => stub.intercept);
    this.active.clear();
    const bidi = this.listening;
    if (!bidi) return;
    await Promise.all(intercepts.map((intercept) => bidi.send({ method: 'network.removeIntercept', params: { intercept } }).catch(() => undefined)));
  }

  /** Forget the connection of a browser that is gone (its intercepts went with it). */
  forget(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.active.clear();
    this.listening = null;
  }

  private async connection(what: string): Promise<BidiConnection> {
    const webDriver = this.webDriver();
    const capabilities = await webDriver.getCapabilities();
    if (typeof capabilities.get('webSocketUrl') !== 'string') throw new UnsupportedDriverActionError(`${what} ${NO_BIDI}`);
    const bidi = (await webDriver.getBidi()) as unknown as BidiConnection;
    if (this.listening !== bidi) {
      bidi.on('network.beforeRequestSent', (params) => this.onRequest(bidi, params));
      await bidi.subscribe(['network.beforeRequestSent']);
      this.listening = bidi;
    }
    return bidi;
  }

  private onRequest(bidi: BidiConnection, params: BlockedRequestParams): void {
    if (!params.isBlocked || !params.intercepts) return;
    const ours = [...this.active.values()].filter((stub) => params.intercepts?.includes(stub.intercept));
    if (ours.length === 0) return;
    // BiDi already matched them by URL pattern; which of them answers is the rule both routes share.
    const { stub } = answeringStub(ours, (candidate) => candidate.url, params.request.url) ?? ours[0];
    if (params.navigation !== null) {
      process.stderr.write(
        `cucumber-mink: a navigation to ${params.request.url} met a request stub; the browser driver cannot answer a navigation ` +
          'while it waits for it, so it ends at the page-load timeout. Stub only what a page\'s scripts request\n',
      );
    }
    const facts = requestFacts(params);
    releaseStubbed(stub, facts, this.timers, (answer) => void this.release(bidi, params.request.request, answer ? { answer } : {}, facts));
  }

  private async release(bidi: BidiConnection, request: string, stub: RequestStub, facts: StubbedRequestFacts): Promise<void> {
    const command = stub.answer
      ? {
          method: 'network.provideResponse',
          params: {
            request,
            statusCode: stub.answer.status,
            headers: headerList({ ...corsHeaders(facts), ...stub.answer.headers }),
            body: { type: 'string', value: stub.answer.body },
          },
        }
      : { method: 'network.continueRequest', params: { request } };
    // The page may have gone meanwhile (reset, another visit): then the request is no more.
    await bidi.send(command).catch(() => undefined);
  }
}
