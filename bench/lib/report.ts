/** The bench's output: one line per row of the table, as Markdown and as JSON. */
import os from 'node:os';
import { execFileSync } from 'node:child_process';

export type Verdict = 'met' | 'not met' | 'report' | 'skipped';

export interface Row {
  readonly row: string;
  readonly measured: string;
  readonly target: string;
  readonly verdict: Verdict;
  readonly note?: string;
}

export interface StepStat {
  readonly kind: string;
  readonly count: number;
  readonly medianMs: number;
  readonly p95Ms: number;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : value >= 10 ? `${value.toFixed(0)} ms` : `${value.toFixed(2)} ms`;
}

/** A difference, with its sign: +1.20 s, -35 ms. */
export function signedMs(value: number): string {
  return Number.isFinite(value) ? `${value < 0 ? '-' : '+'}${ms(Math.abs(value))}` : 'n/a';
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';
}

export function machineDescription(): string {
  const cpus = os.cpus();
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    // Not a git checkout (an unpacked tarball): the table is still useful without it.
  }
  return (
    `${os.type()} ${os.release()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, load ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}, ` +
    `Node ${process.version}, commit ${commit}`
  );
}

export function markdownTable(rows: readonly Row[]): string {
  const lines = ['| Row | Measured | Target | Verdict |', '|---|---|---|---|'];
  for (const row of rows) {
    const measured = row.note ? `${row.measured}<br>${row.note}` : row.measured;
    lines.push(`| ${row.row} | ${measured} | ${row.target} | ${row.verdict} |`);
  }
  return lines.join('\n');
}

export function stepTable(steps: readonly StepStat[]): string {
  const lines = ['| Step kind | Steps timed | Median | p95 |', '|---|---|---|---|'];
  for (const step of steps) lines.push(`| ${step.kind} | ${step.count} | ${ms(step.medianMs)} | ${ms(step.p95Ms)} |`);
  return lines.join('\n');
}
