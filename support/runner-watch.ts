/**
 * A run started by `cucumber-mink run` (a shard of `--shards N`, or the one process without) stops when
 * its runner is gone. The runner reads each shard's output from a file, so a shard whose runner was
 * killed outright (a CI job's timeout that kills one process, not its group) would otherwise go on with
 * the whole of its share, browser and all, with nobody to read it. It is interrupted as Ctrl-C would:
 * the scenario under way ends, the reports of what finished are written.
 */
import { runnerPid } from './config/environment';
import { isRunning } from './drivers/running-process';

const CHECK_EVERY_MS = 1000;

export function watchRunner(): void {
  const runner = runnerPid();
  if (runner === null) return;
  const timer = setInterval(() => {
    if (isRunning(runner)) return;
    clearInterval(timer);
    process.stderr.write(`cucumber-mink: the cucumber-mink run that started this run (pid ${runner}) is gone: this run stops\n`);
    process.kill(process.pid, 'SIGINT');
  }, CHECK_EVERY_MS);
  // The check never keeps a finished run alive.
  timer.unref();
}
