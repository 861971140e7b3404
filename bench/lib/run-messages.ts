/**
 * Turns cucumber's message stream into timings: per step kind, per scenario, and per scenario's
 * Before hooks (where a session is reset or started).
 */
import type { Envelope } from '@cucumber/messages';
import { stepKindOf } from './workload';

export interface RunTimings {
  /** Milliseconds per step, grouped by step kind ('hook' for Before/After hooks). */
  steps: Record<string, number[]>;
  /** Milliseconds from a scenario's start to its end. */
  scenarios: number[];
  /** Milliseconds each scenario spent in Before hooks. */
  beforeHooks: number[];
  failures: string[];
}

interface Timestamp {
  seconds: number;
  nanos: number;
}

const toMs = (value: Timestamp): number => value.seconds * 1000 + value.nanos / 1e6;

export class TimingCollector {
  private readonly stepTexts = new Map<string, string>();
  /** testStepId → kind, and whether it is a hook that runs before the first step. */
  private readonly testSteps = new Map<string, { kind: string; beforeHook: boolean }>();
  private readonly caseStarts = new Map<string, number>();
  private readonly caseBeforeHooks = new Map<string, number>();
  readonly timings: RunTimings = { steps: {}, scenarios: [], beforeHooks: [], failures: [] };

  readonly onMessage = (envelope: Envelope): void => {
    if (envelope.pickle) {
      for (const step of envelope.pickle.steps) this.stepTexts.set(step.id, step.text);
    } else if (envelope.testCase) {
      let seenStep = false;
      for (const step of envelope.testCase.testSteps) {
        if (step.pickleStepId) {
          seenStep = true;
          this.testSteps.set(step.id, { kind: stepKindOf(this.stepTexts.get(step.pickleStepId) ?? ''), beforeHook: false });
        } else {
          this.testSteps.set(step.id, { kind: 'hook', beforeHook: !seenStep });
        }
      }
    } else if (envelope.testCaseStarted) {
      this.caseStarts.set(envelope.testCaseStarted.id, toMs(envelope.testCaseStarted.timestamp));
      this.caseBeforeHooks.set(envelope.testCaseStarted.id, 0);
    } else if (envelope.testStepFinished) {
      const finished = envelope.testStepFinished;
      const step = this.testSteps.get(finished.testStepId);
      const duration = toMs(finished.testStepResult.duration);
      if (step) (this.timings.steps[step.kind] ??= []).push(duration);
      if (step?.beforeHook) {
        const sum = this.caseBeforeHooks.get(finished.testCaseStartedId) ?? 0;
        this.caseBeforeHooks.set(finished.testCaseStartedId, sum + duration);
      }
      const status = finished.testStepResult.status;
      if (status !== 'PASSED' && this.timings.failures.length < 3) {
        this.timings.failures.push(`${status}: ${(finished.testStepResult.message ?? '').split('\n')[0]}`);
      }
    } else if (envelope.testCaseFinished) {
      const id = envelope.testCaseFinished.testCaseStartedId;
      const start = this.caseStarts.get(id);
      if (start !== undefined) this.timings.scenarios.push(toMs(envelope.testCaseFinished.timestamp) - start);
      this.timings.beforeHooks.push(this.caseBeforeHooks.get(id) ?? 0);
    }
  };
}
