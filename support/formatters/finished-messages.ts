/**
 * The messages of a run as a report may show them while the run goes on: a test case's messages (its
 * start, steps and attachments) are held until it finishes, a run hook's until it ends, and everything
 * else passes at once. What has passed is always a complete report of what finished, so an interrupted
 * run needs no second pass over its messages: what is still held was cut short and is left out.
 *
 * In a serial run a test case's messages arrive together anyway, so the order is the run's own; in a
 * `--parallel` run each test case's messages come out together, in the order the test cases finished.
 */
import type { Envelope } from '@cucumber/messages';

const SEVERITY = ['UNKNOWN', 'PASSED', 'SKIPPED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'FAILED'];

/** Scenarios by the worst status of their last attempt, counted as messages go by. */
export class ScenarioTally {
  private readonly worstOfAttempt = new Map<string, string>();
  private readonly lastAttempt = new Map<string, string>();

  add(envelope: Envelope): void {
    if (envelope.testCaseStarted) {
      this.lastAttempt.set(envelope.testCaseStarted.testCaseId, envelope.testCaseStarted.id);
      this.worstOfAttempt.set(envelope.testCaseStarted.id, 'PASSED');
      return;
    }
    const finished = envelope.testStepFinished;
    if (!finished) return;
    const status = finished.testStepResult.status;
    const current = this.worstOfAttempt.get(finished.testCaseStartedId) ?? 'PASSED';
    if (SEVERITY.indexOf(status) > SEVERITY.indexOf(current)) this.worstOfAttempt.set(finished.testCaseStartedId, status);
  }

  statuses(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const attempt of this.lastAttempt.values()) {
      const status = this.worstOfAttempt.get(attempt) ?? 'UNKNOWN';
      counts[status] = (counts[status] ?? 0) + 1;
    }
    return counts;
  }
}

/** Scenarios by the worst status of their last attempt. */
export function scenarioStatuses(envelopes: readonly Envelope[]): Record<string, number> {
  const tally = new ScenarioTally();
  for (const envelope of envelopes) tally.add(envelope);
  return tally.statuses();
}

/** `3 scenarios (1 failed, 2 passed)`: the counts in the order of cucumber's own summary. */
export function describeScenarios(statuses: Readonly<Record<string, number>>): string {
  const total = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  const counts = [...SEVERITY]
    .reverse()
    .filter((status) => statuses[status])
    .map((status) => `${statuses[status]} ${status.toLowerCase()}`)
    .join(', ');
  return `${total} scenario${total === 1 ? '' : 's'} (${counts || 'none'})`;
}

const timestampOf = (milliseconds: number) => ({ seconds: Math.floor(milliseconds / 1000), nanos: (milliseconds % 1000) * 1e6 });

/** Holds back what has not finished and passes the rest to `pass`, keeping a count of the scenarios passed. */
export class FinishedMessages {
  /** Messages of test cases and run hooks that started and have not finished, by their started id. */
  private readonly held = new Map<string, Envelope[]>();
  private readonly tally = new ScenarioTally();
  private testCases = 0;
  private readonly startedTestCases = new Set<string>();
  private testRunStartedId: string | undefined;
  private runEnded = false;

  constructor(private readonly pass: (envelope: Envelope) => void) {}

  add(envelope: Envelope): void {
    if (envelope.testCaseStarted) {
      this.startedTestCases.add(envelope.testCaseStarted.testCaseId);
      this.held.set(envelope.testCaseStarted.id, [envelope]);
      return;
    }
    if (envelope.testRunHookStarted) {
      this.held.set(envelope.testRunHookStarted.id, [envelope]);
      return;
    }
    const endsHeld = envelope.testCaseFinished?.testCaseStartedId ?? envelope.testRunHookFinished?.testRunHookStartedId;
    if (endsHeld !== undefined) {
      const messages = this.held.get(endsHeld) ?? [];
      this.held.delete(endsHeld);
      for (const message of messages) this.forward(message);
      this.forward(envelope);
      return;
    }
    const owner = (envelope.testStepStarted ?? envelope.testStepFinished ?? envelope.attachment)?.testCaseStartedId ?? envelope.attachment?.testRunHookStartedId;
    const holder = owner === undefined ? undefined : this.held.get(owner);
    if (holder) {
      holder.push(envelope);
      return;
    }
    if (envelope.testCase) this.testCases++;
    else if (envelope.testRunStarted) this.testRunStartedId = envelope.testRunStarted.id;
    else if (envelope.testRunFinished) this.runEnded = true;
    this.forward(envelope);
  }

  /** Ends a run that did not end by itself: what is held is dropped, and the run ends as failed. */
  endCutShort(endedAt: number = Date.now()): void {
    this.held.clear();
    if (this.runEnded) return;
    this.runEnded = true;
    this.pass({ testRunFinished: { success: false, timestamp: timestampOf(endedAt), ...(this.testRunStartedId ? { testRunStartedId: this.testRunStartedId } : {}) } });
  }

  /** The scenarios passed on so far, by status (the last attempt of each). */
  statuses(): Record<string, number> {
    return this.tally.statuses();
  }

  /** Scenarios started and not finished (held now), and scenarios never started. */
  unfinished(): { cutShort: number; notRun: number } {
    const finished = Object.values(this.statuses()).reduce((sum, count) => sum + count, 0);
    return { cutShort: this.startedTestCases.size - finished, notRun: this.testCases - this.startedTestCases.size };
  }

  private forward(envelope: Envelope): void {
    this.tally.add(envelope);
    this.pass(envelope);
  }
}

/**
 * The part of a run's messages that a report can show as finished: test cases (and run hooks) that
 * started but did not finish are left out, and a run that did not end gets an end that failed.
 */
export function finishedPart(envelopes: readonly Envelope[], endedAt: number = Date.now()): Envelope[] {
  const part: Envelope[] = [];
  const finished = new FinishedMessages((envelope) => part.push(envelope));
  for (const envelope of envelopes) finished.add(envelope);
  finished.endCutShort(endedAt);
  return part;
}
