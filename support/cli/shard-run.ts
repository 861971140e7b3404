/**
 * `cucumber-mink run --shards N [cucumber-js arguments]`: the suite as N cucumber-js processes at
 * once, each running its share (`--shard i/N`, cucumber-js's own selection), then one report.
 *
 * Why processes and not `--parallel N`: cucumber-js's workers send every scenario's Gherkin document
 * to a worker and ~20 messages back, one write each, to a coordinator that also loads the whole
 * harness; on these machines that protocol cost 50–70% more CPU than a serial run (bench/RESULTS.md).
 * A shard is a plain serial run: it pays its own start (a fraction of a second) and nothing per
 * scenario. Each shard writes its reports to a folder of its own (`reports/shard-2-of-4/`, as `SHARD`
 * does); they are merged into the folder a serial run would have written (`reports/`), with the
 * same merge as `cucumber-mink merge-reports`.
 *
 * The output of each shard is shown whole when it ends (progress dots of several runs cannot share
 * a terminal line). Ctrl-C reaches the shards from the terminal; each writes the reports of what it
 * finished, and those are merged.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SHARD_REPORTS_NOTE_VARIABLE, RUNNER_PID_VARIABLE } from '../config/environment';
import { SUMMARY_FILE } from '../config/preset';
import { describeScenarios } from '../formatters/report-files';
import { mergeReports } from './merge-reports';
import { cucumberBin } from './cucumber-bin';
import { runNodeOptions } from './run-node-options';

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface ShardRunOptions {
  shards: number;
  /** cucumber-js's own arguments: paths, `--profile`, `--tags` … */
  args: readonly string[];
  cwd: string;
  output: Output;
  env?: NodeJS.ProcessEnv;
}

interface ShardResult {
  index: number;
  code: number;
  elapsedMs: number;
  text: string;
  /** Where the shard wrote its reports (its reports formatter says so), if it got that far. */
  folder: string | null;
}

/** Options that would fight the runner's own sharding, and what to do instead. */
const REFUSED: ReadonlyArray<{ flag: string; why: string }> = [
  { flag: '--shard', why: 'run --shards chooses each process\'s share itself; drop --shard (or run cucumber-js --shard i/N on its own)' },
  { flag: '--parallel', why: 'run --shards N already runs N processes; --parallel would start workers inside each of them: use one or the other' },
];

export function refusedArgument(args: readonly string[]): string | null {
  for (const argument of args) {
    const refused = REFUSED.find(({ flag }) => argument === flag || argument.startsWith(`${flag}=`));
    if (refused) return `cucumber-mink run: ${refused.flag} cannot be used here: ${refused.why}.`;
  }
  return null;
}

function runShard(index: number, options: ShardRunOptions, bin: string, noteDir: string): { done: Promise<ShardResult>; stop: (signal: NodeJS.Signals) => void } {
  const started = Date.now();
  const note = path.join(noteDir, `shard-${index}.json`);
  const given = options.env ?? process.env;
  const env: NodeJS.ProcessEnv = {
    ...given,
    [SHARD_REPORTS_NOTE_VARIABLE]: note,
    [RUNNER_PID_VARIABLE]: String(process.pid),
    NODE_OPTIONS: runNodeOptions(given.NODE_OPTIONS, { processes: options.shards }),
  };
  // The shard writes to a file, not the terminal: keep cucumber's colours when the terminal has them.
  if (process.stdout.isTTY && env.FORCE_COLOR === undefined && env.NO_COLOR === undefined) env.FORCE_COLOR = '1';
  // Its output is shown whole when it ends, so it goes straight to a file: through a pipe, this
  // process woke for every progress character of every shard (7% more CPU on 1 000 scenarios).
  // One file for both streams keeps their lines in the order the shard wrote them.
  const outputFile = path.join(noteDir, `shard-${index}.out`);
  const output = fs.openSync(outputFile, 'w');
  let child: ReturnType<typeof spawn>;
  try {
    // Before the user's arguments: after a `--` among them it would be read as a path.
    child = spawn(process.execPath, [bin, '--shard', `${index}/${options.shards}`, ...options.args], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', output, output],
    });
  } finally {
    fs.closeSync(output);
  }
  const done = new Promise<ShardResult>((resolve) => {
    const finish = (code: number, extra = '') => {
      let folder: string | null = null;
      try {
        folder = (JSON.parse(fs.readFileSync(note, 'utf8')) as { folder: string }).folder;
      } catch {
        folder = null;
      }
      resolve({ index, code, elapsedMs: Date.now() - started, text: readOutput(outputFile) + extra, folder });
    };
    child.on('error', (error) => finish(1, `\ncucumber-mink run: could not start cucumber-js: ${error.message}\n`));
    child.on('close', (code, signal) => finish(code ?? (signal === 'SIGINT' ? 130 : 1)));
  });
  return { done, stop: (signal) => child.kill(signal) };
}

function readOutput(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function heading(result: ShardResult, total: number): string {
  const seconds = (result.elapsedMs / 1000).toFixed(1);
  return `── shard ${result.index} of ${total} (${seconds} s${result.code === 0 ? '' : `, exit code ${result.code}`}) ──`;
}

/**
 * One report out of the shards' reports, in the folder their folders share (where a serial run
 * writes). 'none' when the shards wrote no reports to merge (a configuration with formats of its
 * own), 'failed' when they did and the merge failed.
 */
async function mergeShards(results: readonly ShardResult[], options: ShardRunOptions): Promise<'merged' | 'none' | 'failed'> {
  const { out, err } = options.output;
  const folders = results.map((result) => result.folder);
  if (folders.some((folder) => folder === null)) {
    const missing = results.filter((result) => result.folder === null).map((result) => result.index);
    err(
      `No merged report: shard ${missing.join(', ')} wrote no reports (the run stopped before it started, or the configuration's ` +
        "format has no 'cucumber-mink/reports', which the default formats include).",
    );
    return 'none';
  }
  const parents = new Set(folders.map((folder) => path.dirname(folder as string)));
  if (parents.size !== 1) {
    err(`No merged report: the shards wrote their reports to unrelated folders (${folders.join(', ')}).`);
    return 'failed';
  }
  const target = [...parents][0];
  try {
    const merged = await mergeReports(folders as string[], target, options.cwd);
    const line = `${options.shards} shards: ${describeScenarios(merged.statuses)}${merged.success ? '' : ', the run failed'}`;
    // The line a serial run leaves beside its reports, so the folder never shows an older run's.
    fs.writeFileSync(path.join(target, SUMMARY_FILE), `${line}\n`);
    out(line);
    out(`Reports: ${merged.files.map((file) => path.relative(options.cwd, file)).join(', ')}`);
    return 'merged';
  } catch (error) {
    err(`No merged report: ${(error as Error).message}`);
    return 'failed';
  }
}

/** Runs the shards; resolves to the exit code: the first failing shard's, else 1 if the merge failed, else 0. */
export async function runShards(options: ShardRunOptions): Promise<number> {
  const refused = refusedArgument(options.args);
  if (refused) {
    options.output.err(refused);
    return 2;
  }
  const bin = cucumberBin(options.cwd);
  const noteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cucumber-mink-shards-'));
  options.output.out(`Running the suite as ${options.shards} shards at once (cucumber-js --shard i/${options.shards}); each shard's output follows when it ends.`);
  const shards: Array<ReturnType<typeof runShard>> = [];
  try {
    for (let index = 1; index <= options.shards; index++) shards.push(runShard(index, options, bin, noteDir));
  } catch (error) {
    // A shard that could not be started (no file for its output): the started ones are not left unread.
    shards.forEach((shard) => shard.stop('SIGTERM'));
    fs.rmSync(noteDir, { recursive: true, force: true });
    throw error;
  }
  let interrupted = false;
  // Ctrl-C reaches the shards from the terminal themselves; sending it again would make them drop
  // their reports (a second signal ends a run at once). A SIGTERM sent to the runner alone is passed on.
  const onInterrupt = () => {
    interrupted = true;
  };
  const onTerminate = () => {
    interrupted = true;
    shards.forEach((shard) => shard.stop('SIGTERM'));
  };
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onTerminate);
  try {
    const results = await Promise.all(
      shards.map((shard) =>
        shard.done.then((result) => {
          options.output.out(`${heading(result, options.shards)}\n${result.text.trimEnd()}`);
          return result;
        }),
      ),
    );
    const merged = await mergeShards(results, options);
    const failed = results.find((result) => result.code !== 0);
    if (interrupted) return 130;
    return failed ? failed.code : merged === 'failed' ? 1 : 0;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onTerminate);
    fs.rmSync(noteDir, { recursive: true, force: true });
  }
}
