/**
 * What the reports of an interrupted run hold (support/formatters/reports.ts): the test cases and run
 * hooks that finished, with what they emitted, and an end of run that failed; and how a count of
 * scenarios reads. The run itself, interrupted: test/e2e/interrupted-reports.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Envelope, TestStepResult, TestStepResultStatus } from '@cucumber/messages';
import { describeScenarios, scenarioStatuses } from '../../support/formatters/report-files';
import { finishedPart } from '../../support/formatters/reports';

const at = { seconds: 1, nanos: 0 };
const result = (status: 'PASSED' | 'FAILED'): TestStepResult => ({ status: status as TestStepResultStatus, duration: { seconds: 0, nanos: 0 } });

/** Two scenarios ran to the end (one failed), the third was cut short in its step, and a run hook never ended. */
const run: Envelope[] = [
  { testRunStarted: { id: 'run', timestamp: at } },
  ...['one', 'two', 'three'].map((id) => ({ testCase: { id, pickleId: `pickle-${id}`, testSteps: [{ id: `${id}-step`, pickleStepId: `${id}-pickle-step` }] } })),
  { testRunHookStarted: { id: 'hook-done', testRunStartedId: 'run', hookId: 'h1', timestamp: at } },
  { testRunHookFinished: { testRunHookStartedId: 'hook-done', result: result('PASSED'), timestamp: at } },
  ...(['one', 'two'] as const).flatMap((id, index): Envelope[] => [
    { testCaseStarted: { id: `${id}-started`, testCaseId: id, attempt: 0, timestamp: at } },
    { testStepStarted: { testCaseStartedId: `${id}-started`, testStepId: `${id}-step`, timestamp: at } },
    { attachment: { testCaseStartedId: `${id}-started`, testStepId: `${id}-step`, body: 'page', mediaType: 'text/html', contentEncoding: 'IDENTITY' } as Envelope['attachment'] },
    { testStepFinished: { testCaseStartedId: `${id}-started`, testStepId: `${id}-step`, testStepResult: result(index === 0 ? 'PASSED' : 'FAILED'), timestamp: at } },
    { testCaseFinished: { testCaseStartedId: `${id}-started`, willBeRetried: false, timestamp: at } },
  ]),
  { testCaseStarted: { id: 'three-started', testCaseId: 'three', attempt: 0, timestamp: at } },
  { testStepStarted: { testCaseStartedId: 'three-started', testStepId: 'three-step', timestamp: at } },
  { attachment: { testCaseStartedId: 'three-started', testStepId: 'three-step', body: 'cut', mediaType: 'text/plain', contentEncoding: 'IDENTITY' } as Envelope['attachment'] },
  { testRunHookStarted: { id: 'hook-cut', testRunStartedId: 'run', hookId: 'h2', timestamp: at } },
  { attachment: { testRunHookStartedId: 'hook-cut', body: 'cut', mediaType: 'text/plain', contentEncoding: 'IDENTITY' } as Envelope['attachment'] },
];

test('an interrupted run: what started and did not finish is left out, and the run ends as failed', () => {
  const part = finishedPart(run, 2500);
  const mentions = (id: string) => part.filter((envelope) => JSON.stringify(envelope).includes(id));
  assert.equal(mentions('three-started').length, 0, 'nothing of the test case cut short');
  assert.equal(mentions('hook-cut').length, 0, 'nothing of the run hook cut short');
  assert.equal(mentions('one-started').length, 5, 'the finished test cases, with their steps and attachments');
  assert.equal(mentions('two-started').length, 5);
  assert.equal(mentions('hook-done').length, 2);
  assert.equal(part.filter((envelope) => envelope.testCase).length, 3, 'every test case of the run is still named');
  assert.deepEqual(part[part.length - 1], { testRunFinished: { success: false, timestamp: { seconds: 2, nanos: 500_000_000 }, testRunStartedId: 'run' } });
  assert.ok(run.every((envelope) => part.includes(envelope) || envelope.testCaseStarted || envelope.testStepStarted || envelope.attachment || envelope.testRunHookStarted), 'the run\'s own objects, not copies');
  assert.equal(describeScenarios(scenarioStatuses(part)), '2 scenarios (1 failed, 1 passed)');
});

test('a run that ended keeps its own end of run, and all of it', () => {
  const ended: Envelope[] = [...run.slice(0, 16), { testRunFinished: { success: true, timestamp: at, testRunStartedId: 'run' } }];
  assert.deepEqual(finishedPart(ended), ended);
});

test('counts of scenarios read as cucumber words its summary', () => {
  assert.equal(describeScenarios({ PASSED: 3, UNDEFINED: 1, FAILED: 2, SKIPPED: 1 }), '7 scenarios (2 failed, 1 undefined, 1 skipped, 3 passed)');
  assert.equal(describeScenarios({ PASSED: 1 }), '1 scenario (1 passed)');
  assert.equal(describeScenarios({}), '0 scenarios (none)');
});
