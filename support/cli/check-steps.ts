/**
 * `cucumber-mink steps --check [paths]` and `steps --unused [paths]`: what a dry run of the project's
 * own cucumber configuration finds, without running a step. `--check` lists every step of the features
 * that no definition matches (with the defined steps of the closest wording) or that several match;
 * `--unused` lists the project's own step definitions that no feature uses (Behat's unused
 * definitions). Both exit 1 when they list something.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { loadConfiguration, runCucumber, type IRunConfiguration } from '@cucumber/cucumber/api';
import type { Envelope, GherkinDocument } from '@cucumber/messages';
import { definitionsOf, loadSupportLibrary, stepSuggestions, type LoadedDefinition } from '../catalog/step-catalog';
import { packageRoot } from './package-root';

export interface StepProblem {
  kind: 'undefined' | 'ambiguous';
  /** `features/checkout.feature:12` */
  location: string;
  keyword: string;
  text: string;
  /** Undefined: sentences to write instead, closest first. */
  suggestions: string[];
  /** Ambiguous: the definitions that match, as `uri:line  pattern`. */
  definitions: string[];
}

export interface DryRun {
  features: number;
  steps: number;
  problems: StepProblem[];
  /** The project's own definitions no feature uses. */
  unused: LoadedDefinition[];
  /** How many step definitions are the project's own. */
  own: number;
}

interface GherkinStep {
  keyword: string;
  line: number;
}

/** Every step of a Gherkin document by id: its keyword and line, in backgrounds, scenarios and rules. */
function stepsOf(document: GherkinDocument): Map<string, GherkinStep> {
  const steps = new Map<string, GherkinStep>();
  type Child = NonNullable<GherkinDocument['feature']>['children'][number];
  const visit = (children: readonly Child[]) => {
    for (const child of children) {
      for (const step of [...(child.background?.steps ?? []), ...(child.scenario?.steps ?? [])]) {
        steps.set(step.id, { keyword: step.keyword.trim(), line: step.location.line });
      }
      if (child.rule) visit(child.rule.children as Child[]);
    }
  };
  visit(document.feature?.children ?? []);
  return steps;
}

/** Our step files, in a checkout (steps/) or an installed package (dist/steps/): what is not the project's own. */
function isOurs(uri: string, cwd: string): boolean {
  const real = (file: string) => {
    try {
      return fs.realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  const file = real(path.resolve(cwd, uri));
  const root = real(packageRoot());
  return [path.join(root, 'steps'), path.join(root, 'dist', 'steps')].some((dir) => file.startsWith(dir + path.sep));
}

function patternOf(definition: LoadedDefinition): string {
  return definition.pattern instanceof RegExp ? definition.pattern.toString() : definition.pattern;
}

/** A dry run of the project's default profile (or of `paths`): every step matched, none run. */
export async function dryRunSteps(cwd: string, paths: readonly string[] = []): Promise<DryRun> {
  const sink = new PassThrough();
  sink.resume();
  const environment = { cwd, stdout: sink, stderr: sink };
  const { runConfiguration } = await loadConfiguration({}, environment);
  const sources: IRunConfiguration['sources'] & { shard?: string } = { ...runConfiguration.sources, ...(paths.length > 0 ? { paths: [...paths] } : {}) };
  // A check covers every scenario of the selection, whatever shard SHARD would pick.
  delete sources.shard;
  const library = await loadSupportLibrary(runConfiguration, cwd);
  const definitions = definitionsOf(library);

  const documents = new Map<string, Map<string, GherkinStep>>();
  const pickleSteps = new Map<string, { uri: string; text: string; astNodeId: string }>();
  const used = new Set<string>();
  const problems = new Map<string, StepProblem>();
  const matching = new Map<StepProblem, readonly string[]>();
  const features = new Set<string>();
  let steps = 0;
  const onMessage = (envelope: Envelope) => {
    if (envelope.gherkinDocument?.uri) documents.set(envelope.gherkinDocument.uri, stepsOf(envelope.gherkinDocument));
    if (envelope.pickle) {
      for (const step of envelope.pickle.steps) pickleSteps.set(step.id, { uri: envelope.pickle.uri, text: step.text, astNodeId: step.astNodeIds[0] });
    }
    for (const testStep of envelope.testCase?.testSteps ?? []) {
      const pickleStep = testStep.pickleStepId ? pickleSteps.get(testStep.pickleStepId) : undefined;
      if (!pickleStep) continue;
      steps += 1;
      features.add(pickleStep.uri);
      const ids = testStep.stepDefinitionIds ?? [];
      ids.forEach((id) => used.add(id));
      if (ids.length === 1) continue;
      const gherkin = documents.get(pickleStep.uri)?.get(pickleStep.astNodeId);
      const location = `${pickleStep.uri}:${gherkin?.line ?? '?'}`;
      const key = `${location} ${pickleStep.text}`;
      if (!problems.has(key)) {
        const problem: StepProblem = { kind: ids.length === 0 ? 'undefined' : 'ambiguous', location, keyword: gherkin?.keyword ?? 'Given', text: pickleStep.text, suggestions: [], definitions: [] };
        problems.set(key, problem);
        matching.set(problem, ids);
      }
    }
  };
  await runCucumber(
    {
      ...runConfiguration,
      sources,
      support: library,
      runtime: { ...runConfiguration.runtime, dryRun: true, parallel: 0, retry: 0, failFast: false },
      formats: { stdout: 'summary', files: {}, options: {}, publish: false },
    },
    environment,
    onMessage,
  );

  const listed = [...problems.values()];
  if (listed.some((problem) => problem.kind === 'undefined')) {
    const sentences = [...new Set([...pickleSteps.values()].map((step) => step.text))];
    const index = stepSuggestions(definitions, sentences);
    for (const problem of listed.filter((candidate) => candidate.kind === 'undefined')) {
      problem.suggestions = index.suggest(problem.text).map((suggestion) => suggestion.sentence);
    }
  }
  const byId = new Map(definitions.map((definition) => [definition.id, definition]));
  for (const problem of listed.filter((candidate) => candidate.kind === 'ambiguous')) {
    problem.definitions = (matching.get(problem) ?? []).map((id) => byId.get(id)).filter((definition) => definition !== undefined).map((definition) => `${definition.uri}:${definition.line}  ${patternOf(definition)}`);
  }
  const own = definitions.filter((definition) => !isOurs(definition.uri, cwd));
  return {
    features: features.size,
    steps,
    problems: listed,
    unused: own.filter((definition) => !used.has(definition.id)),
    own: own.length,
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `--check`: each undefined or ambiguous step with what to do about it, then the count. */
export function formatCheck(run: DryRun): string {
  const lines: string[] = [];
  for (const problem of run.problems) {
    lines.push(`${problem.location}  ${problem.keyword} ${problem.text}`);
    if (problem.kind === 'undefined') {
      lines.push(problem.suggestions.length > 0 ? '  undefined; the defined steps of the closest wording:' : '  undefined, and no defined step has a close wording');
      for (const sentence of problem.suggestions) lines.push(`    ${problem.keyword} ${sentence}`);
    } else {
      lines.push(`  ambiguous: ${problem.definitions.length} step definitions match it`);
      for (const definition of problem.definitions) lines.push(`    ${definition}`);
    }
  }
  const undefinedCount = run.problems.filter((problem) => problem.kind === 'undefined').length;
  const ambiguous = run.problems.length - undefinedCount;
  const summary = `${plural(run.steps, 'step')} in ${plural(run.features, 'feature file')}`;
  if (run.problems.length === 0) lines.push(`${summary}: every one defined, none ambiguous.`);
  else lines.push('', `${summary}: ${undefinedCount} undefined, ${ambiguous} ambiguous.`);
  return lines.join('\n');
}

/** `--unused`: the project's own definitions no feature uses. */
export function formatUnused(run: DryRun): string {
  if (run.own === 0) return "No step definitions of the project's own (only cucumber-mink's).";
  if (run.unused.length === 0) return `Every one of the project's ${plural(run.own, 'step definition')} is used by a feature.`;
  const lines = [`${run.unused.length} of the project's ${plural(run.own, 'step definition')} no feature uses:`];
  for (const definition of run.unused) lines.push(`  ${definition.uri}:${definition.line}  ${definition.keyword} ${patternOf(definition)}`);
  return lines.join('\n');
}
