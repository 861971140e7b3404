/**
 * No browser outlives its Node process: a process that started Chromium is interrupted while a page
 * load hangs, and afterwards no process of its chromedriver tree or with its profile is left.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { liveProcessTable, processTable } from '../../support/drivers/browser/processes';

const ROOT = path.resolve(__dirname, '..', '..');

/** The child prints its profile directory, then visits a page that never answers. */
const CHILD_SCRIPT = `
const { createBrowserDriver } = require(${JSON.stringify(path.join(ROOT, 'support/drivers/browser'))});
const driver = createBrowserDriver({
  seleniumUrl: null, browser: 'chrome', headless: true, detectSelenium: false,
  driverPath: process.env.CHROMEDRIVER || '/usr/bin/chromedriver',
  browserBinary: process.env.CHROME_BIN || '/usr/bin/chromium',
  windowSize: { width: 800, height: 600 },
});
driver.start().then(() => {
  process.stdout.write('PROFILE ' + driver.launchedProfileDir() + '\\n');
  return driver.visit(process.argv[1]);
});
`;

let hangingServer: http.Server;
let hangUrl: string;
const hungRequests: Array<() => void> = [];
let onHungRequest: (() => void) | null = null;

function startChild(): { child: ChildProcess; profile: Promise<string>; exited: Promise<{ code: number | null; signal: string | null }> } {
  const child = spawn(process.execPath, ['-r', require.resolve('../../support/typescript-hook.cjs'), '-e', CHILD_SCRIPT, hangUrl], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const profile = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /PROFILE (\S+)\n/.exec(out);
      if (match) resolve(match[1]);
    });
    exited.then(() => reject(new Error(`child exited before starting a browser: ${stderr}`)));
  });
  return { child, profile, exited };
}

function processesUsing(profileDir: string): number[] {
  return liveProcessTable()
    .filter((entry) => entry.command.includes(profileDir))
    .map((entry) => entry.pid);
}

function descendants(root: number): number[] {
  const table = processTable();
  const found = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const entry of table) {
      if (!found.has(entry.pid) && found.has(entry.ppid)) {
        found.add(entry.pid);
        grew = true;
      }
    }
  }
  found.delete(root);
  return [...found];
}

async function interruptMidPageLoad(signal: NodeJS.Signals): Promise<void> {
  const requested = new Promise<void>((resolve) => (onHungRequest = resolve));
  const { child, profile, exited } = startChild();
  const profileDir = await profile;
  assert.ok(processesUsing(profileDir).length > 0, 'the browser runs with its own profile');
  const childTree = descendants(child.pid as number);
  assert.ok(childTree.length > 1, 'chromedriver and chromium are descendants of the child');
  await requested;

  child.kill(signal);
  const { signal: endedBy } = await exited;
  assert.equal(endedBy, signal, 'the process still ends by the signal it was sent');
  // SIGKILL is delivered asynchronously: give the kernel a moment to finish the processes off.
  const survivors = () => [
    ...new Set([...processesUsing(profileDir), ...childTree.filter((pid) => liveProcessTable().some((entry) => entry.pid === pid))]),
  ];
  const deadline = Date.now() + 3000;
  while (survivors().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(survivors(), [], `no process of the child tree or with ${profileDir} survives`);
  assert.equal(fs.existsSync(profileDir), false, 'the temporary profile is removed');
}

describe('browser processes after an interrupted run', () => {
  before(async () => {
    hangingServer = http.createServer((_request, response) => {
      hungRequests.push(() => response.destroy());
      onHungRequest?.();
    });
    await new Promise<void>((resolve) => hangingServer.listen(0, '127.0.0.1', resolve));
    hangUrl = `http://127.0.0.1:${(hangingServer.address() as AddressInfo).port}/never`;
  });

  after(async () => {
    for (const release of hungRequests) release();
    hangingServer.closeAllConnections();
    await new Promise((resolve) => hangingServer.close(resolve));
  });

  it('SIGTERM mid page load leaves no chromium or chromedriver behind', async () => {
    await interruptMidPageLoad('SIGTERM');
  });

  it('SIGINT mid page load leaves no chromium or chromedriver behind', async () => {
    await interruptMidPageLoad('SIGINT');
  });
});
