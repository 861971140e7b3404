/**
 * A browser that died under a run (chromedriver or Chromium killed, out of memory, a Selenium node
 * gone): recognised by its driver process or by the errors WebDriver then gives, so the next
 * scenario gets a fresh browser instead of failing on the dead one.
 */
import { error as seleniumError } from 'selenium-webdriver';

const LOST_CONNECTION = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE']);
const LOST_BROWSER = /not reachable|session deleted|browser has closed the connection|disconnected:/i;

/** The first line of what WebDriver said, when `caught` means the session is gone; else `null`. */
export function lostSessionDetail(caught: unknown): string | null {
  if (!(caught instanceof Error)) return null;
  // selenium-webdriver's HTTP client keeps only the message, which starts with the system error code.
  const code = (caught as NodeJS.ErrnoException).code ?? /^E[A-Z]+/.exec(caught.message)?.[0];
  if (code && LOST_CONNECTION.has(code)) return caught.message.split('\n')[0];
  if (caught instanceof seleniumError.NoSuchSessionError || LOST_BROWSER.test(caught.message)) {
    return caught.message.split('\n')[0];
  }
  return null;
}
