/**
 * The CPU a whole-process run spends, ours and the server's, and the speed-up a machine's cores allow
 * it: a serial run that keeps 1.3 cores busy can be made at most 2 / 1.3 times faster on 2 cores,
 * however cheap the workers.
 */
import os from 'node:os';
import { measureProcess, type DemoServer, type ProcessCost } from './processes';
import { ratio } from './report';
import { median } from './stats';

export interface Cost extends ProcessCost {
  /** CPU time the server spent answering this run. */
  readonly serverCpuMs: number;
}

/** One whole process, with the CPU the server spent answering it. */
export async function measureWithServer(server: DemoServer, args: string[], timeoutMs: number): Promise<Cost> {
  const before = server.cpuMs();
  const cost = await measureProcess(args, timeoutMs);
  return { ...cost, serverCpuMs: server.cpuMs() - before };
}

function seconds(value: number): string {
  return Number.isFinite(value) ? `${(value / 1000).toFixed(1)} s` : 'n/a';
}

/** What the serial and parallel runs cost in CPU, and the speed-up the cores allow. */
export function cpuNote(serial: readonly Cost[], parallel: readonly Cost[]): string {
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
    `--parallel 2 spends ${seconds(parallelOurs)} CPU in the harness and what it started (coordinator, workers, browsers), ` +
    `${((parallelOurs / serialOurs - 1) * 100).toFixed(0)}% more than serial`
  );
}
