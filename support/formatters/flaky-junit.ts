/**
 * A scenario that failed and then passed on a retry (`--retry N`) is a pass in cucumber's JUnit report,
 * and nothing says it was flaky. JUnit readers (Jenkins, GitLab, Surefire's own) know Surefire's
 * `<flakyFailure>`: one inside the passing test case for each failed attempt, with its message and trace.
 */
import type { Envelope } from '@cucumber/messages';

export interface FlakyScenario {
  feature: string;
  scenario: string;
  /** Each failed attempt's first failure. */
  failures: Array<{ type: string; message: string; trace: string }>;
}

/** The scenarios of a run whose last attempt passed after an earlier one failed. */
export function flakyScenarios(envelopes: readonly Envelope[]): FlakyScenario[] {
  const featureOfUri = new Map<string, string>();
  const pickles = new Map<string, { uri: string; name: string }>();
  const pickleOfTestCase = new Map<string, string>();
  const attempts = new Map<string, { testCaseId: string; failure: FlakyScenario['failures'][number] | null; retried: boolean; finished: boolean }>();
  for (const envelope of envelopes) {
    if (envelope.gherkinDocument?.uri) featureOfUri.set(envelope.gherkinDocument.uri, envelope.gherkinDocument.feature?.name ?? '');
    else if (envelope.pickle) pickles.set(envelope.pickle.id, { uri: envelope.pickle.uri, name: envelope.pickle.name });
    else if (envelope.testCase) pickleOfTestCase.set(envelope.testCase.id, envelope.testCase.pickleId);
    else if (envelope.testCaseStarted) attempts.set(envelope.testCaseStarted.id, { testCaseId: envelope.testCaseStarted.testCaseId, failure: null, retried: false, finished: false });
    else if (envelope.testStepFinished?.testStepResult.status === 'FAILED') {
      const attempt = attempts.get(envelope.testStepFinished.testCaseStartedId);
      const result = envelope.testStepFinished.testStepResult;
      if (attempt && !attempt.failure) {
        attempt.failure = { type: result.exception?.type ?? 'Error', message: result.exception?.message ?? result.message ?? '', trace: result.message ?? '' };
      }
    } else if (envelope.testCaseFinished) {
      const attempt = attempts.get(envelope.testCaseFinished.testCaseStartedId);
      if (attempt) Object.assign(attempt, { retried: envelope.testCaseFinished.willBeRetried, finished: true });
    }
  }
  const byTestCase = new Map<string, Array<{ failure: FlakyScenario['failures'][number] | null; retried: boolean }>>();
  for (const attempt of attempts.values()) {
    if (!attempt.finished) continue;
    byTestCase.set(attempt.testCaseId, [...(byTestCase.get(attempt.testCaseId) ?? []), attempt]);
  }
  const flaky: FlakyScenario[] = [];
  for (const [testCaseId, runs] of byTestCase) {
    const last = runs[runs.length - 1];
    const failed = runs.filter((run) => run.retried && run.failure).map((run) => run.failure as FlakyScenario['failures'][number]);
    if (last.retried || last.failure || failed.length === 0) continue;
    const pickle = pickles.get(pickleOfTestCase.get(testCaseId) ?? '');
    if (pickle) flaky.push({ feature: featureOfUri.get(pickle.uri) ?? '', scenario: pickle.name, failures: failed });
  }
  return flaky;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** cucumber's JUnit XML with a `<flakyFailure>` per failed attempt in each flaky scenario's test case. */
export function withFlakyFailures(xml: string, flaky: readonly FlakyScenario[]): string {
  let marked = xml;
  for (const { feature, scenario, failures } of flaky) {
    const opening = `<testcase classname="${escapeAttribute(feature)}" name="${escapeAttribute(scenario)}"`;
    const at = marked.indexOf(opening);
    if (at < 0) continue;
    const end = marked.indexOf('>', at);
    const selfClosing = marked[end - 1] === '/';
    const elements = failures
      .map((failure) => `\n    <flakyFailure message="${escapeAttribute(failure.message.split('\n')[0])}" type="${escapeAttribute(failure.type)}">${cdata(failure.trace)}</flakyFailure>`)
      .join('');
    marked = selfClosing
      ? `${marked.slice(0, end - 1)}>${elements}\n  </testcase>${marked.slice(end + 1)}`
      : `${marked.slice(0, end + 1)}${elements}${marked.slice(end + 1)}`;
  }
  return marked;
}
