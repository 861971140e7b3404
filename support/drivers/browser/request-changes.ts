/**
 * Request headers and basic-auth credentials in the browser, each bound to one origin as in the
 * HTTP driver (a redirect or link to another origin never carries them). Requests of every window are
 * paused through the DevTools Fetch domain and continued with the headers of their origin; the
 * credentials are sent up front as an Authorization header, as the HTTP driver does. Interception
 * starts with the first header or credentials of a scenario and stops at reset.
 *
 * Not WebDriver BiDi's interception (network.addIntercept + continueRequest with headers), though
 * Firefox speaks it: measured with Chromium/chromedriver 156, a navigation paused that way is continued
 * only after `get` has met its page-load timeout, as chromedriver runs BiDi commands on the thread of
 * the classic navigation. The interception itself is devtools-fetch.ts, shared with the request stubs.
 */
import { UnsupportedDriverActionError } from '../driver';
import type { DevToolsFetch } from './devtools-fetch';

const NO_DEVTOOLS =
  "needs Chromium's DevTools (Chrome or Chromium, locally or through Selenium 4), and this browser session has none. " +
  'Use BROWSER=chrome, or set it in an untagged scenario (HTTP driver)';

export class RequestChanges {
  /** The window's one Fetch interception, shared with the request stubs. */
  constructor(private readonly interception: DevToolsFetch) {}

  get available(): boolean {
    return this.interception.available;
  }

  async setHeader(name: string, value: string, forUrl: string): Promise<void> {
    await this.intercept(`setting the request header "${name}"`);
    this.interception.headers.setHeader(name, value, forUrl);
  }

  async setBasicAuth(credentials: { user: string; password: string } | null, forUrl: string): Promise<void> {
    if (credentials === null && Object.keys(this.interception.headers.forUrl(forUrl)).length === 0) return;
    await this.intercept('basic authentication');
    this.interception.headers.setBasicAuth(credentials, forUrl);
  }

  /** The headers and credentials set for the origin of `url` (names lower-cased), for a request sent without the browser. */
  headersFor(url: string): Record<string, string> {
    return this.interception.headers.forUrl(url);
  }

  private async intercept(what: string): Promise<void> {
    if (!(await this.interception.pauseEveryRequest())) throw new UnsupportedDriverActionError(`${what} in the browser ${NO_DEVTOOLS}`);
  }
}
