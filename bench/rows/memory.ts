/** Row memory: peak RSS of one measuring process running the HTTP suite at two sizes. */
import { runMeasurement } from '../lib/processes';
import { ratio, type Row } from '../lib/report';
import { minkSuite } from '../lib/suites';
import { writeFeature } from '../lib/workload';

export async function measureMemory(baseUrl: string, small: number, large: number): Promise<{ rows: Row[]; raw: unknown }> {
  const peaks: number[] = [];
  for (const count of [small, large]) {
    const feature = writeFeature(`http-${count}`, count);
    const result = await runMeasurement({ warmupRounds: 0, rounds: 1, suites: [minkSuite('mink', feature, baseUrl)] }, 20 * 60_000);
    if (!result.suites.mink.ok[0]) throw new Error(`the ${count}-scenario suite failed: ${result.suites.mink.timings.failures.join(' | ')}`);
    peaks.push(result.maxRssMb);
  }
  const growth = peaks[1] / peaks[0];
  return {
    rows: [
      {
        row: 'memory',
        measured: `peak RSS ${peaks[0].toFixed(0)} MB at N = ${small}, ${peaks[1].toFixed(0)} MB at N = ${large}: **${ratio(growth)}**`,
        target: 'no growth with N (≤ 1.2×)',
        verdict: growth <= 1.2 ? 'met' : 'not met',
      },
    ],
    raw: { small, large, peaksMb: peaks },
  };
}
