/**
 * `npm run bench`: generates the workload, measures every row of the performance table, prints it
 * and writes bench/results.json (bench/.work/table.md holds the Markdown for RESULTS.md).
 * Timings never fail the run; only a broken measurement does.
 *
 * Environment: BENCH_N (HTTP scenarios, default 1000), BENCH_BROWSER_N (default 18), BENCH_ROUNDS
 * (default 5), BENCH_MEMORY_SMALL / BENCH_MEMORY_N (the sizes memory growth is measured between,
 * default 500 and 2000), BENCH_ROWS (comma-separated subset of http,exchanges,behat,short,memory,parallel,cold-start,browser),
 * BENCH_SCENARIOS_PER_FILE (default 25; 0 puts each suite in one file), BENCH_SKIP_BROWSER=1, BEHAT_REFERENCE (where assemble.sh put Behat, default /tmp/behat-reference),
 * BENCH_WEBDRIVER_PORT (the chromedriver Behat's browser row starts, default 4611; never 4444).
 *
 * The whole-process rows (behat, short, memory, parallel, cold-start, browser-behat) run against
 * `php -S` serving bench/fixtures/router.php when PHP is installed, the demo app otherwise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { phpBinary } from './lib/behat';
import { compileHarness } from './lib/configs';
import { startPhpServer } from './lib/php-server';
import { startDemoServer, type DemoServer } from './lib/processes';
import { machineDescription, markdownTable, stepTable, type Row, type StepStat } from './lib/report';
import { WORK_DIR } from './lib/workload';
import { measureBrowser } from './rows/browser';
import { measureBrowserVersusBehat } from './rows/browser-behat';
import { measureColdStart } from './rows/cold-start';
import { measureExchangeLog } from './rows/exchanges';
import { measureHttp } from './rows/http';
import { measureMemory } from './rows/memory';
import { measureParallel } from './rows/parallel';
import { measureVersusBehat } from './rows/versus-behat';
import { measureShortVersusBehat } from './rows/behat-short';

function numberFromEnv(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${text}"`);
  return value;
}

const ALL_ROWS = ['http', 'exchanges', 'behat', 'short', 'memory', 'parallel', 'cold-start', 'browser'] as const;
/** Rows that run the compiled harness as a project would. */
const WHOLE_PROCESS_ROWS: readonly RowGroup[] = ['behat', 'short', 'memory', 'parallel', 'cold-start', 'browser'];
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

interface BenchSettings {
  count: number;
  browserCount: number;
  rounds: number;
  memorySmall: number;
  memoryCount: number;
  webDriverPort: number;
  groups: Set<RowGroup>;
}

function readSettings(): BenchSettings {
  const webDriverPort = numberFromEnv('BENCH_WEBDRIVER_PORT', 4611);
  if (webDriverPort === 4444) throw new Error('BENCH_WEBDRIVER_PORT must not be 4444: the harness would take that server for its own');
  return {
    count: numberFromEnv('BENCH_N', 1000),
    browserCount: numberFromEnv('BENCH_BROWSER_N', 18),
    rounds: numberFromEnv('BENCH_ROUNDS', 5),
    memorySmall: numberFromEnv('BENCH_MEMORY_SMALL', 500),
    memoryCount: numberFromEnv('BENCH_MEMORY_N', 2000),
    webDriverPort,
    groups: selectedRows(),
  };
}

interface Measurements {
  rows: Row[];
  steps: StepStat[];
  raw: Record<string, unknown>;
  broken: boolean;
}

/** Each selected group in turn; a group that throws becomes a "measurement failed" row, the others still run. */
async function measureAll(settings: BenchSettings, demoUrl: string, fixturesUrl: string): Promise<Measurements> {
  const { count, rounds, groups } = settings;
  const result: Measurements = { rows: [], steps: [], raw: {}, broken: false };
  const measure = async (group: RowGroup, run: () => Promise<{ rows: Row[]; raw: unknown }>): Promise<void> => {
    if (!groups.has(group)) return;
    log(`measuring ${group} …`);
    const started = performance.now();
    try {
      const measured = await run();
      result.rows.push(...measured.rows);
      result.raw[group] = measured.raw;
    } catch (error) {
      result.broken = true;
      result.rows.push({ row: group, measured: `measurement failed: ${(error as Error).message}`, target: '', verdict: 'not met' });
    }
    log(`${group} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };

  await measure('http', async () => {
    const measured = await measureHttp(demoUrl, count, rounds);
    result.steps = measured.steps;
    return measured;
  });
  await measure('exchanges', () => measureExchangeLog(demoUrl, count, rounds));
  if (WHOLE_PROCESS_ROWS.some((group) => groups.has(group))) {
    log('compiling the harness as `npm run build` does …');
    compileHarness();
  }
  await measure('behat', () => measureVersusBehat(fixturesUrl, count, rounds));
  await measure('short', () => measureShortVersusBehat(fixturesUrl, count, rounds));
  await measure('memory', () => measureMemory(fixturesUrl, { small: settings.memorySmall, count, large: settings.memoryCount }));
  await measure('parallel', () => measureParallel(fixturesUrl, count, Math.max(3, Math.ceil(rounds / 2))));
  await measure('cold-start', () => measureColdStart(fixturesUrl, rounds));
  const browserRounds = Math.max(2, Math.ceil(rounds / 2));
  await measure('browser', async () => {
    const inProcess = await measureBrowser(demoUrl, settings.browserCount, browserRounds);
    const versus = await measureBrowserVersusBehat(fixturesUrl, settings.browserCount, browserRounds, settings.webDriverPort);
    return { rows: [...inProcess.rows, ...versus.rows], raw: { inProcess: inProcess.raw, versusBehat: versus.raw } };
  });
  return result;
}

function writeResults(settings: BenchSettings, machine: string, measured: Measurements): void {
  const { count, browserCount, rounds, memorySmall, memoryCount } = settings;
  const { rows, steps, raw } = measured;
  const table = [
    `Machine: ${machine}`,
    '',
    markdownTable(rows),
    ...(steps.length > 0 ? ['', `Per step (harness, N = ${count}, all measured rounds):`, '', stepTable(steps)] : []),
  ].join('\n');
  process.stdout.write(`\n${table}\n`);
  fs.writeFileSync(path.join(WORK_DIR, 'table.md'), `${table}\n`);
  const results = { date: new Date().toISOString(), machine, settings: { count, browserCount, rounds, memorySmall, memoryCount }, rows, steps, raw };
  fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log('wrote bench/results.json and bench/.work/table.md');
}

async function main(): Promise<void> {
  const settings = readSettings();
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const machine = machineDescription();
  const server = await startDemoServer();
  log(`demo app at ${server.url} (its own process); N = ${settings.count}, browser N = ${settings.browserCount}, ${settings.rounds} rounds`);
  const php = phpBinary();
  let fixtures: DemoServer = server;
  if (php) {
    fixtures = await startPhpServer(php, server.url);
    log(`php -S at ${fixtures.url} for the whole-process rows`);
  } else {
    log('no PHP here: the whole-process rows use the demo app, the Behat comparisons say why they are absent');
  }
  let measured: Measurements;
  try {
    measured = await measureAll(settings, server.url, fixtures.url);
  } finally {
    if (fixtures !== server) await fixtures.stop();
    await server.stop();
  }
  writeResults(settings, machine, measured);
  if (measured.broken) process.exitCode = 1;
}

// Exit on Ctrl-C or SIGTERM through process.exit, so the servers' exit handlers stop them.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
