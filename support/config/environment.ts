/**
 * Every environment variable the harness reads, named here and read here only: the variables that
 * override a parameter (parameters.ts turns them into the typed, validated parameters; the step
 * timeout and the shard read theirs through here too), which worker of a run this process is, and
 * where executables are looked for.
 *
 * Not read here: the TypeScript hook's cache variables (support/typescript-hook.cjs stands alone on
 * purpose). Selenium's own SE_OFFLINE and SE_AVOID_STATS are written, not read, by
 * drivers/browser/offline.ts.
 */
import { isSeleniumManagerMode, type BrowserName, type SeleniumManagerMode } from './browser';

/** The process environment; everything else takes an `env` argument so tests can pass their own. */
export function currentEnvironment(): NodeJS.ProcessEnv {
  return process.env;
}

/** Parameter → the variable that overrides it. */
const PARAMETER_VARIABLES = {
  baseUrl: 'BASE_URL',
  filesPath: 'FILES_PATH',
  showCmd: 'SHOW_CMD',
  waitTimeout: 'WAIT_TIMEOUT',
  requestTimeout: 'REQUEST_TIMEOUT',
  maxResponseSize: 'MAX_RESPONSE_SIZE',
  recordedExchanges: 'RECORDED_EXCHANGES',
  sessionStartTimeout: 'SESSION_START_TIMEOUT',
  defaultSession: 'DEFAULT_SESSION',
  seleniumUrl: 'SELENIUM_URL',
  browser: 'BROWSER',
  headless: 'HEADLESS',
  windowSize: 'WINDOW_SIZE',
  reportsDir: 'REPORTS_DIR',
  capabilities: 'SELENIUM_CAPABILITIES',
} as const;

type PlainKey = keyof typeof PARAMETER_VARIABLES;
type PathKey = 'driverPath' | 'browserBinary';

/** The parameters an environment variable overrides (parameters.ts checks that each is one of its keys). */
export type OverriddenParameter = PlainKey | PathKey;

/**
 * The driver and browser paths have a variable of their own, and the browser's conventional one as
 * an alternative (CHROME_BIN is what many CI images set). The first that is set wins.
 */
const PATH_VARIABLES: Record<PathKey, { generic: string } & Record<BrowserName, string>> = {
  driverPath: { generic: 'DRIVER_PATH', chrome: 'CHROMEDRIVER', firefox: 'GECKODRIVER' },
  browserBinary: { generic: 'BROWSER_BINARY', chrome: 'CHROME_BIN', firefox: 'FIREFOX_BIN' },
};

/** Overrides the `shard` option of defineConfig (not a world parameter). */
export const SHARD_VARIABLE = 'SHARD';

/**
 * Set by `cucumber-mink run --shards N` for each shard process it starts: a file where that run's
 * reports formatter writes the folder of its reports, so the runner merges them without loading the
 * configuration itself.
 */
export const SHARD_REPORTS_NOTE_VARIABLE = 'CUCUMBER_MINK_SHARD_REPORTS_NOTE';

/** Where this shard process tells its runner its reports are; `undefined` outside `run --shards`. */
export function shardReportsNote(env: NodeJS.ProcessEnv = currentEnvironment()): string | undefined {
  return env[SHARD_REPORTS_NOTE_VARIABLE] || undefined;
}

/** The options Node was given through its environment (NODE_OPTIONS); '' when none. */
export function nodeOptions(env: NodeJS.ProcessEnv = currentEnvironment()): string {
  return env.NODE_OPTIONS ?? '';
}

/** Set by `cucumber-mink run` for each cucumber-js it starts (one, or a shard each): its own process id, which the run outlives only briefly. */
export const RUNNER_PID_VARIABLE = 'CUCUMBER_MINK_RUNNER_PID';

/** The process id of the `cucumber-mink run` that started this run; `null` when none did. */
export function runnerPid(env: NodeJS.ProcessEnv = currentEnvironment()): number | null {
  const pid = Number(env[RUNNER_PID_VARIABLE]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** What Selenium Manager may do when the local search finds no browser or driver (not a world parameter). */
export const SELENIUM_MANAGER_VARIABLE = 'SELENIUM_MANAGER';

/** The variable that overrides `key`. */
export function parameterVariable(key: PlainKey): string {
  return PARAMETER_VARIABLES[key];
}

/** The variables that set a driver or browser path for `browser`, in order of precedence. */
export function pathVariables(key: PathKey, browser: BrowserName): readonly [string, string] {
  const variables = PATH_VARIABLES[key];
  return [variables.generic, variables[browser]];
}

export interface EnvironmentValue {
  readonly variable: string;
  readonly value: string;
}

/** The first of `variables` that is set and not empty: an empty variable counts as unset. */
export function readVariable(env: NodeJS.ProcessEnv, variables: readonly string[]): EnvironmentValue | null {
  for (const variable of variables) {
    const value = env[variable];
    if (value !== undefined && value !== '') return { variable, value };
  }
  return null;
}

/** Every parameter the environment sets, with the variable that set it (for error messages). */
export function readParameterVariables(env: NodeJS.ProcessEnv, browser: BrowserName): Partial<Record<OverriddenParameter, EnvironmentValue>> {
  const found: Partial<Record<OverriddenParameter, EnvironmentValue>> = {};
  for (const key of Object.keys(PARAMETER_VARIABLES) as PlainKey[]) {
    const value = readVariable(env, [parameterVariable(key)]);
    if (value) found[key] = value;
  }
  for (const key of Object.keys(PATH_VARIABLES) as PathKey[]) {
    const value = readVariable(env, pathVariables(key, browser));
    if (value) found[key] = value;
  }
  return found;
}

/** Which worker of a `cucumber-js --parallel` run this process is (`'0'`, `'1'` …); `undefined` in a serial run. */
export function workerId(env: NodeJS.ProcessEnv = currentEnvironment()): string | undefined {
  return env.CUCUMBER_WORKER_ID;
}

/** A serial run, or the first worker of a parallel one: the process that speaks for the run. */
export function isFirstWorker(env: NodeJS.ProcessEnv = currentEnvironment()): boolean {
  const worker = workerId(env);
  return worker === undefined || worker === '0';
}

/** The directories searched for a driver or browser executable that is not configured (PATH). */
export function executableSearchPath(env: NodeJS.ProcessEnv = currentEnvironment()): string {
  return env.PATH ?? '';
}

/** SELENIUM_MANAGER as set, for validation (parameters.ts refuses a bad value before the first scenario). */
export function seleniumManagerSetting(env: NodeJS.ProcessEnv = currentEnvironment()): EnvironmentValue | null {
  return readVariable(env, [SELENIUM_MANAGER_VARIABLE]);
}

/** What Selenium Manager may do: `online` unless SELENIUM_MANAGER says `offline` or `off`. */
export function seleniumManagerMode(env: NodeJS.ProcessEnv = currentEnvironment()): SeleniumManagerMode {
  const value = seleniumManagerSetting(env)?.value.toLowerCase();
  return value !== undefined && isSeleniumManagerMode(value) ? value : 'online';
}

/**
 * The environment Selenium Manager runs in: this process's, without the SE_OFFLINE that offline.ts sets
 * for selenium-webdriver's own use; the command line says whether it may go online.
 */
export function seleniumManagerEnvironment(env: NodeJS.ProcessEnv = currentEnvironment()): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.SE_OFFLINE;
  return copy;
}
