/**
 * `cucumber-mink run [cucumber-js arguments]` (what `init` makes `npm test`): cucumber-js, once, with
 * the Node options a run gains from and cannot set for itself (run-node-options.ts), its output
 * straight to this terminal. Every argument is cucumber-js's; its exit status is the run's.
 *
 * Ctrl-C reaches cucumber-js from the terminal itself, which completes its reports and ends; this
 * process waits for it. A SIGTERM sent to this process alone (a CI job's timeout) is passed on.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { cucumberBin } from './cucumber-bin';
import { runNodeOptions } from './run-node-options';

export interface SerialRunOptions {
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
}

export async function runSerial(options: SerialRunOptions): Promise<number> {
  const given = options.env ?? process.env;
  const child = spawn(process.execPath, [cucumberBin(options.cwd), ...options.args], {
    cwd: options.cwd,
    env: { ...given, NODE_OPTIONS: runNodeOptions(given.NODE_OPTIONS, { processes: 1 }) },
    stdio: 'inherit',
  });
  const onInterrupt = () => undefined;
  const onTerminate = () => child.kill('SIGTERM');
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onTerminate);
  try {
    return await new Promise<number>((resolve, reject) => {
      child.once('error', (error) => reject(new Error(`could not start cucumber-js: ${error.message}`)));
      // Ended by a signal: the status a shell gives such a process (130 for SIGINT).
      child.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0)));
    });
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onTerminate);
  }
}
