/**
 * Every timeout a step or a run can meet: the defaults of the timeout parameters, their limits,
 * cucumber's hook and step timeouts, and the WebDriver timeouts. One place, so a change to one is
 * seen next to the others it must fit in. (A driver's inner timings, such as how long a pooled
 * connection stays open, live with the code they tune.)
 *
 * cucumber's step timeout and the waits inside a step: a browser step waits up to waitTimeout and
 * then fails with a precise message; cucumber must not cut it off first with a vague one. cucumber
 * fixes the step timeout when the steps load, before worldParameters are known: it follows
 * WAIT_TIMEOUT from the environment, and a longer wait from anywhere else is refused.
 */
import { currentEnvironment, parameterVariable, readVariable } from './environment';

/** Seconds browser finders and assertions retry by default (the waitTimeout parameter). */
export const DEFAULT_WAIT_TIMEOUT_S = 5;
/**
 * Seconds the HTTP driver gives a server to start answering (the requestTimeout parameter): half of
 * the 60 s step timeout, so the step fails with our message (method, URL, elapsed) rather than
 * cucumber's, and a dev server compiling on its first request still has ample time.
 */
export const DEFAULT_REQUEST_TIMEOUT_S = 30;
/** Seconds a WebDriver server has to answer POST /session by default (the sessionStartTimeout parameter). */
export const DEFAULT_SESSION_START_TIMEOUT_S = 60;

/** BeforeAll (demo app, parameters) and AfterAll (stopping browsers) hooks. */
export const RUN_HOOK_TIMEOUT_MS = 60_000;
/** Starting a browser is not the first step's business: the Before hook that does it gets this long. */
export const BROWSER_START_TIMEOUT_MS = 120_000;
/** What starting a browser does besides waiting for POST /session: finding the endpoint, starting chromedriver, BiDi. */
const START_MARGIN_S = 30;
/** The longest sessionStartTimeout, in seconds, that fits in the hook that starts the browser. */
export const LONGEST_SESSION_START = BROWSER_START_TIMEOUT_MS / 1000 - START_MARGIN_S;

/** WebDriver's page-load timeout: a visit or click that loads a page fails after this long. */
export const PAGE_LOAD_TIMEOUT_MS = 60_000;
/** WebDriver's script timeout (our lookups and page scripts are synchronous; this bounds a hung page). */
export const SCRIPT_TIMEOUT_MS = 30_000;
/** How long a Selenium on the default address has to say it is ready before a local driver is used. */
export const SELENIUM_PROBE_TIMEOUT_MS = 300;
/**
 * How long Selenium Manager has to find a driver (and download one, online) before the search gives
 * up on it: within the start-up margin of the hook that starts the browser.
 */
export const SELENIUM_MANAGER_TIMEOUT_MS = 25_000;

/** Never less than this: a step may also load a page (PAGE_LOAD_TIMEOUT_MS) without waiting. */
const MIN_STEP_TIMEOUT_MS = PAGE_LOAD_TIMEOUT_MS;
/** What a step does besides waiting: reading the failure context, a navigation, a screenshot. */
const MARGIN_S = 10;

/** The step timeout for a run whose steps wait up to `waitTimeout` seconds. */
function stepTimeoutFor(waitTimeout: number): number {
  return Math.max(MIN_STEP_TIMEOUT_MS, Math.ceil((waitTimeout + MARGIN_S) * 1000));
}

/** The longest wait, in seconds, that fits in a step timeout. */
export function longestWaitWithin(stepTimeoutMs: number): number {
  return stepTimeoutMs / 1000 - MARGIN_S;
}

/**
 * The step timeout chosen from WAIT_TIMEOUT, as register.ts sets it when the steps load. A bad value
 * counts as unset here: the parameters refuse it, with the fix, before the first scenario.
 */
export function stepTimeoutFromEnvironment(env: NodeJS.ProcessEnv = currentEnvironment()): number {
  const waitTimeout = Number(readVariable(env, [parameterVariable('waitTimeout')])?.value);
  return stepTimeoutFor(Number.isFinite(waitTimeout) && waitTimeout > 0 ? waitTimeout : 0);
}

/** Why `waitTimeout` seconds cannot be used with this step timeout, or `null` when it can. */
export function waitTooLong(waitTimeout: number, stepTimeoutMs: number): string | null {
  const longest = longestWaitWithin(stepTimeoutMs);
  if (waitTimeout <= longest) return null;
  return (
    `is ${waitTimeout} s, longer than a step may wait: cucumber stops a step after ${stepTimeoutMs / 1000} s ` +
    `(its step timeout, fixed when the steps load, before worldParameters and tags are read)`
  );
}
