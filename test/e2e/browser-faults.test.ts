/**
 * Faults a CI run meets, provoked for real: a Selenium that accepts connections and never answers,
 * servers that refuse or hang up, chromedriver and Chromium killed by pid in the middle of a run, a
 * page that asks before it is left, a wait longer than a step may take. Each is a cucumber run of
 * the fixture project test/fixtures/browser-faults, in its own process, so that it is seen to end.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCucumberProcess, type CucumberResult } from './cucumber-process';

const CONFIG = path.join('test', 'fixtures', 'browser-faults', 'cucumber.cjs');
/** Not a timing assertion: a run that has not ended by then never will (it hangs, as a CI job would). */
const HANG_LIMIT_MS = 300_000;

/** A cucumber run of the fault fixtures; fails the test if the process does not end by itself. */
function runFaults(features: string[], env: Record<string, string>, extraArgs: string[] = []): Promise<CucumberResult> {
  return runCucumberProcess(['--config', CONFIG, ...extraArgs], { WAIT_TIMEOUT: '', FAULTS_FEATURES: features.join(','), ...env }, HANG_LIMIT_MS);
}

function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** A TCP server on 127.0.0.1 that does `onConnection` with each connection (keep it silent, or hang up). */
function startTcpServer(onConnection: (socket: net.Socket) => void): Promise<TestServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    onConnection(socket);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** A URL where nothing listens: a port just freed by the OS. */
async function refusedUrl(): Promise<string> {
  const server = await startTcpServer(() => undefined);
  await server.close();
  return server.url;
}

describe('a Selenium that accepts connections and never answers', () => {
  let silent: TestServer;
  before(async () => {
    silent = await startTcpServer(() => undefined);
  });
  after(() => silent.close());

  it('fails each browser scenario naming Selenium and the time, writes the reports, and the process exits', async () => {
    const reportsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cucumber-mink-faults-'));
    try {
      const run = await runFaults(['silent-selenium.feature'], {
        SELENIUM_URL: silent.url,
        SESSION_START_TIMEOUT: '2',
        FAULTS_REPORTS_DIR: reportsDir,
      });
      assert.equal(run.code, 1, run.output);
      assert.equal(countOf(run.output, `Selenium at ${silent.url} did not answer POST /session in 2 s`), 2, run.output);
      const junit = fs.readFileSync(path.join(reportsDir, 'junit.xml'), 'utf8');
      assert.equal(countOf(junit, '<testcase '), 2, junit);
      assert.match(fs.readFileSync(path.join(reportsDir, 'cucumber.html'), 'utf8'), /<\/html>\s*$/);
    } finally {
      fs.rmSync(reportsDir, { recursive: true, force: true });
    }
  });
});

describe('servers that refuse the connection or hang up', () => {
  it('a refused SELENIUM_URL and a refused BASE_URL name the setting to check', async () => {
    const selenium = await refusedUrl();
    const base = await refusedUrl();
    const run = await runFaults(['unreachable.feature'], { SELENIUM_URL: selenium, BASE_URL: base });
    assert.equal(run.code, 1, run.output);
    assert.ok(
      run.output.includes(`Selenium at ${selenium} refused the connection (ECONNREFUSED). Is it running? Check SELENIUM_URL`),
      run.output,
    );
    assert.ok(run.output.includes(`Nothing answers at ${base}, the base URL: is the server running? Check BASE_URL`), run.output);
  });

  it('in the browser, "I am on" a refused BASE_URL fails saying so', async () => {
    const base = await refusedUrl();
    const run = await runFaults(['unreachable.feature'], { BASE_URL: base }, ['--tags', '@javascript']);
    assert.equal(run.code, 1, run.output);
    assert.ok(run.output.includes(`cannot visit ${base}/: the browser could not load it: connection refused (net::ERR_CONNECTION_REFUSED)`), run.output);
    assert.ok(run.output.includes('Check BASE_URL'), run.output);
  });

  it('in the browser, "I am on" a server that hangs up fails instead of passing on the browser\'s error page', async () => {
    // Reads the request, then closes the connection without a byte of answer.
    const hangsUp = await startTcpServer((socket) => socket.once('data', () => socket.end()));
    try {
      const run = await runFaults(['unreachable.feature'], { BASE_URL: hangsUp.url }, ['--tags', '@javascript']);
      assert.equal(run.code, 1, run.output);
      assert.ok(
        run.output.includes(`cannot visit ${hangsUp.url}/: the browser could not load it: the server closed the connection without answering (net::ERR_EMPTY_RESPONSE)`),
        run.output,
      );
    } finally {
      await hangsUp.close();
    }
  });
});

describe('a browser that dies in the middle of a run, and a leave-page dialog nobody answers', () => {
  let run: CucumberResult;
  before(async () => {
    run = await runFaults(['browser-dies.feature', 'leave-page.feature'], {});
  });

  it('says once that chromedriver exited, and the next scenarios get a fresh browser', () => {
    const killed = /faults-fixture: killed chromedriver pid (\d+)/.exec(run.output);
    assert.ok(killed, run.output);
    assert.equal(countOf(run.output, `chromedriver (pid ${killed[1]}) exited`), 1, run.output);
    // One line for each of the two deaths of the run, none for the scenarios after them.
    assert.equal(countOf(run.output, 'a new browser replaces it'), 2, run.output);
  });

  it('the step running when chromedriver died says the browser is gone', () => {
    assert.match(run.output, /cannot read the page text: the browser is gone \(ECONNREFUSED connect ECONNREFUSED 127\.0\.0\.1:\d+/);
  });

  it('says once that Chromium exited, and the next scenarios get a fresh browser', () => {
    const killed = /faults-fixture: killed Chromium of chromedriver pid (\d+)/.exec(run.output);
    assert.ok(killed, run.output);
    assert.equal(countOf(run.output, `the browser of chromedriver (pid ${killed[1]}) exited`), 1, run.output);
    // Only the scenario chromedriver died in and the unanswered dialog failed: each scenario after a
    // death had a working browser.
    assert.match(run.output, /6 scenarios \(2 failed, 4 passed\)/);
  });

  it('a step that meets an open leave-page dialog says so, and the context names the page behind it', () => {
    assert.match(
      run.output,
      /cannot read the page text: a leave-page \(beforeunload\) dialog is open; accept or dismiss it first\n\s*\+--\[ HTTP 200 \| http:\/\/127\.0\.0\.1:\d+\/async\/editor \| dialog open \(no text\) \| browser/,
    );
  });
});

describe('a wait longer than cucumber lets a step take', () => {
  it('a @wait:N beyond the step timeout is refused with the limit and the fix', async () => {
    const run = await runFaults(['long-wait.feature'], {});
    assert.equal(run.code, 1, run.output);
    assert.ok(
      run.output.includes('Tag @wait:90 is 90 s, longer than a step may wait: cucumber stops a step after 60 s') &&
        run.output.includes('Use at most @wait:50, or set WAIT_TIMEOUT=90 for the run: the step timeout follows it.'),
      run.output,
    );
  });

  it('with WAIT_TIMEOUT=90 the step timeout follows, and the same tag is accepted', async () => {
    const run = await runFaults(['long-wait.feature'], { WAIT_TIMEOUT: '90' });
    assert.equal(run.code, 0, run.output);
  });
});
