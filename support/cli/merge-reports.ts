/**
 * `cucumber-mink merge-reports DIR… [--out DIR]`: one report out of the runs of several shards (or CI
 * machines). Each run's message file (reports/…/messages.ndjson, which the default formats write) is
 * read; the features, scenarios, step definitions and hooks they share become one copy, each
 * scenario's execution is kept with its result and attachments, and cucumber's own HTML, JUnit and
 * message formatters write the merged stream: `cucumber.html`, `junit.xml` and `messages.ndjson`.
 *
 * Cucumber names everything a run emits by random ids, so the same scenario has other ids in every
 * shard: shared things are matched by what they are (a feature by its path and text, a scenario by its
 * place in it, a step definition by its pattern and location) and renamed to the first shard's ids.
 * Runs of different feature files refuse to merge; so does a scenario that ran in two of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Envelope, GherkinDocument, Pickle } from '@cucumber/messages';
import { describeScenarios, MESSAGE_FILE, scenarioStatuses, writeReports } from '../formatters/report-files';

export { MESSAGE_FILE };

interface Shard {
  file: string;
  envelopes: Envelope[];
}

/** The message files a folder holds: the folder's own, else every one below it (one per shard). */
export function findMessageFiles(target: string): string[] {
  if (!fs.existsSync(target)) throw new Error(`${target} does not exist.`);
  if (fs.statSync(target).isFile()) return [target];
  const own = path.join(target, MESSAGE_FILE);
  if (fs.existsSync(own)) return [own];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === MESSAGE_FILE) found.push(full);
    }
  };
  walk(target);
  return found;
}

function readShard(file: string): Shard {
  const envelopes = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as Envelope;
      } catch {
        throw new Error(`${file}:${index + 1} is not a cucumber message (a message file has one JSON message a line).`);
      }
    });
  if (!envelopes.some((envelope) => envelope.testRunFinished)) {
    throw new Error(`${file} has no end of run: that run did not finish (or the file was cut short).`);
  }
  return { file, envelopes };
}

/** Every `id` in a Gherkin document, in document order: the same text gives the same sequence. */
function astIds(document: GherkinDocument): string[] {
  const ids: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'id' && typeof child === 'string') ids.push(child);
        else walk(child);
      }
    }
  };
  walk(document.feature);
  return ids;
}

const definitionKey = (envelope: Envelope): string | null => {
  if (envelope.stepDefinition) return JSON.stringify(['step', envelope.stepDefinition.pattern, envelope.stepDefinition.sourceReference]);
  if (envelope.hook) return JSON.stringify(['hook', envelope.hook.type ?? null, envelope.hook.name ?? null, envelope.hook.tagExpression ?? null, envelope.hook.sourceReference]);
  if (envelope.parameterType) return JSON.stringify(['parameterType', envelope.parameterType.name, envelope.parameterType.regularExpressions]);
  return null;
};

const definitionId = (envelope: Envelope): string => (envelope.stepDefinition ?? envelope.hook ?? envelope.parameterType)!.id;

export interface MergeResult {
  shards: string[];
  out: string;
  files: string[];
  scenarios: number;
  /** Scenarios by their worst status: PASSED, FAILED, UNDEFINED … */
  statuses: Record<string, number>;
  success: boolean;
}

/** The merged message stream of these shards' runs, in an order cucumber's formatters read as one run. */
export function mergeEnvelopes(shards: readonly Shard[]): Envelope[] {
  const head: Envelope[] = [];
  const documents: Envelope[] = [];
  const pickles: Envelope[] = [];
  const definitions: Envelope[] = [];
  const testCases: Envelope[] = [];
  const suggestions: Envelope[] = [];
  const beforeRun: Envelope[][] = [];
  const afterRun: Envelope[][] = [];
  const runLevel: Envelope[] = [];
  /** Executions of test cases, each with the canonical pickle it ran, for ordering. */
  const executions: Array<{ pickleId: string; envelopes: Envelope[] }> = [];

  const sourceOf = new Map<string, { data: string; shard: string }>();
  const canonicalAst = new Map<string, string[]>();
  const canonicalPickle = new Map<string, Pickle>();
  const canonicalDefinition = new Map<string, string>();
  const ranIn = new Map<string, string>();
  const seenTestCases = new Set<string>();
  const undefinedParameterTypes = new Set<string>();
  let testRunStartedId: string | undefined;
  let started: NonNullable<Envelope['testRunStarted']>['timestamp'] | undefined;
  let finished: NonNullable<Envelope['testRunFinished']> | undefined;
  let success = true;
  const seconds = (timestamp: { seconds: number; nanos: number }) => timestamp.seconds + timestamp.nanos / 1e9;

  for (const shard of shards) {
    const ids = new Map<string, string>();
    const map = (id: string) => ids.get(id) ?? id;
    const hookTypes = new Map<string, string | undefined>();
    const pickleOfTestCase = new Map<string, string>();
    const groupOfTestCaseStarted = new Map<string, Envelope[]>();
    const groupOfHookStarted = new Map<string, Envelope[]>();
    for (const envelope of shard.envelopes) {
      if (envelope.meta) {
        if (head.length === 0) head.push(envelope);
      } else if (envelope.source) {
        const known = sourceOf.get(envelope.source.uri);
        if (!known) {
          sourceOf.set(envelope.source.uri, { data: envelope.source.data, shard: shard.file });
          documents.push(envelope);
        } else if (known.data !== envelope.source.data) {
          throw new Error(`${envelope.source.uri} differs between ${known.shard} and ${shard.file}: merge the shards of one run of one version of the features.`);
        }
      } else if (envelope.gherkinDocument) {
        const { uri } = envelope.gherkinDocument;
        const ast = astIds(envelope.gherkinDocument);
        const canonical = canonicalAst.get(uri ?? '');
        if (!canonical) {
          canonicalAst.set(uri ?? '', ast);
          documents.push(envelope);
        } else {
          ast.forEach((id, index) => ids.set(id, canonical[index]));
        }
      } else if (envelope.pickle) {
        const key = `${envelope.pickle.uri}|${envelope.pickle.astNodeIds.map(map).join(',')}`;
        const canonical = canonicalPickle.get(key);
        if (!canonical) {
          canonicalPickle.set(key, envelope.pickle);
          pickles.push(envelope);
        } else {
          ids.set(envelope.pickle.id, canonical.id);
          envelope.pickle.steps.forEach((step, index) => ids.set(step.id, canonical.steps[index].id));
        }
      } else if (definitionKey(envelope)) {
        const key = definitionKey(envelope) as string;
        const canonical = canonicalDefinition.get(key);
        if (envelope.hook) hookTypes.set(canonical ?? envelope.hook.id, envelope.hook.type);
        if (!canonical) {
          canonicalDefinition.set(key, definitionId(envelope));
          definitions.push(envelope);
        } else {
          ids.set(definitionId(envelope), canonical);
        }
      } else if (envelope.undefinedParameterType) {
        const key = JSON.stringify(envelope.undefinedParameterType);
        if (!undefinedParameterTypes.has(key)) {
          undefinedParameterTypes.add(key);
          definitions.push(envelope);
        }
      } else if (envelope.testRunStarted) {
        if (testRunStartedId === undefined) testRunStartedId = envelope.testRunStarted.id;
        if (envelope.testRunStarted.id) ids.set(envelope.testRunStarted.id, testRunStartedId as string);
        if (!started || seconds(envelope.testRunStarted.timestamp) < seconds(started)) started = envelope.testRunStarted.timestamp;
      } else if (envelope.testCase) {
        const testCase = envelope.testCase;
        if (seenTestCases.has(testCase.id)) throw new Error(`${shard.file} repeats a test case of another run: merge each shard once.`);
        seenTestCases.add(testCase.id);
        const pickleId = map(testCase.pickleId);
        const other = ranIn.get(pickleId);
        if (other !== undefined) {
          const pickle = [...canonicalPickle.values()].find((candidate) => candidate.id === pickleId);
          throw new Error(
            `The scenario "${pickle?.name}" (${pickle?.uri}) ran in ${other} and in ${shard.file}: these are not shards of one run. ` +
              'Merge one message file per shard (e.g. one profile: reports/ci/shard-1-of-4, reports/ci/shard-2-of-4 …).',
          );
        }
        ranIn.set(pickleId, shard.file);
        pickleOfTestCase.set(testCase.id, pickleId);
        testCases.push({
          testCase: {
            ...testCase,
            pickleId,
            ...(testCase.testRunStartedId ? { testRunStartedId: map(testCase.testRunStartedId) } : {}),
            testSteps: testCase.testSteps.map((step) => ({
              ...step,
              ...(step.pickleStepId ? { pickleStepId: map(step.pickleStepId) } : {}),
              ...(step.hookId ? { hookId: map(step.hookId) } : {}),
              ...(step.stepDefinitionIds ? { stepDefinitionIds: step.stepDefinitionIds.map(map) } : {}),
            })),
          },
        });
      } else if (envelope.suggestion) {
        suggestions.push({ suggestion: { ...envelope.suggestion, pickleStepId: map(envelope.suggestion.pickleStepId) } });
      } else if (envelope.testRunHookStarted) {
        const hookStarted = { ...envelope.testRunHookStarted, testRunStartedId: map(envelope.testRunHookStarted.testRunStartedId), hookId: map(envelope.testRunHookStarted.hookId) };
        const group: Envelope[] = [{ testRunHookStarted: hookStarted }];
        groupOfHookStarted.set(hookStarted.id, group);
        (hookTypes.get(hookStarted.hookId) === 'AFTER_TEST_RUN' ? afterRun : beforeRun).push(group);
      } else if (envelope.testRunHookFinished) {
        groupOfHookStarted.get(envelope.testRunHookFinished.testRunHookStartedId)?.push(envelope);
      } else if (envelope.testCaseStarted) {
        const group: Envelope[] = [envelope];
        groupOfTestCaseStarted.set(envelope.testCaseStarted.id, group);
        executions.push({ pickleId: pickleOfTestCase.get(envelope.testCaseStarted.testCaseId) ?? '', envelopes: group });
      } else if (envelope.testStepStarted || envelope.testStepFinished || envelope.testCaseFinished) {
        const startedId = (envelope.testStepStarted ?? envelope.testStepFinished ?? envelope.testCaseFinished)!.testCaseStartedId;
        groupOfTestCaseStarted.get(startedId)?.push(envelope);
      } else if (envelope.attachment) {
        const { testCaseStartedId, testRunHookStartedId } = envelope.attachment;
        const group = (testCaseStartedId && groupOfTestCaseStarted.get(testCaseStartedId)) || (testRunHookStartedId && groupOfHookStarted.get(testRunHookStartedId));
        if (group) group.push(envelope);
        else runLevel.push(envelope);
      } else if (envelope.testRunFinished) {
        const run = envelope.testRunFinished;
        success &&= run.success;
        if (!finished || seconds(run.timestamp) > seconds(finished.timestamp)) finished = { ...run, exception: finished?.exception ?? run.exception };
        else if (!finished.exception && run.exception) finished = { ...finished, exception: run.exception };
      } else {
        runLevel.push(envelope);
      }
    }
  }

  // Executions in the order a serial run would have them: feature by feature, scenario by scenario.
  const order = new Map([...canonicalPickle.values()].map((pickle, index) => [pickle.id, index]));
  const sorted = executions.map((execution, index) => ({ execution, index })).sort((a, b) => (order.get(a.execution.pickleId) ?? 0) - (order.get(b.execution.pickleId) ?? 0) || a.index - b.index);
  const testRunStarted: Envelope = { testRunStarted: { ...(testRunStartedId ? { id: testRunStartedId } : {}), timestamp: started ?? { seconds: 0, nanos: 0 } } };
  const testRunFinished: Envelope = {
    testRunFinished: {
      ...(finished ?? { timestamp: started ?? { seconds: 0, nanos: 0 } }),
      success,
      ...(testRunStartedId ? { testRunStartedId } : {}),
    },
  };
  return [
    ...head,
    ...documents,
    ...pickles,
    ...definitions,
    testRunStarted,
    ...testCases,
    ...suggestions,
    ...beforeRun.flat(),
    ...runLevel,
    ...sorted.flatMap(({ execution }) => execution.envelopes),
    ...afterRun.flat(),
    testRunFinished,
  ];
}

export async function mergeReports(targets: readonly string[], out: string, cwd: string = process.cwd()): Promise<MergeResult> {
  const files = targets.flatMap((target) => {
    const found = findMessageFiles(path.resolve(cwd, target));
    if (found.length === 0) throw new Error(`${target} holds no ${MESSAGE_FILE}: a run writes it with the default formats (or format message:FILE).`);
    return found;
  });
  const duplicate = files.find((file, index) => files.indexOf(file) !== index);
  if (duplicate) throw new Error(`${path.relative(cwd, duplicate)} is named twice.`);
  const shards = files.map((file) => readShard(file)).map((shard) => ({ ...shard, file: path.relative(cwd, shard.file) }));
  const envelopes = mergeEnvelopes(shards);
  const outDir = path.resolve(cwd, out);
  const written = await writeReports(envelopes, outDir, { cwd });
  const statuses = scenarioStatuses(envelopes);
  return {
    shards: shards.map((shard) => shard.file),
    out: outDir,
    files: written,
    scenarios: Object.values(statuses).reduce((sum, count) => sum + count, 0),
    statuses,
    success: envelopes.find((envelope) => envelope.testRunFinished)?.testRunFinished?.success ?? false,
  };
}

/** What was merged, and where the reports are. */
export function describeMerge(result: MergeResult, cwd: string): string {
  return [
    `Merged ${result.shards.length} runs:`,
    ...result.shards.map((shard) => `  ${shard}`),
    `${describeScenarios(result.statuses)}${result.success ? '' : ': the run failed'}`,
    ...result.files.map((file) => `  wrote ${path.relative(cwd, file)}`),
  ].join('\n');
}
