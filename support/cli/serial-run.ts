/**
 * `cucumber-mink run [cucumber-js arguments]` (what `init` makes `npm test`): cucumber-js, once, with
 * the Node options a run gains from and cannot set for itself (run-node-options.ts), its output
 * straight to this terminal. Every argument is cucumber-js's; its exit status is the run's.
 *
 * Ctrl-C reaches cucumber-js from the terminal itself, which completes its reports and ends; this
 * process waits for it, then ends by the same signal (a shell script stops at a Ctrl-C only when the
 * command it ran died of it). A SIGTERM sent to this process alone (a CI job's timeout) is passed on; if
 * this process is killed outright, cucumber-js stops by itself (support/runner-watch.ts).
 */
import { spawn } from 'node:child_process';
import { RUNNER_PID_VARIABLE } from '../config/environment';
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
    env: { ...given, NODE_OPTIONS: runNodeOptions(given.NODE_OPTIONS, { processes: 1 }), [RUNNER_PID_VARIABLE]: String(process.pid) },
    stdio: 'inherit',
  });
  const onInterrupt = () => undefined;
  const onTerminate = () => child.kill('SIGTERM');
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onTerminate);
  let ended: { code: number | null; signal: NodeJS.Signals | null };
  try {
    ended = await new Promise((resolve, reject) => {
      child.once('error', (error) => reject(new Error(`could not start cucumber-js: ${error.message}`)));
      child.once('exit', (code, signal) => resolve({ code, signal }));
    });
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onTerminate);
  }
  // Ended by a signal: so does this process (no listener of ours is left to catch it).
  if (ended.signal) process.kill(process.pid, ended.signal);
  return ended.code ?? 1;
}
