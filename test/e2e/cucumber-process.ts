/**
 * cucumber-js run as a process of its own, as a CI job runs it: for the tests of what a whole run
 * does when a server hangs, a browser dies or a signal arrives (its exit, its reports, its output).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './feature-run';

const CUCUMBER_BIN = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'cucumber-js');

export interface CucumberResult {
  readonly code: number | null;
  readonly output: string;
}

export interface CucumberProcess {
  readonly child: ChildProcess;
  /** Everything it printed so far, stdout and stderr interleaved. */
  output(): string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `cucumber-js args` in the project root; `env` adds to (or blanks) the caller's environment. */
export function startCucumberProcess(args: string[], env: Record<string, string>): CucumberProcess {
  const child = spawn(CUCUMBER_BIN, args, {
    cwd: PROJECT_ROOT,
    // No Selenium someone left running, no base URL of the caller: each run says what it uses.
    env: { ...process.env, SELENIUM_URL: '', BASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exited };
}

/**
 * Runs cucumber to its end and returns its exit code and output. A run that has not ended after
 * `hangLimitMs` never will (it hangs, as a CI job would): it is killed and the test fails with its output.
 * Not a timing assertion: the limit is far above what the run needs.
 */
export async function runCucumberProcess(
  args: string[],
  env: Record<string, string>,
  hangLimitMs: number,
): Promise<CucumberResult> {
  const run = startCucumberProcess(args, env);
  let guard: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_resolve, reject) => {
    guard = setTimeout(() => {
      run.child.kill('SIGKILL');
      reject(new Error(`cucumber did not exit within ${hangLimitMs / 1000} s:\n${run.output()}`));
    }, hangLimitMs);
  });
  try {
    const { code } = await Promise.race([run.exited, hung]);
    return { code, output: run.output() };
  } finally {
    clearTimeout(guard);
  }
}
