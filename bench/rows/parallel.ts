/**
 * Row parallel: the HTTP suite as a whole process, serial vs `--parallel 2`, with the harness
 * installed (dist/); beside it one scenario each way, which is the price of starting workers; and
 * the CPU both runs spend, with the speed-up the machine's cores allow (lib/cpu.ts).
 * Row parallel-shards: the same suite as `cucumber-mink run --shards 2` (two serial cucumber-js
 * processes, each its half), against the same serial run; and the CPU a scenario costs in each mode.
 * Beside it the floor of any process-per-shard mode: cucumber-js alone (no-op steps) run serially and
 * as two `--shard` processes at once, each of which starts, loads and parses the whole suite again.
 */
import path from 'node:path';
import { COMPILED_DIR, writeConfig, writeOnce } from '../lib/configs';
import { cpuNote, measureBusy, type Cost } from '../lib/cpu';
import { interleave, medianCost, pairedWallRatio, type Variant } from '../lib/interleave';
import { CUCUMBER_BIN, type ProcessCost } from '../lib/processes';
import { ms, ratio, signedMs, type Row } from '../lib/report';
import { scenariosPerFile, writeFeature } from '../lib/workload';

const SPEEDUP_BUDGET = 1.6;
/** The targets for a parallel mode: at most 15% more CPU than serial, at least 1.2× faster. */
const SHARDS_CPU_BUDGET = 1.15;
const SHARDS_SPEEDUP_BUDGET = 1.2;

/** `cucumber-mink` from the compiled harness, as an installed package runs it. */
function shardRunner(): string {
  const main = path.join(COMPILED_DIR, 'support', 'cli', 'main.js');
  return writeOnce(path.join(COMPILED_DIR, '..', 'bin', 'cucumber-mink.js'), `require(${JSON.stringify(main)}).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n`);
}

/** cucumber-js alone on the same suite: serial, and two `--shard` processes at once (a shell waits for both). */
function bareVariants(feature: string): Variant[] {
  const config = writeConfig('parallel-bare', { loading: 'bare', paths: [feature] });
  const run = `${JSON.stringify(process.execPath)} ${JSON.stringify(CUCUMBER_BIN)} --config ${JSON.stringify(config)}`;
  return [
    { name: 'bare-serial', run: () => measureBusy([CUCUMBER_BIN, '--config', config], 600_000) },
    { name: 'bare-shards', run: () => measureBusy(['-c', `${run} --shard 1/2 & ${run} --shard 2/2 & wait`], 600_000, { command: '/bin/sh' }) },
  ];
}

/** The median over rounds of one mode's CPU against serial's in the same round. */
function medianCpuRatio(mode: readonly Cost[], serial: readonly Cost[]): number {
  const ratios = mode.map((cost, index) => cost.cpuMs / serial[index].cpuMs).sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)];
}

const perScenario = (cost: ProcessCost, count: number) => `${(cost.cpuMs / count).toFixed(2)} ms`;

export async function measureParallel(baseUrl: string, count: number, rounds: number): Promise<{ rows: Row[]; raw: unknown }> {
  const variants: Variant[] = [];
  for (const [name, size] of [['suite', count], ['one', 1]] as const) {
    const feature = writeFeature(size === 1 ? 'one' : `http-${size}`, size);
    const config = writeConfig(`parallel-${name}`, { loading: 'mink-compiled', paths: [feature], worldParameters: { baseUrl } });
    variants.push(
      { name: `${name}-serial`, run: () => measureBusy([CUCUMBER_BIN, '--config', config], 600_000) },
      { name: `${name}-parallel`, run: () => measureBusy([CUCUMBER_BIN, '--config', config, '--parallel', '2'], 600_000) },
    );
    if (name === 'suite') variants.push({ name: 'suite-shards', run: () => measureBusy([shardRunner(), 'run', '--shards', '2', '--config', config], 600_000) });
    if (name === 'suite') variants.push(...bareVariants(feature));
  }
  const costs = await interleave(variants, rounds);
  const runs = (name: string) => (costs.get(name) ?? []) as Cost[];
  const speedup = pairedWallRatio(runs('suite-serial'), runs('suite-parallel'));
  const shardsSpeedup = pairedWallRatio(runs('suite-serial'), runs('suite-shards'));
  const shardsCpu = medianCpuRatio(runs('suite-shards'), runs('suite-serial'));
  const bareShardsCpu = medianCpuRatio(runs('bare-shards'), runs('bare-serial'));
  const [bareSerial, bareShards] = ['bare-serial', 'bare-shards'].map((variant) => medianCost(runs(variant)));
  const [serial, parallel, shards] = ['suite-serial', 'suite-parallel', 'suite-shards'].map((variant) => medianCost(runs(variant)));
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
        row: 'parallel-shards',
        measured:
          `serial ${ms(serial.elapsedMs)}, run --shards 2 ${ms(shards.elapsedMs)}: **${ratio(shardsSpeedup)}** faster; ` +
          `CPU (harness and its children) **${ratio(shardsCpu)}** of serial's<br>CPU a scenario: serial ${perScenario(serial, count)}, ` +
          `--parallel 2 ${perScenario(parallel, count)}, run --shards 2 ${perScenario(shards, count)}`,
        target: `CPU ≤ ${SHARDS_CPU_BUDGET}× serial's, ≥ ${SHARDS_SPEEDUP_BUDGET}× faster`,
        verdict: shardsCpu <= SHARDS_CPU_BUDGET && shardsSpeedup >= SHARDS_SPEEDUP_BUDGET ? 'met' : 'not met',
        note:
          `${rounds} interleaved rounds (serial, --parallel 2, shards, …), medians of per-round ratios; no reports written in any mode. ` +
          `The floor of a process a shard: cucumber-js alone (no-op steps) serial ${ms(bareSerial.elapsedMs)}, CPU ${ms(bareSerial.cpuMs)}; ` +
          `two \`--shard\` processes at once ${ms(bareShards.elapsedMs)}, CPU ${ms(bareShards.cpuMs)}: **${ratio(bareShardsCpu)}** of its serial CPU. ` +
          `A second process costs cucumber-js alone ${signedMs(bareShards.cpuMs - bareSerial.cpuMs)} of CPU, the harness ${signedMs(shards.cpuMs - serial.cpuMs)}; ` +
          `${Math.round((SHARDS_CPU_BUDGET - 1) * 100)}% of this serial run's CPU is ${ms((SHARDS_CPU_BUDGET - 1) * serial.cpuMs)}`,
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
