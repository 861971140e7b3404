/** Child processes of the bench: a measuring runner, a timed whole cucumber-js process, the demo server. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { RunnerResult, RunnerSpec } from '../cucumber-runner';
import { WORK_DIR } from './workload';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const TS_NODE = ['-r', require.resolve('../../support/typescript-hook.cjs')];
export const CUCUMBER_BIN = path.join(PROJECT_ROOT, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js');

/** Selenium Manager must never go online, whatever a child does. */
export function childEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env, SE_OFFLINE: 'true', SE_AVOID_STATS: 'true', ...extra };
  // The bench chooses the target itself; a BASE_URL of the caller's shell would skew every row.
  delete environment.BASE_URL;
  Object.assign(environment, extra);
  return environment;
}

interface Finished {
  code: number | null;
  stderr: string;
  /** Only when the child's stdout is a pipe: the last lines carry Behat's and cucumber's failure summary. */
  stdout: string;
  elapsedMs: number;
}

function waitFor(child: ChildProcess, started: number, timeoutMs: number): Promise<Finished> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout = (stdout + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out after ${timeoutMs / 1000} s: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout, elapsedMs: performance.now() - started });
    });
  });
}

let specCounter = 0;

export async function runMeasurement(spec: Omit<RunnerSpec, 'output'>, timeoutMs: number): Promise<RunnerResult> {
  specCounter += 1;
  const specFile = path.join(WORK_DIR, `runner-${process.pid}-${specCounter}.json`);
  const output = `${specFile}.out`;
  fs.writeFileSync(specFile, JSON.stringify({ ...spec, output }));
  const child = spawn(process.execPath, [...TS_NODE, path.join(__dirname, '..', 'cucumber-runner.ts'), specFile], {
    cwd: PROJECT_ROOT,
    env: childEnvironment(),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const finished = await waitFor(child, performance.now(), timeoutMs);
  if (finished.code !== 0 || !fs.existsSync(output)) {
    throw new Error(`measurement failed (exit ${finished.code}): ${finished.stderr.trim().split('\n').slice(-5).join(' | ')}`);
  }
  return JSON.parse(fs.readFileSync(output, 'utf8')) as RunnerResult;
}

export interface ProcessCost {
  /** Start to exit, what a user waits for. */
  readonly elapsedMs: number;
  /** Peak resident memory of the largest process of the run (a --parallel worker counts alone); NaN where unknown. */
  readonly peakRssMb: number;
  /** CPU time (user + system) of the process and the children it waited for (--parallel workers); NaN where unknown. */
  readonly cpuMs: number;
  /** With `failureAllowed`: the run's own summary of what failed (e.g. "18 scenarios (11 passed, 7 failed)"). */
  readonly failed?: string;
}

export interface ProcessOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string>;
  /** Defaults to this Node; `php` for the Behat reference. */
  readonly command?: string;
  /** A run that exits non-zero is still measured (the figures say what failed) instead of throwing. */
  readonly failureAllowed?: boolean;
}

/** The summary lines a cucumber-js or Behat run ends with ("3 scenarios (2 passed, 1 failed)"). */
function runSummary(stdout: string): string {
  const summary = stdout.split('\n').filter((line) => /^\d+ (scenarios?|steps?) \(/.test(line.trim()));
  return summary.length > 0 ? summary.map((line) => line.trim()).join(', ') : stdout.trim().split('\n').slice(-3).join(' | ');
}

/** GNU time reports the peak RSS of a whole process tree's largest member and its CPU time; absent on some machines. */
const GNU_TIME = '/usr/bin/time';

/** One whole process, start to exit: wall time, and peak RSS when GNU time is installed. */
export async function measureProcess(args: string[], timeoutMs: number, options: ProcessOptions = {}): Promise<ProcessCost> {
  const command = options.command ?? process.execPath;
  const rssFile = path.join(WORK_DIR, `rss-${process.pid}-${(specCounter += 1)}.txt`);
  const withTime = fs.existsSync(GNU_TIME);
  const [file, fileArgs] = withTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, args];
  const child = spawn(file, fileArgs, { cwd: options.cwd ?? PROJECT_ROOT, env: childEnvironment(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
  const finished = await waitFor(child, performance.now(), timeoutMs);
  let peakRssMb = Number.NaN;
  let cpuMs = Number.NaN;
  if (withTime && fs.existsSync(rssFile)) {
    const lines = fs.readFileSync(rssFile, 'utf8').trim().split('\n');
    const [rssKb, userSeconds, systemSeconds] = lines[lines.length - 1].split(' ').map(Number);
    peakRssMb = rssKb / 1024;
    cpuMs = (userSeconds + systemSeconds) * 1000;
    fs.rmSync(rssFile, { force: true });
  }
  if (finished.code !== 0 && options.failureAllowed) {
    return { elapsedMs: finished.elapsedMs, peakRssMb, cpuMs, failed: runSummary(finished.stdout) };
  }
  if (finished.code !== 0) {
    const name = command === process.execPath ? 'node' : path.basename(command);
    throw new Error(`\`${name} ${args.join(' ')}\` exited ${finished.code}: ${[finished.stderr.trim().split('\n').slice(0, 30), finished.stdout.trim().split('\n').slice(-12)].flat().join(' | ')}`);
  }
  return { elapsedMs: finished.elapsedMs, peakRssMb, cpuMs };
}

export interface DemoServer {
  readonly url: string;
  stop(): Promise<void>;
}


/** The demo app in its own process (`cucumber-mink demo`), so server work never shares the measured event loop. */
export function startDemoServer(): Promise<DemoServer> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'cucumber-mink.js'), 'demo', '--port', '0'], {
    cwd: PROJECT_ROOT,
    env: childEnvironment(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`demo app exited ${code} before it listened`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('\n')) return;
      // Its first line: "cucumber-mink demo app: http://127.0.0.1:PORT (Ctrl-C stops it)".
      const url = /https?:\/\/\S+/.exec(output.split('\n')[0])?.[0];
      if (url === undefined) return reject(new Error(`cucumber-mink demo did not print its address: ${output}`));
      resolve({
        url,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
