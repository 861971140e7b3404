/** Row cold-start: one trivial scenario as a whole process, for each way of loading the harness. */
import { CUCUMBER_BIN, timeProcess } from '../lib/processes';
import { ms, type Row } from '../lib/report';
import { median } from '../lib/stats';
import { writeConfig, writeTrivialFeature, type Loading } from '../lib/configs';

const LOADINGS: ReadonlyArray<{ loading: Loading; label: string }> = [
  { loading: 'bare', label: 'bare cucumber-js, plain JS steps' },
  { loading: 'mink-ts-node', label: 'harness from TypeScript sources (ts-node, as this repository runs)' },
  { loading: 'mink-compiled', label: 'harness compiled (dist/, what a project installs), JS project steps' },
  { loading: 'mink-compiled+user-ts', label: 'harness compiled (dist/), ts-node only for TypeScript project steps' },
];

const BUDGET_MS = 500;

export async function measureColdStart(rounds: number): Promise<{ rows: Row[]; raw: unknown }> {
  const feature = writeTrivialFeature();
  // The harness scenarios start the embedded demo app, as `npm test` does with no BASE_URL.
  const configs = LOADINGS.map(({ loading }) => writeConfig(`cold-${loading}`, { loading, paths: [feature] }));
  const times: number[][] = LOADINGS.map(() => []);
  // Interleaved, so a burst of load from other work on the machine hits every variant alike.
  for (let round = 0; round < rounds + 1; round += 1) {
    for (const [index, config] of configs.entries()) {
      const elapsed = await timeProcess([CUCUMBER_BIN, '--config', config], 120_000);
      if (round > 0) times[index].push(elapsed); // the first round warms the disk cache
    }
  }
  const medians = times.map(median);
  const bare = medians[0];
  const rows: Row[] = LOADINGS.slice(1).map(({ loading, label }, offset) => {
    const extra = medians[offset + 1] - bare;
    // The like-for-like comparison: same plain JS project steps, only the harness added.
    const recommended = loading === 'mink-compiled';
    return {
      row: `cold-start${recommended ? '' : ` (${loading})`}`,
      measured: `${label}: ${ms(medians[offset + 1])} vs bare ${ms(bare)}: **+${ms(extra)}**`,
      target: recommended ? '≤ +0.5 s' : 'report',
      verdict: recommended ? (extra <= BUDGET_MS ? 'met' : 'not met') : 'report',
    };
  });
  return { rows, raw: Object.fromEntries(LOADINGS.map(({ loading }, index) => [loading, times[index]])) };
}
