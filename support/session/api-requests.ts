/**
 * The requests a scenario sends itself (behatch's RestContext) and which response the response steps
 * then read. Apart from the Session because it keeps state of its own for the scenario (the headers
 * every API request carries, the API response in view); the encoding of one request is api-request.ts,
 * the rule for which response is in view response-in-view.ts.
 */
import type { Driver, DriverResponse } from '../drivers/driver';
import { encodeApiRequest, type ApiRequest } from './api-request';
import { ResponseInView } from './response-in-view';

/** What the Session lends: its driver (the watched one), started on demand, its rule for paths and its wait. */
export interface ApiRequestHost {
  readonly driver: Driver;
  ensureStarted(): Promise<void>;
  locatePath(page: string): string;
  synchronize<T>(attempt: () => Promise<T>): Promise<T>;
}

export class ApiRequests {
  private readonly responses = new ResponseInView();
  /** Headers for every API request of the scenario (behatch's "I add … header equal to …"). */
  private readonly headers = new Map<string, string>();

  constructor(private readonly host: ApiRequestHost) {}

  /** The driver, watched: whether the page may have changed since the last API response. */
  watch(driver: Driver): Driver {
    return this.responses.watch(driver);
  }

  /** Forget the scenario's headers and its API response. */
  forget(): void {
    this.responses.pageMayHaveChanged();
    this.headers.clear();
  }

  /** A header for every later API request of this scenario; an empty value removes it. */
  setHeader(name: string, value: string): void {
    if (value === '') this.headers.delete(name.toLowerCase());
    else this.headers.set(name.toLowerCase(), value);
  }

  /**
   * Send a request from the scenario with the session's cookies for its origin. Over HTTP the
   * response becomes the current page; in a browser the page stays and the response steps (status,
   * headers, JSON, "the response should contain") read this response until the next page change.
   */
  async send(request: ApiRequest): Promise<void> {
    const { method, headers, body } = encodeApiRequest(request, this.headers);
    await this.host.ensureStarted();
    this.responses.apiAnswered(await this.host.driver.request({ method, url: this.host.locatePath(request.path), headers, body }));
  }

  /**
   * Status of the last response: an API request's in a browser session, else the page's (waited
   * for: a browser may report the page's response a moment after the page itself).
   */
  statusCode(): Promise<number> {
    const api = this.responses.newestApiResponse();
    return api ? Promise.resolve(api.status) : this.host.synchronize(() => this.host.driver.statusCode());
  }

  responseHeaders(): Promise<Record<string, string[]>> {
    const api = this.responses.newestApiResponse();
    return api ? Promise.resolve(api.headers) : this.host.synchronize(() => this.host.driver.responseHeaders());
  }

  /** The API request's response the response steps read in a browser session; `null` when they read the page. */
  responseInView(): DriverResponse | null {
    return this.responses.newestApiResponse();
  }

  /** The body of the last response: an API request's in a browser session, else the page's content. */
  responseContent(): Promise<string> {
    const api = this.responses.newestApiResponse();
    return api ? Promise.resolve(api.body) : this.host.driver.content();
  }
}
