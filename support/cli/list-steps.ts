/**
 * `cucumber-mink steps [filter]` (Behat's `-dl`): every step definition the project's own cucumber
 * configuration loads — ours and the project's custom steps — each with an example sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfiguration, loadSources, loadSupport } from '@cucumber/cucumber/api';
import { stripKeyword } from '../catalog/step-catalog';
import { STEP_EXAMPLES } from '../../steps/examples';

export interface ListedStep {
  keyword: string;
  /** A cucumber expression as written, or a regular expression as `/source/flags`. */
  pattern: string;
  /** Source file, relative to the project. */
  uri: string;
  line: number;
  example: string | null;
}

/** loadSupport's result is opaque in cucumber's public types; these are the fields its own formatters read. */
interface LoadedStepDefinition {
  keyword: string;
  pattern: string | RegExp;
  uri: string;
  line: number;
  matchesStepName(text: string): boolean;
}

const STEP_LINE = /^\s*((?:Given|When|Then|And|But|\*)\s.*?)\s*$/;

/** Step sentences of the configured feature files: examples for the project's own steps. */
async function featureSentences(cwd: string, sources: Parameters<typeof loadSources>[0]): Promise<string[]> {
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

/** Load the project's default profile (its cucumber.cjs or other config) and list its step definitions. */
export async function loadProjectSteps(cwd: string): Promise<ListedStep[]> {
  const environment = { cwd };
  const { runConfiguration } = await loadConfiguration({}, environment);
  const library = await loadSupport(runConfiguration, environment);
  // Our examples are written for our steps; the project's own steps are illustrated from its features.
  const sentences = [...STEP_EXAMPLES, ...(await featureSentences(cwd, runConfiguration.sources))];
  const { stepDefinitions } = library as unknown as { stepDefinitions: LoadedStepDefinition[] };
  return stepDefinitions.map((definition) => ({
    keyword: definition.keyword,
    pattern: definition.pattern instanceof RegExp ? definition.pattern.toString() : definition.pattern,
    uri: definition.uri,
    line: definition.line,
    example: sentences.find((sentence) => definition.matchesStepName(stripKeyword(sentence))) ?? null,
  }));
}

/** Steps whose pattern or example contains the filter, ignoring case. */
export function filterSteps(steps: readonly ListedStep[], filter: string | undefined): ListedStep[] {
  if (!filter) return [...steps];
  const needle = filter.toLowerCase();
  return steps.filter((step) => step.pattern.toLowerCase().includes(needle) || (step.example ?? '').toLowerCase().includes(needle));
}

/** Grouped by source file; each step shows its pattern, then its example. */
export function formatSteps(steps: readonly ListedStep[]): string {
  const lines: string[] = [];
  let currentUri: string | null = null;
  for (const step of steps) {
    if (step.uri !== currentUri) {
      if (currentUri !== null) lines.push('');
      lines.push(step.uri);
      currentUri = step.uri;
    }
    lines.push(`  ${step.keyword} ${step.pattern}`);
    if (step.example) lines.push(`      e.g. ${step.example}`);
  }
  return lines.join('\n');
}
