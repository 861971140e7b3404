/**
 * `npm run bench`: generates the workload, measures every row of the performance table, prints it
 * and writes bench/results.json (bench/.work/table.md holds the Markdown for RESULTS.md).
 * Timings never fail the run; only a broken measurement does.
 *
 * Environment: BENCH_N (HTTP scenarios, default 500), BENCH_BROWSER_N (default 20), BENCH_ROUNDS
 * (default 5), BENCH_MEMORY_N (the large memory size, default 2000), BENCH_ROWS (comma-separated
 * subset of http,memory,parallel,cold-start,browser), BENCH_SKIP_BROWSER=1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compileHarness } from './lib/configs';
import { startDemoServer } from './lib/processes';
import { machineDescription, markdownTable, stepTable, type Row, type StepStat } from './lib/report';
import { WORK_DIR } from './lib/workload';
import { measureBrowser } from './rows/browser';
import { measureColdStart } from './rows/cold-start';
import { measureHttp } from './rows/http';
import { measureMemory } from './rows/memory';
import { measureParallel } from './rows/parallel';

function numberFromEnv(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${text}"`);
  return value;
}

const ALL_ROWS = ['http', 'memory', 'parallel', 'cold-start', 'browser'] as const;
type RowGroup = (typeof ALL_ROWS)[number];

function selectedRows(): Set<RowGroup> {
  const text = process.env.BENCH_ROWS;
  if (!text) return new Set(ALL_ROWS);
  const names = text.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(ALL_ROWS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`BENCH_ROWS: unknown ${unknown.join(', ')}; choose from ${ALL_ROWS.join(', ')}`);
  return new Set(names as RowGroup[]);
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function main(): Promise<void> {
  const count = numberFromEnv('BENCH_N', 500);
  const browserCount = numberFromEnv('BENCH_BROWSER_N', 20);
  const rounds = numberFromEnv('BENCH_ROUNDS', 5);
  const memoryCount = numberFromEnv('BENCH_MEMORY_N', 2000);
  const groups = selectedRows();
  fs.mkdirSync(WORK_DIR, { recursive: true });

  const machine = machineDescription();
  const rows: Row[] = [];
  let steps: StepStat[] = [];
  const raw: Record<string, unknown> = {};
  let broken = false;

  const server = await startDemoServer();
  log(`demo app at ${server.url} (its own process); N = ${count}, browser N = ${browserCount}, ${rounds} rounds`);
  try {
    const measure = async (group: RowGroup, run: () => Promise<{ rows: Row[]; raw: unknown }>): Promise<void> => {
      if (!groups.has(group)) return;
      log(`measuring ${group} …`);
      const started = performance.now();
      try {
        const result = await run();
        rows.push(...result.rows);
        raw[group] = result.raw;
      } catch (error) {
        broken = true;
        rows.push({ row: group, measured: `measurement failed: ${(error as Error).message}`, target: '', verdict: 'not met' });
      }
      log(`${group} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    };

    await measure('http', async () => {
      const result = await measureHttp(server.url, count, rounds);
      steps = result.steps;
      return result;
    });
    await measure('memory', () => measureMemory(server.url, count, memoryCount));
    if (groups.has('parallel') || groups.has('cold-start')) {
      log('compiling the harness as `npm run build` does …');
      compileHarness();
    }
    await measure('parallel', () => measureParallel(server.url, count, Math.max(3, Math.ceil(rounds / 2))));
    await measure('cold-start', () => measureColdStart(rounds));
    await measure('browser', () => measureBrowser(server.url, browserCount, Math.max(2, Math.ceil(rounds / 2))));
  } finally {
    await server.stop();
  }

  const table = [
    `Machine: ${machine}`,
    '',
    markdownTable(rows),
    ...(steps.length > 0 ? ['', `Per step (harness, N = ${count}, all measured rounds):`, '', stepTable(steps)] : []),
  ].join('\n');
  process.stdout.write(`\n${table}\n`);
  fs.writeFileSync(path.join(WORK_DIR, 'table.md'), `${table}\n`);
  const results = { date: new Date().toISOString(), machine, settings: { count, browserCount, rounds, memoryCount }, rows, steps, raw };
  fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log('wrote bench/results.json and bench/.work/table.md');
  if (broken) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
