/**
 * Runs features through this repository's own cucumber configuration (default profile) and collects
 * what a user reads: each step's status and message, by scenario, and what failed scenarios attach.
 * The run is cucumber's own, in this process: the support code is loaded once per test file. No
 * report file is written, so the reports of a real run under reports/ stay as they are.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { before } from 'node:test';
import type { Envelope } from '@cucumber/messages';
import {
  loadConfiguration,
  loadSupport,
  runCucumber,
  type IRunConfiguration,
  type IRunOptions,
} from '@cucumber/cucumber/api';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
/** Small features that fail on purpose, one mistake each. */
export const FAILING_FEATURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'features');

export interface StepOutcome {
  readonly scenario: string;
  readonly text: string;
  readonly status: string;
  readonly message: string;
}

export interface AttachmentOutcome {
  readonly scenario: string;
  readonly mediaType: string;
  readonly fileName: string | undefined;
  readonly body: Buffer;
}

export interface FeatureRun {
  readonly success: boolean;
  /** In the order they finished. */
  readonly steps: StepOutcome[];
  readonly attachments: AttachmentOutcome[];
}

export type WorldParameters = IRunOptions['runtime']['worldParameters'];

export interface FeatureRunner {
  run(paths: string[], worldParameters?: WorldParameters): Promise<FeatureRun>;
}

function quietEnvironment() {
  const sink = new PassThrough();
  sink.resume();
  return { cwd: PROJECT_ROOT, stdout: sink, stderr: sink };
}

/** Follows the message stream: pickle → test case → started test case, so each result has its scenario. */
class OutcomeCollector {
  private readonly scenarioOfPickle = new Map<string, string>();
  private readonly stepText = new Map<string, string>();
  private readonly pickleOfTestCase = new Map<string, string>();
  private readonly pickleStepOfTestStep = new Map<string, string>();
  private readonly testCaseOfStarted = new Map<string, string>();
  readonly steps: StepOutcome[] = [];
  readonly attachments: AttachmentOutcome[] = [];

  readonly onMessage = (envelope: Envelope): void => {
    const { pickle, testCase, testCaseStarted, testStepFinished, attachment } = envelope;
    if (pickle) {
      this.scenarioOfPickle.set(pickle.id, pickle.name);
      pickle.steps.forEach((step) => this.stepText.set(step.id, step.text));
    }
    if (testCase) {
      this.pickleOfTestCase.set(testCase.id, testCase.pickleId);
      testCase.testSteps.forEach((step) => step.pickleStepId && this.pickleStepOfTestStep.set(step.id, step.pickleStepId));
    }
    if (testCaseStarted) this.testCaseOfStarted.set(testCaseStarted.id, testCaseStarted.testCaseId);
    const pickleStepId = testStepFinished && this.pickleStepOfTestStep.get(testStepFinished.testStepId);
    if (testStepFinished && pickleStepId) {
      this.steps.push({
        scenario: this.scenarioOf(testStepFinished.testCaseStartedId),
        text: this.stepText.get(pickleStepId) ?? '',
        status: testStepFinished.testStepResult.status,
        message: testStepFinished.testStepResult.message ?? '',
      });
    }
    if (attachment) {
      this.attachments.push({
        scenario: this.scenarioOf(attachment.testCaseStartedId),
        mediaType: attachment.mediaType,
        fileName: attachment.fileName,
        body: Buffer.from(attachment.body, attachment.contentEncoding === 'BASE64' ? 'base64' : 'utf8'),
      });
    }
  };

  private scenarioOf(testCaseStartedId: string | undefined): string {
    const testCaseId = testCaseStartedId && this.testCaseOfStarted.get(testCaseStartedId);
    const pickleId = testCaseId && this.pickleOfTestCase.get(testCaseId);
    return (pickleId && this.scenarioOfPickle.get(pickleId)) || '?';
  }
}

/** Registers a before() hook of the calling test file that loads the configuration and support once. */
export function useFeatureRunner(): FeatureRunner {
  let configuration: IRunConfiguration | undefined;
  let support: Awaited<ReturnType<typeof loadSupport>> | undefined;
  before(async () => {
    ({ runConfiguration: configuration } = await loadConfiguration({ profiles: ['default'] }, quietEnvironment()));
    support = await loadSupport(configuration, quietEnvironment());
  });
  return {
    async run(paths, worldParameters = {}) {
      assert.ok(configuration && support, 'the configuration loads in before()');
      const options: IRunOptions = {
        ...configuration,
        sources: { ...configuration.sources, paths },
        formats: { ...configuration.formats, stdout: 'summary', files: {} },
        runtime: {
          ...configuration.runtime,
          worldParameters: { ...configuration.runtime.worldParameters, ...worldParameters },
        },
        support,
      };
      const collector = new OutcomeCollector();
      const { success } = await runCucumber(options, quietEnvironment(), collector.onMessage);
      return { success, steps: collector.steps, attachments: collector.attachments };
    },
  };
}

/** The first step that did not pass, of one scenario or of the whole run: what a failure case is about. */
export function failedStep(run: FeatureRun, scenario?: string): StepOutcome {
  const failed = run.steps.find((step) => step.status !== 'PASSED' && (scenario === undefined || step.scenario === scenario));
  assert.ok(failed, `expected a step that does not pass${scenario ? ` in "${scenario}"` : ''}, got ${JSON.stringify(run.steps)}`);
  return failed;
}

/** A scenario written to fail on purpose, and what its failing step's message must say. */
export interface FailureCase {
  name: string;
  steps: string[];
  message: RegExp;
}

/**
 * Runs the cases as one feature file of their own (each a scenario named after it, `tags` above each)
 * and checks that each fails at a step whose message says what `message` says and where (`where`).
 */
export async function expectEachToFail(runner: FeatureRunner, cases: readonly FailureCase[], where: RegExp, tags = ''): Promise<FeatureRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-failures-'));
  try {
    const feature = path.join(dir, 'failures.feature');
    const scenarios = cases.map((c) => `  ${tags ? `${tags}\n  ` : ''}Scenario: ${c.name}\n${c.steps.map((s) => `    ${s}`).join('\n')}\n`);
    fs.writeFileSync(feature, `Feature: Failures on purpose\n\n${scenarios.join('\n')}`);
    const run = await runner.run([feature]);
    assert.equal(run.success, false, 'every scenario fails, so the run fails');
    for (const c of cases) {
      const { status, message } = failedStep(run, c.name);
      assert.equal(status, 'FAILED', `"${c.name}"`);
      assert.match(message, c.message, `"${c.name}"`);
      assert.match(message, where, `"${c.name}" says where`);
    }
    return run;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
