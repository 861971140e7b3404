/**
 * The one line a project needs in its cucumber config: `export = defineConfig({ ... })`.
 * It wires our steps, World and hooks in front of the project's own step files and
 * provides the profiles `default`, `ci` (no browser) and `parity` (untagged scenarios in the browser),
 * and the project's own (`profiles`), which follow the same rules.
 */
import path from 'node:path';
import type { IConfiguration } from '@cucumber/cucumber/api';
import { commandLineSelection, isCucumberCommand } from './command-line';
import { featureLanguages } from './feature-languages';
import { ConfigError, resolveParameters, type MinkParameters } from './parameters';
import { parseShard, requireShardingSupport, resolveShard, shardFolder } from './shard';

export interface MinkConfigOptions {
  /** Feature files (globs). Default: features/**\/*.feature */
  paths?: string[];
  /** The project's own step definition and support files (globs). Default: steps/**\/*.ts */
  require?: string[];
  worldParameters?: Partial<MinkParameters>;
  /**
   * Formatters, as cucumber-js takes them. Default: progress on stdout; HTML and JUnit reports and the
   * run's messages under reportsDir (per profile), written when the run ends, complete ones on Ctrl-C.
   */
  format?: Array<string | [string, string]>;
  /**
   * Run shard INDEX of TOTAL (`"2/4"`): a deterministic, disjoint share of the scenarios, for
   * splitting a suite across CI machines. The environment variable SHARD overrides it.
   */
  shard?: string;
  /** Anything else cucumber-js accepts, applied to every profile. */
  cucumber?: Partial<IConfiguration>;
  /**
   * More profiles, each built on the default one and following its rules: its own `paths` are left
   * out when the command line names a feature (`cucumber-js -p smoke features/a.feature:12` runs that
   * scenario only), its reports go to a folder of its own, and its `worldParameters` are merged over
   * the project's. `{ smoke: { tags: '@smoke' }, admin: { paths: ['features/admin/**\/*.feature'] } }`
   */
  profiles?: Record<string, MinkProfileOptions>;
}

/** A profile of the project's own: what cucumber-js accepts, with `worldParameters` merged, not replaced. */
export interface MinkProfileOptions extends Omit<Partial<IConfiguration>, 'worldParameters'> {
  worldParameters?: Partial<MinkParameters>;
}

export type CucumberProfiles = Record<string, Partial<IConfiguration>>;

/** Absolute path of the module that registers our World, hooks and steps with the project's cucumber. */
export const REGISTER_MODULE: string = require.resolve('../register');

/** The folder of the step translations: steps/i18n/<language>, next to our steps. */
export const TRANSLATIONS_FOLDER: string = path.join(path.dirname(REGISTER_MODULE), '..', 'steps', 'i18n');

/**
 * The step translations for these Gherkin languages (steps/i18n/<language>): MinkContext in the
 * languages MinkExtension translates it into. Gherkin's Portuguese is `pt`: it gets Brazilian wording too.
 */
export function translationModules(languages: readonly string[]): string[] {
  const folder = TRANSLATIONS_FOLDER;
  return languages
    .flatMap((language) => (language.toLowerCase() === 'pt' ? ['pt', 'pt-br'] : [language]))
    .flatMap((name) => {
      try {
        return [require.resolve(path.join(folder, name))];
      } catch {
        return []; // no translation: the features use the English wording
      }
    });
}

/** Absolute path of the hook that lets Node require TypeScript files (ts-node, output cached). */
const TYPESCRIPT_HOOK: string = require.resolve('cucumber-mink/typescript');

/** cucumber's progress formatter, which also names the closest defined steps to an undefined one. */
const PROGRESS_FORMATTER: string = require.resolve('cucumber-mink/progress');

/** cucumber's HTML, JUnit and message reports, written when the run ends (complete ones on Ctrl-C), beside a line of what ran. */
const REPORTS_FORMATTER: string = require.resolve('cucumber-mink/reports');

/** Where the line of what ran goes; the reports are written beside it. */
export const SUMMARY_FILE = 'summary.txt';

/**
 * Progress on the terminal; HTML and JUnit reports and the run's messages (which `cucumber-mink
 * merge-reports` merges across shards) in a folder of their own for each profile.
 */
function defaultFormats(reportsDir: string): Array<string | [string, string]> {
  return [PROGRESS_FORMATTER, [REPORTS_FORMATTER, `${reportsDir}/${SUMMARY_FILE}`]];
}

/** Scenarios that only make sense over HTTP (status codes, headers, basic auth): left out of parity runs. */
export const HTTP_ONLY_TAG = '@http-only';

export function defineConfig(options: MinkConfigOptions = {}): CucumberProfiles {
  const worldParameters = { ...(options.worldParameters ?? {}) };
  // Resolved as the run will resolve them (config, then environment), so a bad setting stops the run
  // here, and the reports go where reportsDir (REPORTS_DIR) says.
  const { reportsDir, javascriptSession } = settingOrStop(() => resolveParameters(worldParameters));
  const commandLine = commandLineSelection();
  const shard = settingOrStop(() => {
    // cucumber-js's own --shard wins (it applies it anyway); then SHARD, then the setting.
    const chosen = commandLine.shard ? parseShard(commandLine.shard, 'option --shard') : resolveShard(options.shard);
    if (chosen) requireShardingSupport(chosen);
    return chosen;
  });
  // A run of one profile (or one shard) must not overwrite the reports of another (npm test runs several).
  const formats = (profile: string) => {
    const profileDir = profile === 'default' ? reportsDir : `${reportsDir}/${profile}`;
    return options.format ?? defaultFormats(shard ? `${profileDir}/${shardFolder(shard)}` : profileDir);
  };
  // `cucumber-js features/login.feature:3` runs just that: cucumber-js would add it to configured paths.
  const namedOnCommandLine = (commandLine.paths ?? []).length > 0;
  const paths = options.paths ?? ['features/**/*.feature'];
  // The steps of the languages the features are written in, loaded after ours and before the project's.
  const stepsFor = (featurePaths: readonly string[]) => [
    REGISTER_MODULE,
    ...translationModules(featureLanguages(namedOnCommandLine ? (commandLine.paths ?? []) : featurePaths, process.cwd(), commandLine.language ?? options.cucumber?.language)),
    ...(options.require ?? ['steps/**/*.ts']),
  ];
  const base: Partial<IConfiguration> = {
    ...(namedOnCommandLine ? {} : { paths }),
    ...(shard ? { shard: `${shard.index}/${shard.total}` } : {}),
    // Workers of `--parallel` load step files on their own: they need the TypeScript hook too.
    requireModule: [TYPESCRIPT_HOOK],
    require: stepsFor(paths),
    format: formats('default'),
    worldParameters,
    ...(options.cucumber ?? {}),
  };
  const builtIn: CucumberProfiles = {
    default: base,
    ci: { ...base, tags: 'not @javascript', format: formats('ci') },
    parity: {
      ...base,
      format: formats('parity'),
      tags: `not @javascript and not ${HTTP_ONLY_TAG}`,
      worldParameters: { ...worldParameters, defaultSession: javascriptSession },
    },
  };
  const own = Object.entries(options.profiles ?? {}).map(([name, profile]) => {
    settingOrStop(() => {
      if (name in builtIn) throw new ConfigError(`The profile "${name}" in defineConfig({ profiles }) would replace the built-in one: give it another name (built in: ${Object.keys(builtIn).join(', ')}).`);
    });
    const { paths, worldParameters: parameters, ...rest } = profile;
    const merged = { ...worldParameters, ...(parameters ?? {}) };
    settingOrStop(() => resolveParameters(merged));
    const ownPaths = paths && !namedOnCommandLine ? { paths, require: stepsFor(paths) } : {};
    return [name, { ...base, format: formats(name), ...ownPaths, ...rest, worldParameters: merged }] as const;
  });
  return { ...builtIn, ...Object.fromEntries(own) };
}

/**
 * A bad setting read while cucumber-js loads its config stops the run with one clear line, not a
 * "failed to load/parse" wrapper around a stack trace. Elsewhere (the API, `cucumber-mink steps`) it throws.
 */
function settingOrStop<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigError) || !isCucumberCommand()) throw error;
    process.stderr.write(`\n${error.message}\n\n`);
    process.exit(2);
  }
}
