/**
 * The browser driver: Selenium WebDriver behind the Driver contract, with endpoint resolution
 * (configured Selenium, Selenium on 127.0.0.1:4444, local chromedriver) and process cleanup.
 */
import { BrowserDriver, type BrowserDriverOptions } from './browser-driver';

export { BrowserDriver, type BrowserDriverOptions } from './browser-driver';
export { resolveEndpoint, resolveEndpointOnce, describeEndpoint, type Endpoint, type EndpointRequest } from './endpoint';
export { killBrowsersNow, installBrowserCleanupHandlers } from './processes';

/** Nothing starts here: the browser is launched by `start()`, at the first scenario that needs it. */
export function createBrowserDriver(options: BrowserDriverOptions): BrowserDriver {
  return new BrowserDriver(options);
}
