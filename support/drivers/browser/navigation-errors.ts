/**
 * Navigations the browser could not complete. chromedriver reports some as `net::ERR_…`; for
 * others (an empty response, a reset connection) `get` succeeds on Chromium's own error page while
 * WebDriver still reports the requested URL. Both become one message saying what failed.
 */
import { maskUrlCredentials } from '../../config/mask';
import type { WebDriver } from 'selenium-webdriver';
import { DriverError } from '../driver';
import { translateError } from './element';

const NET_ERRORS: Record<string, string> = {
  ERR_CONNECTION_REFUSED: 'connection refused',
  ERR_EMPTY_RESPONSE: 'the server closed the connection without answering',
  ERR_CONNECTION_RESET: 'the connection was reset',
  ERR_CONNECTION_CLOSED: 'the connection was closed',
  ERR_NAME_NOT_RESOLVED: 'host name not found',
  ERR_ADDRESS_UNREACHABLE: 'address unreachable',
  ERR_CONNECTION_TIMED_OUT: 'the connection timed out',
  ERR_TIMED_OUT: 'the request timed out',
};

/** Run in the page after a navigation: the error code when it is the browser's own error page, else null. */
export const ERROR_PAGE_CODE = `
  if (location.protocol !== 'chrome-error:' && location.href.indexOf('about:neterror') !== 0) return null;
  var code = document.querySelector('.error-code');
  return code && code.textContent ? code.textContent.trim() : 'unknown network error';
`;

/** The `net::ERR_…` code in a WebDriver error message, if any. */
export function netErrorIn(message: string): string | null {
  return /net::(ERR_[A-Z_]+)/.exec(message)?.[1] ?? null;
}

export function navigationFailed(url: string, code: string): DriverError {
  const bare = code.replace(/^net::/, '');
  const words = NET_ERRORS[bare];
  const what = words ? `${words} (net::${bare})` : bare.startsWith('ERR_') ? `net::${bare}` : bare;
  return new DriverError(`cannot visit ${maskUrlCredentials(url)}: the browser could not load it: ${what}`);
}

/** WebDriver's `get`, its failure said as one of these messages (or as any other WebDriver failure). */
export async function navigateTo(webDriver: WebDriver, url: string): Promise<void> {
  try {
    await webDriver.get(url);
  } catch (caught) {
    const code = caught instanceof Error ? netErrorIn(caught.message) : null;
    throw code ? navigationFailed(url, code) : translateError(caught, `visit ${maskUrlCredentials(url)}`);
  }
}
