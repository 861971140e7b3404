/**
 * Row memory: peak RSS of whole processes (GNU time). The harness installed (dist/) at N against
 * bare cucumber-js with no-op JS steps at N, and the growth of each from the small to the large size,
 * so what cucumber itself keeps shows apart from what the harness keeps.
 */
import { writeConfig, type Loading } from '../lib/configs';
import { interleave, mb, medianCost, signedMb, type Variant } from '../lib/interleave';
import { CUCUMBER_BIN, measureProcess, type ProcessCost } from '../lib/processes';
import { ratio, type Row } from '../lib/report';
import { writeFeature } from '../lib/workload';

/** The speed issue's bounds: peak RSS within 30 MB of bare cucumber-js, and no growth beyond cucumber-js's own. */
const OVER_BARE_MB = 30;
/** From the small to the large size, what the harness adds over bare cucumber-js may grow this much. */
const GROWTH_OVER_BARE_MB = 10;

export async function measureMemory(baseUrl: string, sizes: { small: number; count: number; large: number }): Promise<{ rows: Row[]; raw: unknown }> {
  const ordered = [...new Set([sizes.small, sizes.count, sizes.large])];
  const variants: Variant[] = [];
  for (const size of ordered) {
    const feature = writeFeature(`http-${size}`, size);
    for (const loading of ['mink-compiled', 'bare'] as Loading[]) {
      const config = writeConfig(`memory-${loading}-${size}`, { loading, paths: [feature], worldParameters: { baseUrl } });
      variants.push({ name: `${loading}-${size}`, run: () => measureProcess([CUCUMBER_BIN, '--config', config], 20 * 60_000) });
    }
  }
  // Peak memory hardly varies between runs: one measured round after a warm-up.
  const costs = await interleave(variants, 1);
  const peak = (name: string): number => medianCost(costs.get(name) as ProcessCost[]).peakRssMb;
  const mink = (size: number): number => peak(`mink-compiled-${size}`);
  const bare = (size: number): number => peak(`bare-${size}`);
  const overBare = mink(sizes.count) - bare(sizes.count);
  const growth = mink(sizes.large) / mink(sizes.small);
  const bareGrowth = bare(sizes.large) / bare(sizes.small);
  // What cucumber keeps (every message of the run, for its summary and reports) grows with any harness.
  const addedSmall = mink(sizes.small) - bare(sizes.small);
  const addedLarge = mink(sizes.large) - bare(sizes.large);
  return {
    rows: [
      {
        row: 'memory-peak',
        measured:
          `peak RSS at N = ${sizes.count}: cucumber-mink (dist/) ${mb(mink(sizes.count))}, bare cucumber-js no-op ${mb(bare(sizes.count))}: ` +
          `**${signedMb(overBare)}**`,
        target: `≤ bare + ${OVER_BARE_MB} MB`,
        verdict: overBare <= OVER_BARE_MB ? 'met' : 'not met',
        note: 'whole process, serial, GNU time',
      },
      {
        row: 'memory-growth',
        measured:
          `cucumber-mink (dist/) ${mb(mink(sizes.small))} at N = ${sizes.small}, ${mb(mink(sizes.large))} at N = ${sizes.large} (${ratio(growth)}); ` +
          `over bare cucumber-js ${signedMb(addedSmall)} → ${signedMb(addedLarge)}: **${signedMb(addedLarge - addedSmall)}**`,
        target: `flat beyond what cucumber-js keeps (≤ ${signedMb(GROWTH_OVER_BARE_MB)} from N = ${sizes.small} to ${sizes.large})`,
        verdict: addedLarge - addedSmall <= GROWTH_OVER_BARE_MB ? 'met' : 'not met',
        note: `cucumber-js alone over the same sizes: ${mb(bare(sizes.small))} → ${mb(bare(sizes.large))} (${ratio(bareGrowth)})`,
      },
    ],
    raw: Object.fromEntries([...costs].map(([name, list]) => [name, list.map((cost) => cost.peakRssMb)])),
  };
}
