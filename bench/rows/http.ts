/** Rows http-floor, http-cucumber and per-step: harness, bare undici and cucumber alone, back to back in one process. */
import { runMeasurement } from '../lib/processes';
import { ms, ratio, type Row, type StepStat } from '../lib/report';
import { median, pairedRatio, percentile } from '../lib/stats';
import { minkSuite, noopSuite } from '../lib/suites';
import { writeFeature, writeNoopSteps } from '../lib/workload';

/** The speed issue's bound: the harness within 3× of bare undici sending the same requests (it was 6.2×). */
const FLOOR_BUDGET = 3;

export interface HttpRows {
  rows: Row[];
  steps: StepStat[];
  /** Median milliseconds per scenario of the harness, for the browser comparison. */
  perScenarioMs: number;
  raw: unknown;
}

const STEP_ORDER = ['hook', 'visit', 'fill', 'press', 'see', 'follow', 'status'];

export async function measureHttp(baseUrl: string, count: number, rounds: number): Promise<HttpRows> {
  const feature = writeFeature(`http-${count}`, count);
  const noopSteps = writeNoopSteps();
  const result = await runMeasurement(
    {
      floorBaseUrl: baseUrl,
      floorCount: count,
      warmupRounds: 1,
      rounds,
      suites: [minkSuite('mink', feature, baseUrl), noopSuite('noop', feature, noopSteps)],
    },
    20 * 60_000,
  );
  const mink = result.suites.mink;
  const noop = result.suites.noop;
  if (mink.ok.some((ok) => !ok)) {
    throw new Error(`the generated HTTP suite failed: ${mink.timings.failures.join(' | ')}`);
  }
  const harnessMs = median(mink.runsMs);
  const floorMs = median(result.floorMs);
  const cucumberMs = median(noop.runsMs);
  const floorRatio = pairedRatio(mink.runsMs, result.floorMs);
  const oursMs = harnessMs - cucumberMs;
  const oursOverFloorMs = oursMs - floorMs;

  const steps: StepStat[] = STEP_ORDER.filter((kind) => mink.timings.steps[kind]).map((kind) => ({
    kind: kind === 'hook' ? 'hooks (session reset)' : kind,
    count: mink.timings.steps[kind].length,
    medianMs: median(mink.timings.steps[kind]),
    p95Ms: percentile(mink.timings.steps[kind], 0.95),
  }));
  const slowest = [...steps].filter((step) => !step.kind.startsWith('hooks')).sort((a, b) => b.medianMs - a.medianMs)[0];

  const rows: Row[] = [
    {
      row: 'http-floor',
      measured: `harness ${ms(harnessMs)} vs floor ${ms(floorMs)} for ${count} scenarios: **${ratio(floorRatio)}**`,
      target: `harness ≤ ${FLOOR_BUDGET}× the floor`,
      verdict: floorRatio <= FLOOR_BUDGET ? 'met' : 'not met',
      note: `${ms(harnessMs / count)} vs ${ms(floorMs / count)} per scenario (${rounds} rounds, paired median)`,
    },
    {
      row: 'http-cucumber',
      measured:
        `cucumber-js alone (no-op steps) ${ms(cucumberMs)}; harness ${ms(harnessMs)}: ` +
        `our share **${((oursMs / harnessMs) * 100).toFixed(0)}%** (${ms(oursMs)}, of which ${ms(floorMs)} is the HTTP floor)`,
      target: 'report our share',
      verdict: 'report',
      note: `our code above the floor: ${ms(oursOverFloorMs / count)} per scenario; cucumber: ${ms(cucumberMs / count)} per scenario`,
    },
    {
      row: 'per-step',
      measured: `slowest: **${slowest?.kind ?? 'n/a'}** (median ${ms(slowest?.medianMs ?? Number.NaN)}, p95 ${ms(slowest?.p95Ms ?? Number.NaN)}); see the step table`,
      target: 'report; find the slowest',
      verdict: 'report',
    },
  ];
  return { rows, steps, perScenarioMs: median(mink.timings.scenarios), raw: result };
}
