/**
 * Row parallel: the HTTP suite as a whole process, serial vs `--parallel 2`, with the harness
 * installed (dist/); beside it one scenario each way, which is the price of starting workers; and
 * the CPU both runs spend, with the speed-up the machine's cores allow (lib/cpu.ts).
 */
import { writeConfig } from '../lib/configs';
import { cpuNote, measureBusy, type Cost } from '../lib/cpu';
import { interleave, medianCost, pairedWallRatio, type Variant } from '../lib/interleave';
import { CUCUMBER_BIN } from '../lib/processes';
import { ms, ratio, signedMs, type Row } from '../lib/report';
import { scenariosPerFile, writeFeature } from '../lib/workload';

const SPEEDUP_BUDGET = 1.6;

export async function measureParallel(baseUrl: string, count: number, rounds: number): Promise<{ rows: Row[]; raw: unknown }> {
  const variants: Variant[] = [];
  for (const [name, size] of [['suite', count], ['one', 1]] as const) {
    const feature = writeFeature(size === 1 ? 'one' : `http-${size}`, size);
    const config = writeConfig(`parallel-${name}`, { loading: 'mink-compiled', paths: [feature], worldParameters: { baseUrl } });
    variants.push(
      { name: `${name}-serial`, run: () => measureBusy([CUCUMBER_BIN, '--config', config], 600_000) },
      { name: `${name}-parallel`, run: () => measureBusy([CUCUMBER_BIN, '--config', config, '--parallel', '2'], 600_000) },
    );
  }
  const costs = await interleave(variants, rounds);
  const runs = (name: string) => (costs.get(name) ?? []) as Cost[];
  const speedup = pairedWallRatio(runs('suite-serial'), runs('suite-parallel'));
  const oneSerial = medianCost(runs('one-serial')).elapsedMs;
  const oneParallel = medianCost(runs('one-parallel')).elapsedMs;
  return {
    rows: [
      {
        row: 'parallel',
        measured:
          `serial ${ms(medianCost(runs('suite-serial')).elapsedMs)}, --parallel 2 ${ms(medianCost(runs('suite-parallel')).elapsedMs)} ` +
          `(${count} scenarios, dist/, whole process): **${ratio(speedup)}** faster<br>${cpuNote(runs('suite-serial'), runs('suite-parallel'))}`,
        target: `≥ ${SPEEDUP_BUDGET}× faster than serial`,
        verdict: speedup >= SPEEDUP_BUDGET ? 'met' : 'not met',
        note: `${rounds} interleaved rounds, median of per-round ratios; ${scenariosPerFile() || count} scenarios per feature file`,
      },
      {
        row: 'parallel-start',
        measured: `one scenario: serial ${ms(oneSerial)}, --parallel 2 ${ms(oneParallel)}: workers cost **${signedMs(oneParallel - oneSerial)}**`,
        target: 'report (a worker starts in a fraction of a second)',
        verdict: 'report',
      },
    ],
    raw: Object.fromEntries(costs),
  };
}
