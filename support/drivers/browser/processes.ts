/**
 * The browser processes this Node process started, and a synchronous way to kill them.
 *
 * Signal and exit handlers cannot await, so everything here is synchronous. Processes are found by
 * our own pids (the chromedriver we spawned and its descendants) and by the unique profile
 * directory on their command line, never by process name: other programs on the machine may run
 * their own Chromium.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { workerId } from '../../config/environment';

interface ProcessEntry {
  pid: number;
  ppid: number;
  command: string;
  /** Already dead, waiting for its parent to reap it: nothing left to kill. */
  zombie: boolean;
}

export interface LocalBrowserRecord {
  /** The chromedriver started for this browser, once known. */
  driverPid: number | null;
  /** Unique to this browser; every Chromium process of it carries it on its command line. */
  profileDir: string;
}

const liveBrowsers = new Set<LocalBrowserRecord>();

export function trackLocalBrowser(record: LocalBrowserRecord): void {
  liveBrowsers.add(record);
}

export function untrackLocalBrowser(record: LocalBrowserRecord): void {
  liveBrowsers.delete(record);
}

function readProcFs(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name in parentheses may contain spaces; the fields after it are fixed.
      const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
      entries.push({ pid: Number(name), ppid: Number(afterName[1]), command, zombie: afterName[0] === 'Z' });
    } catch {
      // The process ended while we were reading it.
    }
  }
  return entries;
}

function readPs(): ProcessEntry[] {
  const output = execFileSync('ps', ['-axo', 'pid=,ppid=,stat=,command='], { encoding: 'utf8' });
  return output
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ pid: Number(match[1]), ppid: Number(match[2]), command: match[4], zombie: match[3].startsWith('Z') }));
}

export function processTable(): ProcessEntry[] {
  return fs.existsSync('/proc/self/stat') ? readProcFs() : readPs();
}

/** `root` and all its descendants that are in `table`. */
export function descendantsOf(root: number, table: ProcessEntry[]): number[] {
  const found = new Set<number>([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const entry of table) {
      if (!found.has(entry.pid) && found.has(entry.ppid)) {
        found.add(entry.pid);
        grew = true;
      }
    }
  }
  return [...found].filter((pid) => table.some((entry) => entry.pid === pid));
}

/** Processes still running (zombies are dead already, only not yet reaped by their parent). */
export function liveProcessTable(): ProcessEntry[] {
  return processTable().filter((entry) => !entry.zombie);
}

/** Every live process that belongs to the browser: the driver's tree plus anything using its profile. */
export function processesOf(record: LocalBrowserRecord, table: ProcessEntry[] = liveProcessTable()): number[] {
  const pids = new Set<number>(record.driverPid === null ? [] : descendantsOf(record.driverPid, table));
  for (const entry of table) {
    if (entry.pid !== process.pid && entry.command.includes(record.profileDir)) pids.add(entry.pid);
  }
  return [...pids];
}

/** The chromedriver we just spawned: our child listening on `port`. */
export function findDriverPid(port: number): number | null {
  const child = processTable().find((entry) => entry.ppid === process.pid && entry.command.includes(`--port=${port}`));
  return child ? child.pid : null;
}

export function killProcesses(pids: number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

export function removeProfile(profileDir: string): void {
  try {
    fs.rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // A straggler may still write into it; the OS temp cleaner gets the rest.
  }
}

/** Kills every local browser and driver this process started, now, without waiting. */
export function killBrowsersNow(): void {
  if (liveBrowsers.size === 0) return;
  let table: ProcessEntry[] = [];
  try {
    table = liveProcessTable();
  } catch {
    // Without a process table we can still kill the drivers we know by pid.
  }
  for (const record of liveBrowsers) {
    const pids = table.length > 0 ? processesOf(record, table) : record.driverPid === null ? [] : [record.driverPid];
    killProcesses(pids);
    removeProfile(record.profileDir);
  }
  liveBrowsers.clear();
}

let handlersInstalled = false;
const CLEANUP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Kill our browsers when the process exits, however it exits. On a signal, when nobody else listens
 * for it, the signal is re-raised after cleanup so the process still ends the way the sender meant.
 */
export function installBrowserCleanupHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killBrowsersNow);
  for (const signal of CLEANUP_SIGNALS) {
    const onSignal = () => {
      killBrowsersNow();
      if (process.listenerCount(signal) === 1) {
        process.removeListener(signal, onSignal);
        process.kill(process.pid, signal);
      }
    };
    process.on(signal, onSignal);
  }
  if (isCucumberWorker()) process.once('disconnect', endOrphanedWorker);
}

/** A `cucumber-js --parallel` worker: forked by the coordinator, with an IPC channel to it. */
function isCucumberWorker(): boolean {
  return workerId() !== undefined && typeof process.send === 'function';
}

/**
 * The coordinator never disconnects a worker it still needs: workers end themselves after their
 * last AfterAll. A lost channel therefore means the coordinator died (interrupted or killed, while
 * the signal reached only it), and nothing will ever ask this worker to finish: it ends its
 * browsers now and itself, instead of running its scenario to the end for no one.
 */
function endOrphanedWorker(): void {
  killBrowsersNow();
  process.exit(1);
}
