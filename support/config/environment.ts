/**
 * Every environment variable the harness reads as configuration, named in one table and read here
 * only. parameters.ts turns what is read into the typed, validated parameters; shard.ts and the
 * step timeout read their variable through this module too.
 *
 * Not configuration, so not here: CUCUMBER_WORKER_ID (which worker this process is), PATH (where
 * a local driver and browser are looked for when none is configured), the TypeScript hook's cache
 * variables (support/typescript-hook.cjs stands alone on purpose) and the Selenium Manager
 * variables that drivers/browser/offline.ts sets.
 */
import type { BrowserName, MinkParameters } from './parameters';

/** The process environment; everything else takes an `env` argument so tests can pass their own. */
export function currentEnvironment(): NodeJS.ProcessEnv {
  return process.env;
}

type VariableKey = Exclude<keyof MinkParameters, 'javascriptSession' | 'sessions' | 'showTmpDir'>;

type PathKey = 'driverPath' | 'browserBinary';
type PlainKey = Exclude<VariableKey, PathKey>;

/** Parameter → the variable that overrides it. */
const PARAMETER_VARIABLES: Record<PlainKey, string> = {
  baseUrl: 'BASE_URL',
  filesPath: 'FILES_PATH',
  showCmd: 'SHOW_CMD',
  waitTimeout: 'WAIT_TIMEOUT',
  requestTimeout: 'REQUEST_TIMEOUT',
  sessionStartTimeout: 'SESSION_START_TIMEOUT',
  defaultSession: 'DEFAULT_SESSION',
  seleniumUrl: 'SELENIUM_URL',
  browser: 'BROWSER',
  headless: 'HEADLESS',
  windowSize: 'WINDOW_SIZE',
  reportsDir: 'REPORTS_DIR',
};

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
export function readParameterVariables(env: NodeJS.ProcessEnv, browser: BrowserName): Partial<Record<VariableKey, EnvironmentValue>> {
  const found: Partial<Record<VariableKey, EnvironmentValue>> = {};
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
