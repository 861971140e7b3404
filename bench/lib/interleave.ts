/** Whole-process variants run in turn, round after round, so a burst of load on the machine hits each alike. */
import type { ProcessCost } from './processes';
import { median } from './stats';

export interface Variant {
  readonly name: string;
  readonly run: () => Promise<ProcessCost>;
}

/** Runs every variant once per round; the first `warmupRounds` (disk cache, JIT of the server) are not kept. */
export async function interleave(variants: readonly Variant[], rounds: number, warmupRounds = 1): Promise<Map<string, ProcessCost[]>> {
  const costs = new Map<string, ProcessCost[]>(variants.map((variant) => [variant.name, []]));
  for (let round = 0; round < warmupRounds + rounds; round += 1) {
    for (const variant of variants) {
      const cost = await variant.run();
      if (round >= warmupRounds) costs.get(variant.name)?.push(cost);
    }
  }
  return costs;
}

export function medianCost(costs: readonly ProcessCost[]): ProcessCost {
  return {
    elapsedMs: median(costs.map((cost) => cost.elapsedMs)),
    peakRssMb: median(costs.map((cost) => cost.peakRssMb)),
    cpuMs: median(costs.map((cost) => cost.cpuMs)),
  };
}

/** Median of the per-round ratios a/b of wall time: each pair ran back to back, under the same load. */
export function pairedWallRatio(a: readonly ProcessCost[], b: readonly ProcessCost[]): number {
  const ratios: number[] = [];
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) ratios.push(a[index].elapsedMs / b[index].elapsedMs);
  return median(ratios);
}

export function mb(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(0)} MB` : 'n/a MB';
}

export function signedMb(value: number): string {
  return Number.isFinite(value) ? `${value >= 0 ? '+' : ''}${value.toFixed(0)} MB` : 'n/a';
}
