/**
 * The one line a project needs in its cucumber config: `export = defineConfig({ ... })`.
 * It wires our steps, World and hooks in front of the project's own step files and
 * provides the profiles `default`, `ci` (no browser) and `parity` (untagged scenarios in the browser).
 */
import type { IConfiguration } from '@cucumber/cucumber/api';
import type { MinkParameters } from './parameters';

export interface MinkConfigOptions {
  /** Feature files (globs). Default: features/**\/*.feature */
  paths?: string[];
  /** The project's own step definition and support files (globs). Default: steps/**\/*.ts */
  require?: string[];
  worldParameters?: Partial<MinkParameters>;
  /** Formatters; default: progress on stdout, HTML and JUnit reports under reportsDir (per profile). */
  format?: string[];
  /** Anything else cucumber-js accepts, applied to every profile. */
  cucumber?: Partial<IConfiguration>;
}

export type CucumberProfiles = Record<string, Partial<IConfiguration>>;

/** Absolute path of the module that registers our World, hooks and steps with the project's cucumber. */
export const REGISTER_MODULE: string = require.resolve('../register');

/** Absolute path of the hook that lets Node require TypeScript files (ts-node, output cached). */
export const TYPESCRIPT_HOOK: string = require.resolve('cucumber-mink/typescript');

/** Progress on the terminal; HTML and JUnit reports in a folder of their own for each profile. */
export function defaultFormats(reportsDir: string): string[] {
  return ['progress', `html:${reportsDir}/cucumber.html`, `junit:${reportsDir}/junit.xml`];
}

/** Scenarios that only make sense over HTTP (status codes, headers, basic auth): left out of parity runs. */
export const HTTP_ONLY_TAG = '@http-only';

export function defineConfig(options: MinkConfigOptions = {}): CucumberProfiles {
  const worldParameters = { ...(options.worldParameters ?? {}) };
  const reportsDir = process.env.REPORTS_DIR || worldParameters.reportsDir || 'reports';
  // A run of one profile must not overwrite the reports of another (npm test runs several).
  const formats = (profile: string) => options.format ?? defaultFormats(profile === 'default' ? reportsDir : `${reportsDir}/${profile}`);
  const base: Partial<IConfiguration> = {
    paths: options.paths ?? ['features/**/*.feature'],
    // Workers of `--parallel` load step files on their own: they need the TypeScript hook too.
    requireModule: [TYPESCRIPT_HOOK],
    require: [REGISTER_MODULE, ...(options.require ?? ['steps/**/*.ts'])],
    format: formats('default'),
    worldParameters,
    ...(options.cucumber ?? {}),
  };
  return {
    default: base,
    ci: { ...base, tags: 'not @javascript', format: formats('ci') },
    parity: {
      ...base,
      format: formats('parity'),
      tags: `not @javascript and not ${HTTP_ONLY_TAG}`,
      worldParameters: { ...worldParameters, defaultSession: worldParameters.javascriptSession ?? 'browser' },
    },
  };
}
