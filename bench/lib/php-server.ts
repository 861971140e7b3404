/**
 * `php -S` serving bench/fixtures/router.php: the one server both Behat and cucumber-mink hit in
 * the side-by-side rows, with the demo app's own pages for the workload.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { DemoServer } from './processes';
import { WORK_DIR } from './workload';

const ROUTER = path.resolve(__dirname, '..', 'fixtures', 'router.php');
const PAGES_DIR = path.join(WORK_DIR, 'php-pages');
/** The pages the generated scenarios visit (the form posts to /echo, which the router renders). */
const WORKLOAD_PAGES = ['/', '/forms/text'];

/** Saves the demo app's workload pages as the router's static files. */
async function savePages(demoUrl: string): Promise<void> {
  for (const page of WORKLOAD_PAGES) {
    const response = await fetch(`${demoUrl}${page}`);
    if (!response.ok) throw new Error(`the demo app answered ${response.status} for ${page}`);
    const file = path.join(PAGES_DIR, `${page === '/' ? '/index' : page}.html`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await response.text());
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function startPhpServer(php: string, demoUrl: string): Promise<DemoServer> {
  await savePages(demoUrl);
  const port = await freePort();
  // Two workers, so `--parallel 2` is not held back by a server that answers one request at a time.
  const child = spawn(php, ['-S', `127.0.0.1:${port}`, ROUTER], {
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '2', BENCH_PAGES: PAGES_DIR },
    stdio: ['ignore', 'ignore', 'ignore'],
    // Its own process group: stopping the server stops its forked workers too.
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null) throw new Error(`php -S exited ${child.exitCode} before it listened on ${port}`);
    if (Date.now() > deadline) {
      process.kill(-(child.pid as number), 'SIGKILL');
      throw new Error(`php -S did not listen on 127.0.0.1:${port} within 10 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) process.kill(-(child.pid as number), 'SIGTERM');
      await exited;
    },
  };
}
