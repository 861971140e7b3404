/**
 * The one place that waits (Capybara's `synchronize`). Finders, actions and assertions run inside
 * it: on a driver that runs JavaScript a failed attempt is retried until the deadline; on the HTTP
 * driver the page cannot change by itself, so the first answer is final (a timeout of 0).
 *
 * Retried are exactly the failures that mean "not yet": not found (ElementNotFoundError and any
 * retryable ExpectationError) and the errors a driver declares transient (TransientDriverError:
 * stale, covered, not interactable …). Anything else fails at once.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { TransientDriverError } from '../drivers/driver';
import { ExpectationError } from './errors';

/**
 * Set while a waiting synchronize runs its attempts. A synchronize inside it (a custom step calling
 * session methods inside its own wait, an assertion built on a finder) runs its attempt once and
 * lets the outer one retry, as Capybara does: waiting at both levels would multiply the wait, each
 * outer attempt sitting through a whole inner timeout. AsyncLocalStorage rather than a flag on the
 * session: it follows one chain of async calls, so two waits running side by side (Promise.all)
 * are not taken for nested ones, and a wait that ends or throws cannot leave the mark behind.
 */
const waiting = new AsyncLocalStorage<true>();

/** True inside the attempt of a waiting synchronize: the outer call retries and reports. */
export function isInsideWait(): boolean {
  return waiting.getStore() === true;
}

export function isRetryable(error: unknown): boolean {
  if (error instanceof ExpectationError) return error.retryable;
  return error instanceof TransientDriverError;
}

interface WaitPolicy {
  /** 0 means: try once. */
  timeoutMs: number;
  /** Pause between attempts (default 50 ms). */
  intervalMs?: number;
}

const DEFAULT_INTERVAL_MS = 50;

export function synchronize<T>(attempt: () => Promise<T>, policy: WaitPolicy): Promise<T> {
  // A call that does not wait marks nothing: a waiting driver's call inside it still waits for itself.
  // Not an async function: the HTTP driver's every step passes here, and the attempt's own promise is
  // the answer (a synchronous throw still becomes a rejection, as it would inside an async function).
  if (policy.timeoutMs <= 0 || isInsideWait()) {
    try {
      return attempt();
    } catch (error) {
      return Promise.reject(error);
    }
  }
  const deadline = Date.now() + policy.timeoutMs;
  return waiting.run(true, () => retryUntil(attempt, deadline, policy.intervalMs ?? DEFAULT_INTERVAL_MS));
}

/** The last attempt's error is thrown as it is, so the step says what failed, not that time ran out. */
async function retryUntil<T>(attempt: () => Promise<T>, deadline: number, intervalMs: number): Promise<T> {
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      const left = deadline - Date.now();
      if (!isRetryable(error) || left <= 0) throw error;
      // The last pause is cut short so one more attempt runs at the deadline.
      await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, left)));
    }
  }
}
