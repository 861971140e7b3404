/**
 * Row parallel: the HTTP suite as a whole process, serial vs `--parallel 2`, with the harness
 * installed (dist/); beside it one scenario each way, which is the price of starting workers.
 *
 * Both runs share the machine with the server they test, so the row also reports the CPU each
 * spends (ours and the server's) and the speed-up the machine's cores allow: a serial run that keeps
 * 1.3 cores busy can be made at most 2 / 1.3 times faster on 2 cores, however cheap the workers.
 */
import os from 'node:os';
import { writeConfig } from '../lib/configs';
import { interleave, medianCost, pairedWallRatio, type Variant } from '../lib/interleave';
import { CUCUMBER_BIN, measureProcess, type DemoServer, type ProcessCost } from '../lib/processes';
import { ms, ratio, signedMs, type Row } from '../lib/report';
import { median } from '../lib/stats';
import { scenariosPerFile, writeFeature } from '../lib/workload';

const SPEEDUP_BUDGET = 1.6;

interface Cost extends ProcessCost {
  /** CPU time the server spent answering this run. */
  readonly serverCpuMs: number;
}

async function measureWithServer(server: DemoServer, args: string[]): Promise<Cost> {
  const before = server.cpuMs();
  const cost = await measureProcess(args, 600_000);
  return { ...cost, serverCpuMs: server.cpuMs() - before };
}

function seconds(value: number): string {
  return Number.isFinite(value) ? `${(value / 1000).toFixed(1)} s` : 'n/a';
}

/** What the serial and parallel runs cost in CPU, and the speed-up the cores allow. */
function cpuNote(serial: readonly Cost[], parallel: readonly Cost[]): string {
  const cores = os.availableParallelism();
  const serialOurs = median(serial.map((cost) => cost.cpuMs));
  const serialServer = median(serial.map((cost) => cost.serverCpuMs));
  const serialWall = median(serial.map((cost) => cost.elapsedMs));
  const busyCores = (serialOurs + serialServer) / serialWall;
  const parallelOurs = median(parallel.map((cost) => cost.cpuMs));
  if (!Number.isFinite(busyCores)) return 'CPU time not measured here (needs GNU time and /proc)';
  return (
    `serial keeps ${busyCores.toFixed(2)} cores busy (harness ${seconds(serialOurs)} CPU + server ${seconds(serialServer)} in ` +
    `${seconds(serialWall)}): on ${cores} cores no split of this run can be more than **${ratio(cores / busyCores)}** faster; ` +
    `--parallel 2 spends ${seconds(parallelOurs)} CPU in the harness (coordinator and workers), ` +
    `${((parallelOurs / serialOurs - 1) * 100).toFixed(0)}% more than serial`
  );
}

export async function measureParallel(server: DemoServer, count: number, rounds: number): Promise<{ rows: Row[]; raw: unknown }> {
  const variants: Variant[] = [];
  for (const [name, size] of [['suite', count], ['one', 1]] as const) {
    const feature = writeFeature(size === 1 ? 'one' : `http-${size}`, size);
    const config = writeConfig(`parallel-${name}`, { loading: 'mink-compiled', paths: [feature], worldParameters: { baseUrl: server.url } });
    variants.push(
      { name: `${name}-serial`, run: () => measureWithServer(server, [CUCUMBER_BIN, '--config', config]) },
      { name: `${name}-parallel`, run: () => measureWithServer(server, [CUCUMBER_BIN, '--config', config, '--parallel', '2']) },
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
