/**
 * Row exchange-log: what recording every HTTP exchange (for the report of a failed scenario) costs
 * the passing scenarios, which never read it. The generated HTTP suite with recording on (the
 * default) and off (recordedExchanges 0), in one process, in ABBA order every round so neither
 * variant always runs first; the ratio is paired within each round.
 */
import { runMeasurement } from '../lib/processes';
import { ms, ratio, signedMs, type Row } from '../lib/report';
import { median } from '../lib/stats';
import { minkSuite } from '../lib/suites';
import { writeFeature } from '../lib/workload';
import { ExchangeLog } from '../../support/drivers/exchange-log';

/** Recording must cost no more than noise: 2% of a suite's wall time. */
const TARGET_RATIO = 1.02;

/**
 * The recording alone, away from the noise of whole runs: nanoseconds to record one exchange as the
 * HTTP client does (a small object holding the headers it already had), log bound included.
 */
function recordingCostNs(): number {
  const log = new ExchangeLog();
  const requestHeaders = { 'user-agent': 'bench', accept: 'text/html' };
  const responseHeaders = { 'content-type': ['text/html'] };
  const count = 1_000_000;
  const started = process.hrtime.bigint();
  for (let index = 0; index < count; index += 1) {
    log.record({ method: 'GET', url: 'http://127.0.0.1/', requestHeaders, status: 200, responseHeaders, durationMs: index, size: 0 });
    if (index % 3 === 2) log.clear();
  }
  return Number(process.hrtime.bigint() - started) / count;
}

export async function measureExchangeLog(baseUrl: string, count: number, rounds: number): Promise<{ rows: Row[]; raw: unknown }> {
  const feature = writeFeature(`http-${count}`, count);
  const recording = (name: string) => minkSuite(name, feature, baseUrl);
  const notRecording = (name: string) => ({ ...minkSuite(name, feature, baseUrl), worldParameters: { baseUrl, recordedExchanges: 0 } });
  const result = await runMeasurement(
    { warmupRounds: 1, rounds, suites: [recording('on-first'), notRecording('off-first'), notRecording('off-second'), recording('on-second')] },
    20 * 60_000,
  );
  const runs = (name: string) => result.suites[name].runsMs;
  for (const name of Object.keys(result.suites)) {
    if (result.suites[name].ok.some((ok) => !ok)) throw new Error(`the generated HTTP suite failed (${name}): ${result.suites[name].timings.failures.join(' | ')}`);
  }
  const on = runs('on-first').map((first, round) => first + runs('on-second')[round]);
  const off = runs('off-first').map((first, round) => first + runs('off-second')[round]);
  const ratios = on.map((value, round) => value / off[round]);
  const pairedRatio = median(ratios);
  const perScenarioMs = median(on.map((value, round) => value - off[round])) / 2 / count;
  const recordNs = median([recordingCostNs(), recordingCostNs(), recordingCostNs()]);
  return {
    rows: [
      {
        row: 'exchange-log',
        measured: `${count} passing scenarios, recording on ${ms(median(on) / 2)}, off ${ms(median(off) / 2)}: **${ratio(pairedRatio)}**`,
        target: `recording costs passing scenarios nothing measurable (≤ ${ratio(TARGET_RATIO)})`,
        verdict: pairedRatio <= TARGET_RATIO ? 'met' : 'not met',
        note:
          `${signedMs(perScenarioMs)} per scenario (median of per-round differences); recording one exchange alone: ${recordNs.toFixed(0)} ns ` +
          `(a scenario of this suite makes 3); ${rounds} rounds, each on, off, off, on in one process (median of per-round ratios: ${ratios.map((value) => value.toFixed(3)).join(', ')})`,
      },
    ],
    raw: result,
  };
}
