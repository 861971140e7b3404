/**
 * undici (110 modules, about 50 ms to load) serves the browser driver only once a browser runs: its
 * DevTools connections and the requests a scenario sends from Node. So it is not loaded with the
 * driver but while the browser starts, half a second in which this process only waits for it.
 */

export function undici(): typeof import('undici') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('undici') as typeof import('undici');
}

/** After the request for a session has left (a moment after it is made), while its answer is awaited. */
const AFTER_SESSION_REQUEST_MS = 20;

export function loadUndiciWhileTheBrowserStarts(): void {
  setTimeout(() => {
    try {
      undici();
    } catch {
      // Said where it is first used, as an error of that step.
    }
  }, AFTER_SESSION_REQUEST_MS).unref();
}
