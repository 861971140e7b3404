/**
 * `php -S` serving bench/fixtures/router.php: the one server both Behat and cucumber-mink hit in
 * the side-by-side rows, with the demo app's own pages for the workload.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, waitUntilListening } from './ports';
import type { DemoServer } from './processes';
import { SHORT_WORKLOAD_PAGES } from './short-workload';
import { WORK_DIR } from './workload';

const ROUTER = path.resolve(__dirname, '..', 'fixtures', 'router.php');
const PAGES_DIR = path.join(WORK_DIR, 'php-pages');
/** The pages the generated scenarios visit (the forms post to /echo, which the router renders). */
const WORKLOAD_PAGES = [...new Set(['/', '/forms/text', ...SHORT_WORKLOAD_PAGES])];

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
  // Detached, so it would outlive an interrupted bench: stop it whenever this process exits.
  const stopOnExit = (): void => {
    if (child.exitCode === null) process.kill(-(child.pid as number), 'SIGTERM');
  };
  process.once('exit', stopOnExit);
  try {
    await waitUntilListening(child, port, 'php -S');
  } catch (error) {
    stopOnExit();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      process.off('exit', stopOnExit);
      stopOnExit();
      await exited;
    },
  };
}
