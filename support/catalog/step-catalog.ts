/**
 * The step definitions a configuration provides (ours and the project's own), loaded the way
 * cucumber loads them (its public loadSupport API) and described once, each with an example
 * sentence: `cucumber-mink steps` lists them, the step reference in docs/steps.md is generated from them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfiguration, loadSources, loadSupport, type ILoadSupportOptions, type ISourcesCoordinates } from '@cucumber/cucumber/api';
import { REGISTER_MODULE, TRANSLATIONS_FOLDER, translationModules } from '../config/preset';
import { sampleSentences } from './sample-sentences';
import { STEP_EXAMPLES } from './step-examples';
import { suggestionIndex, type SuggestionIndex } from './suggestions';

export interface StepEntry {
  keyword: string;
  /** As written: a Cucumber Expression, or a regular expression as `/source/flags`. */
  pattern: string;
  /** The Cucumber Expression, or the regular expression's source. */
  source: string;
  /** Source file, relative to the working directory. */
  uri: string;
  line: number;
  example: string | null;
  /** Cucumber's own matching, for regular expressions and Cucumber Expressions alike. */
  matches(text: string): boolean;
}

/** loadSupport's result is opaque in cucumber's public types; these are the fields its own formatters read. */
export interface LoadedDefinition {
  /** The id the run's messages name it by. */
  id: string;
  keyword: string;
  pattern: string | RegExp;
  uri: string;
  line: number;
  matchesStepName(text: string): boolean;
}

const KEYWORD = /^(Given|When|Then|And|But|\*) /;

function stripKeyword(sentence: string): string {
  return sentence.replace(KEYWORD, '');
}

type SupportLibrary = Awaited<ReturnType<typeof loadSupport>>;

/**
 * Modules register their steps when first required; a second load in the same process would find
 * them cached and register nothing, so the support library of each configuration is kept (cucumber's
 * runCucumber takes it again, as `support`).
 */
const loaded = new Map<string, Promise<SupportLibrary>>();

export function loadSupportLibrary(options: ILoadSupportOptions, cwd: string): Promise<SupportLibrary> {
  const key = JSON.stringify({ cwd, support: options.support });
  let library = loaded.get(key);
  if (!library) {
    library = loadSupport(options, { cwd });
    loaded.set(key, library);
  }
  return library;
}

/** The step definitions of a support library (opaque in cucumber's public types). */
export function definitionsOf(library: SupportLibrary): LoadedDefinition[] {
  return (library as unknown as { stepDefinitions: LoadedDefinition[] }).stepDefinitions;
}

async function loadDefinitions(options: ILoadSupportOptions, cwd: string): Promise<LoadedDefinition[]> {
  return definitionsOf(await loadSupportLibrary(options, cwd));
}

/** Each definition with the first of `examples` it matches. */
function describeDefinitions(definitions: readonly LoadedDefinition[], examples: readonly string[]): StepEntry[] {
  return definitions.map((definition) => {
    const matches = (text: string) => definition.matchesStepName(text);
    const { pattern } = definition;
    return {
      keyword: definition.keyword,
      pattern: pattern instanceof RegExp ? pattern.toString() : pattern,
      source: pattern instanceof RegExp ? pattern.source : pattern,
      uri: definition.uri,
      line: definition.line,
      example: examples.find((sentence) => matches(stripKeyword(sentence))) ?? null,
      matches,
    };
  });
}

/** loadSupport reads feature paths only to guess support files when none are named; ours always are. */
const DEFAULT_SOURCES: ISourcesCoordinates = { defaultDialect: 'en', paths: [], names: [], tagExpression: '', order: 'defined' };

/** The step definitions of these support files (ours: support/register), with our example sentences. */
export async function loadStepCatalog(files: readonly string[], cwd: string = process.cwd()): Promise<StepEntry[]> {
  const support = { requireModules: [], requirePaths: files.map((file) => path.resolve(cwd, file)), importPaths: [], loaders: [] };
  return describeDefinitions(await loadDefinitions({ sources: DEFAULT_SOURCES, support }, cwd), STEP_EXAMPLES);
}

const STEP_LINE = /^\s*((?:Given|When|Then|And|But|\*)\s.*?)\s*$/;

/** Step sentences of the configured feature files: examples for the project's own steps. */
async function featureSentences(cwd: string, sources: ISourcesCoordinates): Promise<string[]> {
  const { plan } = await loadSources(sources, { cwd });
  const uris = [...new Set(plan.map((pickle) => pickle.uri))];
  return uris.flatMap((uri) =>
    fs
      .readFileSync(path.resolve(cwd, uri), 'utf8')
      .split(/\r?\n/)
      .map((line) => STEP_LINE.exec(line)?.[1])
      .filter((sentence): sentence is string => sentence !== undefined),
  );
}

/**
 * The steps of a project's default profile (its cucumber.cjs or other config): ours with our
 * examples, the project's own illustrated from its feature files.
 */
export async function loadProjectSteps(cwd: string): Promise<StepEntry[]> {
  const { runConfiguration } = await inFolder(cwd, () => loadConfiguration({}, { cwd }));
  const definitions = await loadDefinitions(runConfiguration, cwd);
  const entries = describeDefinitions(definitions, [...STEP_EXAMPLES, ...(await featureSentences(cwd, runConfiguration.sources))]);
  // MinkContext's wording in other languages is listed on request (`steps --language fr`), not with ours.
  return entries.filter((entry) => !isTranslation(entry.uri));
}

/**
 * A project's config is written to run in its own folder (its paths, the languages of its features):
 * it is loaded there, as cucumber-js run in that folder would load it.
 */
async function inFolder<T>(folder: string, load: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  process.chdir(folder);
  try {
    return await load();
  } finally {
    process.chdir(previous);
  }
}

function isTranslation(uri: string): boolean {
  return /(^|[\\/])steps[\\/]i18n[\\/]/.test(uri);
}

/**
 * MinkContext in `language` (MinkExtension's wording), each step with a sentence it takes; null when
 * there is no translation into that language.
 */
export async function loadTranslatedSteps(language: string, cwd: string = process.cwd()): Promise<StepEntry[] | null> {
  const modules = translationModules([language]);
  if (modules.length === 0) return null;
  const entries = await loadStepCatalog([REGISTER_MODULE, ...modules], cwd);
  return entries
    .filter((entry) => isTranslation(entry.uri))
    // A translation is defined with no keyword of its own: any Gherkin keyword of the language takes it.
    .map((entry) => ({ ...entry, keyword: '*', example: sampleSentences(entry.source).sort((a, b) => b.length - a.length)[0] ?? null }));
}

/** The languages MinkContext is translated into. */
export function translatedLanguages(): string[] {
  return fs.readdirSync(TRANSLATIONS_FOLDER).filter((file) => /\.(ts|js)$/.test(file) && !file.endsWith('.d.ts')).map((file) => file.replace(/\.(ts|js)$/, '')).sort();
}

/**
 * The defined steps closest to an undefined one: ours illustrated by our examples, the project's by
 * `sentences` (its features' steps), to rank and to write a suggestion with.
 */
export function stepSuggestions(definitions: readonly LoadedDefinition[], sentences: readonly string[]): SuggestionIndex<StepEntry> {
  return suggestionIndex(describeDefinitions(definitions, [...STEP_EXAMPLES, ...sentences]));
}

/** Step definitions whose pattern matches the sentence (exactly one is the healthy answer). */
export function definitionsMatching(entries: readonly StepEntry[], sentence: string): StepEntry[] {
  const text = stripKeyword(sentence);
  return entries.filter((entry) => entry.matches(text));
}
