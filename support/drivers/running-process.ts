/**
 * Whether a process still runs, for the places that hold on to one by its id: the browser driver's own
 * chromedriver, and the reports a writer left aside (support/formatters/report-files.ts).
 */
import fs from 'node:fs';

/**
 * True while `pid` runs. A zombie has exited already, only not yet reaped by its parent; a process of
 * another user (the signal is refused, EPERM) runs.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    // No /proc (macOS): the signal check above is all there is.
    return true;
  }
}
