/**
 * The one place that waits (Capybara's `synchronize`). Finders and assertions run inside it:
 * on a driver that runs JavaScript a failed attempt is retried until the deadline; on the HTTP
 * driver the page cannot change by itself, so the first answer is final.
 */
import { ExpectationError } from './errors';

/** Errors that mean "not yet": the page may still be changing. */
const TRANSIENT_WEBDRIVER_ERRORS = new Set([
  'StaleElementReferenceError',
  'ElementNotInteractableError',
  'ElementClickInterceptedError',
  'NoSuchElementError',
  'NoSuchFrameError',
  'NoSuchWindowError',
  'UnexpectedAlertOpenError',
]);

export function isRetryable(error: unknown): boolean {
  if (error instanceof ExpectationError) return error.retryable;
  if (!(error instanceof Error)) return false;
  if ((error as { retryable?: unknown }).retryable === true) return true;
  return TRANSIENT_WEBDRIVER_ERRORS.has(error.name);
}

export interface WaitPolicy {
  /** 0 means: try once. */
  timeoutMs: number;
  intervalMs?: number;
}

export async function synchronize<T>(attempt: () => Promise<T>, policy: WaitPolicy): Promise<T> {
  const deadline = Date.now() + policy.timeoutMs;
  const interval = policy.intervalMs ?? 50;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isRetryable(error) || Date.now() + interval > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}
