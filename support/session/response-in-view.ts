/**
 * Which response the response steps (status, headers, body, JSON) read: the newest of the page's
 * and the last API request's. Over HTTP an API request's response becomes the page, so there is only
 * one; in a browser the page stays, and the API response is the newest until the driver is asked to
 * do anything that may change the page (a visit, a click, a key press, a script, a drag, a reset …).
 *
 * The rule lives here once: the Session's driver is watched, and every operation not known to leave
 * the page as it is counts as a change, so an operation added later can never leave a stale answer.
 */
import { browserOperationsOf, type BrowserOperations, type Driver, type DriverResponse } from '../drivers/driver';

/** Driver operations that read, or change only what the next request sends: the page stays. */
const DRIVER_OPERATIONS_LEAVING_THE_PAGE: ReadonlySet<keyof Driver> = new Set<keyof Driver>([
  'isStarted', 'currentUrl', 'statusCode', 'responseHeaders', 'content', 'pageText',
  'findAll', 'namedCandidates', 'closedShadowRoots', 'tagName', 'text', 'html', 'attribute', 'value', 'controlFacts',
  'isChecked', 'radioGroup', 'isVisible',
  'setRequestHeader', 'setBasicAuth', 'setCookie', 'getCookie', 'saveState', 'downloads',
]);

const BROWSER_OPERATIONS_LEAVING_THE_PAGE: ReadonlySet<keyof BrowserOperations> = new Set<keyof BrowserOperations>([
  'evaluateScript', 'screenshot', 'dialogText', 'situation', 'resizeWindow',
]);

export class ResponseInView {
  private apiResponse: DriverResponse | null = null;

  /** An API request was answered: in a browser its response is now the newest (over HTTP it is the page: null). */
  apiAnswered(response: DriverResponse | null): void {
    this.apiResponse = response;
  }

  pageMayHaveChanged(): void {
    this.apiResponse = null;
  }

  /** The API response while it is the newest; null when the page's own response is. */
  newestApiResponse(): DriverResponse | null {
    return this.apiResponse;
  }

  /** The driver as the Session uses it: the same operations, each page-changing one noted first. */
  watch<D extends Driver>(driver: D): D {
    const browser = browserOperationsOf(driver);
    const replaced = browser ? { browser: this.watchOperations(browser, BROWSER_OPERATIONS_LEAVING_THE_PAGE, {}) } : {};
    return this.watchOperations(driver, DRIVER_OPERATIONS_LEAVING_THE_PAGE, replaced);
  }

  private watchOperations<T extends object>(operations: T, leavingThePage: ReadonlySet<PropertyKey>, replaced: Record<string, unknown>): T {
    // One function per method, made on its first use and kept while the driver's method stays the same:
    // a step reads several methods, and a new bound function or closure on every read was measurable.
    const made = new Map<PropertyKey, { method: (...args: unknown[]) => unknown; watched: unknown }>();
    return new Proxy(operations, {
      get: (target, property) => {
        if (typeof property === 'string' && property in replaced) return replaced[property];
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        const known = made.get(property);
        if (known !== undefined && known.method === value) return known.watched;
        // Bound to the real object, so the driver's calls to its own methods are not watched again.
        const watched = leavingThePage.has(property)
          ? value.bind(target)
          : (...args: unknown[]) => {
              this.pageMayHaveChanged();
              return value.apply(target, args);
            };
        made.set(property, { method: value as (...args: unknown[]) => unknown, watched });
        return watched;
      },
    });
  }
}
