/**
 * Request headers and basic-auth credentials in the browser, each bound to one origin as in the
 * HTTP driver (a redirect or link to another origin never carries them). Requests of the window are
 * paused through the DevTools Fetch domain and continued with the headers of their origin; the
 * credentials are sent up front as an Authorization header, as the HTTP driver does. Interception
 * starts with the first header or credentials of a scenario and stops at reset.
 *
 * Not WebDriver BiDi's interception (network.addIntercept + continueRequest with headers), though
 * Firefox speaks it: measured with Chromium/chromedriver 156, a navigation paused that way is continued
 * only after `get` has met its page-load timeout, as chromedriver runs BiDi commands on the thread of
 * the classic navigation (network-stubs.ts uses BiDi for what page scripts request, where it works).
 */
import type { WebDriver } from 'selenium-webdriver';
import { UnsupportedDriverActionError } from '../driver';
import { OriginHeaders } from '../origin-headers';
import { DevToolsSocket, devToolsUrl } from './devtools-socket';

const NO_DEVTOOLS =
  "needs Chromium's DevTools (Chrome or Chromium, locally or through Selenium 4), and this browser session has none. " +
  'Use BROWSER=chrome, or set it in an untagged scenario (HTTP driver)';

interface PausedRequest {
  requestId: string;
  request: { url: string; headers: Record<string, string> };
}

export class RequestChanges {
  private readonly rules = new OriginHeaders();
  private socket: DevToolsSocket | null = null;

  constructor(
    private readonly webDriver: () => WebDriver,
    private readonly browser: string,
  ) {}

  get available(): boolean {
    return this.browser === 'chrome';
  }

  async setHeader(name: string, value: string, forUrl: string): Promise<void> {
    await this.intercept(`setting the request header "${name}"`);
    this.rules.setHeader(name, value, forUrl);
  }

  async setBasicAuth(credentials: { user: string; password: string } | null, forUrl: string): Promise<void> {
    if (credentials === null && !this.socket) return;
    await this.intercept('basic authentication');
    this.rules.setBasicAuth(credentials, forUrl);
  }

  /** The headers and credentials set for the origin of `url` (names lower-cased), for a request sent without the browser. */
  headersFor(url: string): Record<string, string> {
    return this.rules.forUrl(url);
  }

  /** Forget every header and credential and stop pausing requests. */
  async clear(): Promise<void> {
    this.rules.clear();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      await socket.send('Fetch.disable').catch(() => undefined);
      socket.close();
    }
  }

  private async intercept(what: string): Promise<void> {
    if (this.socket) return;
    const url = this.available ? await devToolsUrl(this.webDriver()).catch(() => null) : null;
    if (!url) throw new UnsupportedDriverActionError(`${what} in the browser ${NO_DEVTOOLS}`);
    const socket = await DevToolsSocket.open(url, await this.webDriver().getWindowHandle());
    socket.on('Fetch.requestPaused', (params) => void this.continueRequest(socket, params as unknown as PausedRequest));
    // Credentials go up front; a challenge that still comes (wrong or no credentials for that origin) is
    // cancelled, so the page shows the server's 401 response as over HTTP instead of a login prompt.
    socket.on('Fetch.authRequired', (params) => {
      const { requestId } = params as { requestId: string };
      void socket.send('Fetch.continueWithAuth', { requestId, authChallengeResponse: { response: 'CancelAuth' } }).catch(() => undefined);
    });
    await socket.send('Fetch.enable', { patterns: [{ urlPattern: '*', requestStage: 'Request' }], handleAuthRequests: true });
    this.socket = socket;
  }

  private async continueRequest(socket: DevToolsSocket, paused: PausedRequest): Promise<void> {
    const added = /^https?:/.test(paused.request.url) ? this.rules.forUrl(paused.request.url) : {};
    if (Object.keys(added).length === 0) {
      await socket.send('Fetch.continueRequest', { requestId: paused.requestId }).catch(() => undefined);
      return;
    }
    const headers = new Map<string, { name: string; value: string }>();
    for (const [name, value] of Object.entries(paused.request.headers)) headers.set(name.toLowerCase(), { name, value });
    for (const [name, value] of Object.entries(added)) headers.set(name, { name, value });
    await socket.send('Fetch.continueRequest', { requestId: paused.requestId, headers: [...headers.values()] }).catch(() => undefined);
  }
}
