/**
 * The one DevTools Fetch interception of a Chromium window, shared by request headers and basic auth
 * (request-changes.ts) and request stubs (network-stubs.ts): a paused request is continued with its
 * origin's headers, answered by its stub (Fetch.fulfillRequest), or held for the stub's delay first.
 * It talks to the browser over its own DevTools connection (devtools-socket.ts), so a request that a
 * classic navigation, navigating click or awaited script waits for is answered while chromedriver is
 * busy with that command (WebDriver BiDi's interception is not: see network-stubs.ts).
 *
 * Which requests are paused: every one while a header or credentials are set (a redirect may lead
 * anywhere, and an auth challenge of any origin is cancelled as over HTTP); with stubs only, just the
 * stubbed URLs, so the other requests of the page are never held. Everything ends at reset.
 *
 * Which windows: all of them, popups opened later too, and their frames of other sites (each a target
 * of its own in Chromium): the connection attaches to each page as it appears, held before its first
 * request until its interception is on (Target.setAutoAttach with waitForDebuggerOnStart), as BiDi's
 * interception covers every window.
 */
import type { WebDriver } from 'selenium-webdriver';
import type { RequestStub } from '../driver';
import { OriginHeaders } from '../origin-headers';
import { DevToolsSocket, devToolsUrl } from './devtools-socket';
import { answeringStub, corsHeaders, releaseStubbed, type StubbedRequestFacts } from './stub-rules';

interface PausedRequest {
  requestId: string;
  request: { url: string; method?: string; headers: Record<string, string> };
}

/** One attached target (window or frame) of the connection. */
interface Target {
  readonly socket: DevToolsSocket;
  readonly sessionId: string;
}

interface FetchPattern {
  urlPattern: string;
  requestStage: 'Request';
}

/** Fetch patterns take `*` and `?` as wildcards and `\` as their escape. */
function escapePattern(url: string): string {
  return url.replace(/[\\*?]/g, (character) => `\\${character}`);
}

/** The Fetch patterns of a stub's URL: that URL, and with any query string when the stub has none (as stubMatches). */
export function fetchPatternsOf(stubUrl: string): string[] {
  const parsed = new URL(stubUrl);
  const withoutQuery = escapePattern(`${parsed.origin}${parsed.pathname}`);
  return parsed.search ? [escapePattern(`${parsed.origin}${parsed.pathname}${parsed.search}`)] : [withoutQuery, `${withoutQuery}\\?*`];
}

/** The stub that answers `url` (stub-rules.ts's answeringStub, as on the BiDi route). */
function stubFor(stubs: ReadonlyMap<string, RequestStub>, url: string): RequestStub | null {
  return answeringStub(stubs.entries(), ([stubUrl]) => stubUrl, url)?.[1] ?? null;
}

function factsOf(paused: PausedRequest): StubbedRequestFacts {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(paused.request.headers)) headers[name.toLowerCase()] = value;
  return { method: (paused.request.method ?? 'GET').toUpperCase(), headers };
}

export class DevToolsFetch {
  readonly headers = new OriginHeaders();
  private readonly stubs = new Map<string, RequestStub>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Whether every request is paused (headers or credentials set), not only the stubbed URLs. */
  private everyRequest = false;
  private socket: DevToolsSocket | null = null;
  /** The attached windows and frames, each with its own Fetch interception. */
  private readonly targets = new Map<string, Target>();

  constructor(
    private readonly webDriver: () => WebDriver,
    private readonly browser: string,
  ) {}

  /** Whether the browser may have DevTools (Chromium, Chrome); a session may still offer none (see connect). */
  get available(): boolean {
    return this.browser === 'chrome';
  }

  /**
   * Start pausing every request (for headers and credentials). `false` when this browser session has
   * no DevTools connection to offer.
   */
  async pauseEveryRequest(): Promise<boolean> {
    if (!(await this.connect())) return false;
    if (!this.everyRequest) {
      this.everyRequest = true;
      await this.enable();
    }
    return true;
  }

  /** Add to the stub of `url` and pause its requests. `false` when this browser session has no DevTools connection. */
  async stub(url: string, change: RequestStub): Promise<boolean> {
    if (!(await this.connect())) return false;
    const existing = this.stubs.get(url);
    this.stubs.set(url, { ...existing, ...change });
    if (!existing) await this.enable();
    return true;
  }

  /** The stubbed URL that matches `url`, if any. */
  stubbedUrlOf(url: string): string | null {
    return answeringStub(this.stubs.keys(), (stubUrl) => stubUrl, url);
  }

  /** Forget every header, credential and stub, and stop pausing requests. */
  async clear(): Promise<void> {
    this.headers.clear();
    this.stubs.clear();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.everyRequest = false;
    const socket = this.socket;
    const targets = [...this.targets.values()];
    this.socket = null;
    this.targets.clear();
    if (socket) {
      await Promise.all(targets.map((target) => target.socket.send('Fetch.disable', {}, target.sessionId).catch(() => undefined)));
      socket.close();
    }
  }

  private async connect(): Promise<boolean> {
    if (this.socket) return true;
    const url = this.available ? await devToolsUrl(this.webDriver()).catch(() => null) : null;
    if (!url) return false;
    const socket = await DevToolsSocket.connect(url);
    /** The windows there are when connecting, attached before the first stub or header is set. */
    let attaching: Array<Promise<void>> | null = [];
    socket.on('Fetch.requestPaused', (params, sessionId) => {
      const target = this.targets.get(sessionId ?? '');
      if (target) this.onPaused(target, params as unknown as PausedRequest);
    });
    // Credentials go up front; a challenge that still comes (wrong or no credentials for that origin) is
    // cancelled, so the page shows the server's 401 response as over HTTP instead of a login prompt.
    socket.on('Fetch.authRequired', (params, sessionId) => {
      const { requestId } = params as { requestId: string };
      void socket.send('Fetch.continueWithAuth', { requestId, authChallengeResponse: { response: 'CancelAuth' } }, sessionId).catch(() => undefined);
    });
    socket.on('Target.attachedToTarget', (params) => {
      const { sessionId, waitingForDebugger } = params as { sessionId: string; waitingForDebugger: boolean };
      const attached = this.attach({ socket, sessionId }, waitingForDebugger);
      attaching?.push(attached);
    });
    socket.on('Target.detachedFromTarget', (params) => void this.targets.delete((params as { sessionId: string }).sessionId));
    this.socket = socket;
    try {
      // Every window there is is attached before this answers; a new one later, held until attached.
      await socket.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter: [{ type: 'page', exclude: false }] });
      await Promise.all(attaching);
    } catch (error) {
      // A half-made connection would stay unused: the next stub or header tries afresh.
      this.socket = null;
      this.targets.clear();
      socket.close();
      throw error;
    }
    attaching = null;
    return true;
  }

  /** Intercept in a window or frame, then attach its frames of other sites likewise, then let it run. */
  private async attach(target: Target, waiting: boolean): Promise<void> {
    if (this.socket !== target.socket) return;
    this.targets.set(target.sessionId, target);
    try {
      await this.enableIn(target).catch(() => undefined);
      await target.socket.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, target.sessionId).catch(() => undefined);
    } finally {
      if (waiting) await target.socket.send('Runtime.runIfWaitingForDebugger', {}, target.sessionId).catch(() => undefined);
    }
  }

  /** (Re)enables Fetch with the patterns of now everywhere: a second Fetch.enable in a target replaces the first's. */
  private async enable(): Promise<void> {
    await Promise.all([...this.targets.values()].map((target) => this.enableIn(target)));
  }

  private async enableIn(target: Target): Promise<void> {
    const patterns: FetchPattern[] = this.everyRequest
      ? [{ urlPattern: '*', requestStage: 'Request' }]
      : [...this.stubs.keys()].flatMap(fetchPatternsOf).map((urlPattern) => ({ urlPattern, requestStage: 'Request' as const }));
    // Nothing to pause yet (the connection is just made): a target enables with the first stub or header.
    if (patterns.length === 0) return;
    await target.socket.send('Fetch.enable', { patterns, handleAuthRequests: this.everyRequest }, target.sessionId);
  }

  private onPaused(target: Target, paused: PausedRequest): void {
    const url = paused.request.url;
    const stub = /^https?:/.test(url) ? stubFor(this.stubs, url) : null;
    if (!stub) return void this.continueRequest(target, paused);
    const facts = factsOf(paused);
    releaseStubbed(stub, facts, this.timers, (answer) => void (answer ? this.fulfil(target, paused.requestId, answer, facts) : this.continueRequest(target, paused)));
  }

  private async fulfil(target: Target, requestId: string, answer: NonNullable<RequestStub['answer']>, facts: StubbedRequestFacts): Promise<void> {
    const responseHeaders = Object.entries({ ...corsHeaders(facts), ...answer.headers }).map(([name, value]) => ({ name, value }));
    const body = Buffer.from(answer.body, 'utf8').toString('base64');
    // The page may have gone meanwhile (reset, another visit): then the request is no more.
    await target.socket.send('Fetch.fulfillRequest', { requestId, responseCode: answer.status, responseHeaders, body }, target.sessionId).catch(() => undefined);
  }

  private async continueRequest(target: Target, paused: PausedRequest): Promise<void> {
    const added = /^https?:/.test(paused.request.url) ? this.headers.forUrl(paused.request.url) : {};
    if (Object.keys(added).length === 0) {
      await target.socket.send('Fetch.continueRequest', { requestId: paused.requestId }, target.sessionId).catch(() => undefined);
      return;
    }
    const headers = new Map<string, { name: string; value: string }>();
    for (const [name, value] of Object.entries(paused.request.headers)) headers.set(name.toLowerCase(), { name, value });
    for (const [name, value] of Object.entries(added)) headers.set(name, { name, value });
    await target.socket.send('Fetch.continueRequest', { requestId: paused.requestId, headers: [...headers.values()] }, target.sessionId).catch(() => undefined);
  }
}
