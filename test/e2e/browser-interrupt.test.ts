/**
 * No browser outlives an interrupted cucumber run: cucumber-js is sent SIGINT or SIGTERM while
 * browser scenarios block in a long step, and afterwards none of the chromedriver and Chromium
 * processes that descended from it is left, nor any of their temporary profiles. In a parallel
 * run the signal reaches only the coordinator, as when a process manager stops it. The same holds
 * when the default reports' writer listens for the signal as well (test/e2e/interrupted-reports.test.ts).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { descendantsOf, liveProcessTable, processTable } from '../../support/drivers/browser/processes';
import { startCucumberProcess, type CucumberProcess } from './cucumber-process';

const CONFIG = path.join('test', 'fixtures', 'interrupt', 'cucumber.cjs');
/** Written as the blocking step begins (test/fixtures/interrupt/blocking-marker.ts). */
const BLOCKING_MARKER = 'interrupt-fixture: blocking';
const BROWSER_START_LIMIT_MS = 60_000;
const EXIT_LIMIT_MS = 10_000;
const CLEANUP_LIMIT_MS = 5_000;

interface RunProcesses {
  /** Every process below cucumber: workers of a parallel run, chromedrivers and Chromium processes. */
  pids: number[];
  profileDirs: string[];
}

function startCucumber(extraArgs: string[], env: Record<string, string>): CucumberProcess {
  return startCucumberProcess(['--config', CONFIG, ...extraArgs], env);
}

async function until(condition: () => boolean, limitMs: number, what: string, detail: () => string): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`${what} within ${limitMs} ms\n${detail()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** Every process below `root`, and the profile directories the Chromium processes among them run with. */
function processesBelow(root: number): RunProcesses {
  const table = processTable();
  const descendants = new Set(descendantsOf(root, table));
  descendants.delete(root);
  const below = table.filter((entry) => descendants.has(entry.pid));
  const profileDirs = new Set<string>();
  for (const entry of below) {
    const profile = /--user-data-dir=(\S+)/.exec(entry.command);
    if (profile) profileDirs.add(profile[1]);
  }
  return { pids: below.map((entry) => entry.pid), profileDirs: [...profileDirs] };
}

function describeProcesses(pids: number[]): string {
  return liveProcessTable()
    .filter((entry) => pids.includes(entry.pid))
    .map((entry) => `${entry.pid} ${entry.command.slice(0, 80)}`)
    .join('\n');
}

function stillRunning(pids: number[]): number[] {
  const live = new Set(liveProcessTable().map((entry) => entry.pid));
  return pids.filter((pid) => live.has(pid));
}

/** With `reportsDir`, the run writes the default reports there (and handles the signal for them too). */
async function interruptWhileBlocking(signal: NodeJS.Signals, extraArgs: string[], browsers: number, reportsDir?: string): Promise<void> {
  const run = startCucumber(extraArgs, reportsDir ? { REPORTS_DIR: reportsDir, SHARD: '' } : {});
  const rootPid = run.child.pid as number;
  let recorded: number[] = [];
  try {
    await until(
      () => countOf(run.output(), BLOCKING_MARKER) >= browsers || run.child.exitCode !== null,
      BROWSER_START_LIMIT_MS,
      `${browsers} browser scenario(s) blocking`,
      run.output,
    );
    assert.equal(run.child.exitCode, null, `cucumber ended before it was interrupted:\n${run.output()}`);
    const started = processesBelow(rootPid);
    recorded = started.pids;
    assert.equal(started.profileDirs.length, browsers, `one Chromium profile per browser: ${JSON.stringify(started)}`);
    assert.ok(started.profileDirs.every((dir) => fs.existsSync(dir)), 'the profiles exist while the browsers run');
    assert.ok(
      processTable().some((entry) => started.pids.includes(entry.pid) && entry.command.includes('chromedriver')),
      'chromedriver is among the recorded processes',
    );

    run.child.kill(signal);
    const ended = await Promise.race([
      run.exited,
      new Promise<never>((_resolve, reject) =>
        setTimeout(() => reject(new Error(`cucumber did not exit within ${EXIT_LIMIT_MS} ms of ${signal}`)), EXIT_LIMIT_MS),
      ),
    ]);
    assert.equal(ended.signal, signal, `cucumber ends by the signal it was sent (${JSON.stringify(ended)})`);
    if (reportsDir) {
      // Both scenarios were blocking: nothing finished, so no report replaced, and nothing left aside.
      assert.match(run.output(), /Interrupted before any scenario finished/);
      assert.deepEqual(fs.readdirSync(reportsDir), ['summary.txt']);
    }

    await until(
      () => stillRunning(started.pids).length === 0,
      CLEANUP_LIMIT_MS,
      'every process of the run gone',
      () => `still running: ${describeProcesses(stillRunning(started.pids))}`,
    );
    await until(
      () => started.profileDirs.every((dir) => !fs.existsSync(dir)),
      CLEANUP_LIMIT_MS,
      'every temporary profile removed',
      () => `left: ${started.profileDirs.filter((dir) => fs.existsSync(dir)).join(', ')}`,
    );
  } finally {
    // A failed assertion must not leave the run, its workers or their browsers behind.
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
    for (const pid of stillRunning(recorded)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
}

describe('an interrupted cucumber run leaves no browser behind', () => {
  it('SIGINT while a browser scenario blocks (serial run)', async () => {
    await interruptWhileBlocking('SIGINT', [], 1);
  });

  it('SIGTERM while a browser scenario blocks (serial run)', async () => {
    await interruptWhileBlocking('SIGTERM', [], 1);
  });

  it('SIGINT to the coordinator of --parallel 2 while both workers block in browser scenarios', async () => {
    await interruptWhileBlocking('SIGINT', ['--parallel', '2'], 2);
  });

  it('the same with the default reports, whose writer listens for the signal too (serial, then --parallel 2)', async () => {
    const reportsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-interrupt-reports-'));
    try {
      await interruptWhileBlocking('SIGINT', [], 1, path.join(reportsDir, 'serial'));
      await interruptWhileBlocking('SIGINT', ['--parallel', '2'], 2, path.join(reportsDir, 'parallel'));
    } finally {
      fs.rmSync(reportsDir, { recursive: true, force: true });
    }
  });
});
