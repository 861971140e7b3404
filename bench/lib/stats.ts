/** Order statistics for timings: medians resist the noise of a shared machine better than means. */

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest-rank, so a p95 of 20 samples is an observed value rather than an interpolation.
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median of the element-wise ratios a[i]/b[i]: each pair was measured back to back, under the same load. */
export function pairedRatio(numerators: readonly number[], denominators: readonly number[]): number {
  const count = Math.min(numerators.length, denominators.length);
  const ratios: number[] = [];
  for (let index = 0; index < count; index += 1) ratios.push(numerators[index] / denominators[index]);
  return median(ratios);
}
