/**
 * How busy a whole-process run keeps the machine, and the speed-up its cores allow: a serial run that
 * keeps 1.3 cores busy (with the server it tests and the browsers it drives) can be made at most
 * 2 / 1.3 times faster on 2 cores, however cheap the workers.
 */
import fs from 'node:fs';
import os from 'node:os';
import { measureProcess, type ProcessCost, type ProcessOptions } from './processes';
import { ms, ratio } from './report';
import { median } from './stats';

export interface Cost extends ProcessCost {
  /** CPU time the whole machine spent while the run lasted (ours, the server's, browsers'). */
  readonly machineBusyMs: number;
}

const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU time the machine has spent busy since boot, all cores (Linux /proc/stat: user, nice, system,
 * irq, softirq, steal). A run's browsers are not all children it waits for, so only the machine's
 * own count sees all of their work.
 */
function machineBusyMs(): number {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = fields;
    return ((user + nice + system + irq + softirq + steal) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** One whole process, with the CPU the machine spent while it ran (the bench runs on a quiet machine). */
export async function measureBusy(args: string[], timeoutMs: number, options: ProcessOptions = {}): Promise<Cost> {
  const before = machineBusyMs();
  const cost = await measureProcess(args, timeoutMs, options);
  return { ...cost, machineBusyMs: machineBusyMs() - before };
}

/** How busy the machine was in the serial and parallel runs, and the speed-up its cores allow. */
export function cpuNote(serial: readonly Cost[], parallel: readonly Cost[]): string {
  const cores = os.availableParallelism();
  const serialBusy = median(serial.map((cost) => cost.machineBusyMs));
  const serialWall = median(serial.map((cost) => cost.elapsedMs));
  const parallelBusy = median(parallel.map((cost) => cost.machineBusyMs));
  const parallelWall = median(parallel.map((cost) => cost.elapsedMs));
  const busyCores = serialBusy / serialWall;
  if (!Number.isFinite(busyCores)) return 'CPU time not measured here (needs /proc/stat)';
  return (
    `the serial run kept the machine ${busyCores.toFixed(2)} cores busy (${ms(serialBusy)} CPU in ${ms(serialWall)}: ` +
    `harness, server and any browsers): on ${cores} cores no split of it can be more than **${ratio(cores / busyCores)}** faster; ` +
    `--parallel 2 kept ${(parallelBusy / parallelWall).toFixed(2)} cores busy and spent ${ms(parallelBusy)} CPU, ` +
    `${((parallelBusy / serialBusy - 1) * 100).toFixed(0)}% more than serial`
  );
}
