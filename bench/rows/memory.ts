/**
 * Row memory: peak RSS of whole processes (GNU time). The harness installed (dist/) at N against
 * bare cucumber-js with no-op JS steps at N, and the growth of each from the small to the large size,
 * so what cucumber itself keeps shows apart from what the harness keeps. What a run keeps is read
 * directly too: the live heap after a full collection in an AfterAll hook (cucumber still holds the
 * run's messages there), which peak RSS only shows through V8's slack for garbage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeConfig, writeOnce, type Loading } from '../lib/configs';
import { interleave, mb, medianCost, signedMb, type Variant } from '../lib/interleave';
import { CUCUMBER_BIN, measureProcess, type ProcessCost } from '../lib/processes';
import { ratio, type Row } from '../lib/report';
import { WORK_DIR, writeFeature } from '../lib/workload';

/** Collects all garbage at the end of the run and writes the live heap (bytes) where BENCH_KEPT_FILE says. */
const KEPT_PROBE = `const { AfterAll } = require('@cucumber/cucumber');
AfterAll(function () {
  gc();
  require('node:fs').writeFileSync(process.env.BENCH_KEPT_FILE, String(process.memoryUsage().heapUsed));
});
`;

/** The live heap in MB at the end of one run of `config` (cucumber still holds the run there). */
async function keptHeapMb(config: string, name: string): Promise<number> {
  const probe = writeOnce(path.join(WORK_DIR, 'kept-probe', 'after-all.js'), KEPT_PROBE);
  const file = path.join(WORK_DIR, `kept-${name}-${process.pid}.txt`);
  await measureProcess(['--expose-gc', CUCUMBER_BIN, '--config', config, '--require', probe], 20 * 60_000, { env: { BENCH_KEPT_FILE: file } });
  const bytes = Number(fs.readFileSync(file, 'utf8'));
  fs.rmSync(file, { force: true });
  return bytes / (1024 * 1024);
}

/** The speed issue's bounds: peak RSS within 30 MB of bare cucumber-js, and no growth beyond cucumber-js's own. */
const OVER_BARE_MB = 30;
/** From the small to the large size, what the harness adds over bare cucumber-js may grow this much. */
const GROWTH_OVER_BARE_MB = 10;

export async function measureMemory(baseUrl: string, sizes: { small: number; count: number; large: number }): Promise<{ rows: Row[]; raw: unknown }> {
  const ordered = [...new Set([sizes.small, sizes.count, sizes.large])];
  const variants: Variant[] = [];
  const configs = new Map<string, string>();
  for (const size of ordered) {
    const feature = writeFeature(`http-${size}`, size);
    for (const loading of ['mink-compiled', 'bare'] as Loading[]) {
      const config = writeConfig(`memory-${loading}-${size}`, { loading, paths: [feature], worldParameters: { baseUrl } });
      configs.set(`${loading}-${size}`, config);
      variants.push({ name: `${loading}-${size}`, run: () => measureProcess([CUCUMBER_BIN, '--config', config], 20 * 60_000) });
    }
  }
  // Peak memory hardly varies between runs: one measured round after a warm-up.
  const costs = await interleave(variants, 1);
  const kept = new Map<string, number>();
  for (const size of [sizes.small, sizes.large]) {
    for (const loading of ['mink-compiled', 'bare']) kept.set(`${loading}-${size}`, await keptHeapMb(configs.get(`${loading}-${size}`) as string, `${loading}-${size}`));
  }
  const keptOverBare = (size: number): number => (kept.get(`mink-compiled-${size}`) as number) - (kept.get(`bare-${size}`) as number);
  const keptGrowth = keptOverBare(sizes.large) - keptOverBare(sizes.small);
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
          `kept at the end of the run (live heap after a full collection, in an AfterAll hook): cucumber-mink (dist/) ` +
          `${mb(kept.get(`mink-compiled-${sizes.small}`) as number)} at N = ${sizes.small}, ${mb(kept.get(`mink-compiled-${sizes.large}`) as number)} at N = ${sizes.large}; ` +
          `over bare cucumber-js ${signedMb(keptOverBare(sizes.small))} → ${signedMb(keptOverBare(sizes.large))}: **${signedMb(keptGrowth)}**<br>` +
          `peak RSS: cucumber-mink ${mb(mink(sizes.small))} → ${mb(mink(sizes.large))} (${ratio(growth)}); over bare cucumber-js ` +
          `${signedMb(addedSmall)} → ${signedMb(addedLarge)}: ${signedMb(addedLarge - addedSmall)} (V8's room for garbage, which grows with what a run allocates, not only with what it keeps)`,
        target: `flat beyond what cucumber-js keeps (≤ ${signedMb(GROWTH_OVER_BARE_MB)} from N = ${sizes.small} to ${sizes.large})`,
        verdict: keptGrowth <= GROWTH_OVER_BARE_MB ? 'met' : 'not met',
        note: `cucumber-js alone over the same sizes: kept ${mb(kept.get(`bare-${sizes.small}`) as number)} → ${mb(kept.get(`bare-${sizes.large}`) as number)}, peak RSS ${mb(bare(sizes.small))} → ${mb(bare(sizes.large))} (${ratio(bareGrowth)})`,
      },
    ],
    raw: { peakRssMb: Object.fromEntries([...costs].map(([name, list]) => [name, list.map((cost) => cost.peakRssMb)])), keptHeapMb: Object.fromEntries(kept) },
  };
}
