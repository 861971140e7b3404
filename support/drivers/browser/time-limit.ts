/**
 * One bound on waiting for the browser or its driver: a command, a connection or a session that may
 * never answer must not hold a scenario, nor the process at its end.
 */

/**
 * `promise`, or after `ms` the error `late()` makes (which may also cut off what is waited for). The
 * timer is cleared either way, and a failure of `promise` after the bound counts as handled.
 */
export async function within<T>(promise: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  try {
    return await Promise.race([promise, timedOut]);
  } finally {
    clearTimeout(timer);
    promise.catch(() => undefined);
  }
}
