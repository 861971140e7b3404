/**
 * Servers that misbehave on purpose, with cucumber run in a process of its own as a CI job runs it:
 * a server that accepts and never answers, and kept-alive connections the server closes while a
 * step keeps the event loop busy. The run must say what failed, go on, write its reports and exit.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { Builder, type WebDriver } from 'selenium-webdriver';
import chrome from 'selenium-webdriver/chrome';
import { runCucumberProcess } from './cucumber-process';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'faults');
/** Far above what the runs need; only a run that hangs comes near it. */
const EXIT_LIMIT_MS = 60_000;

interface RunResult {
  code: number | null;
  output: string;
  reportsDir: string;
}

/** Report folders and other scratch space of the runs, removed when the file's tests are done. */
const scratch: string[] = [];
after(() => {
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
});

function scratchDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

async function runCucumber(feature: string, env: Record<string, string>): Promise<RunResult> {
  const reportsDir = scratchDir('mink-faults-');
  const args = ['--config', path.relative(ROOT, path.join(FIXTURES, 'cucumber.cjs')), path.relative(ROOT, path.join(FIXTURES, feature))];
  return { ...(await runCucumberProcess(args, { REPORTS_DIR: reportsDir, ...env }, EXIT_LIMIT_MS)), reportsDir };
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('HTTP driver under server faults', () => {
  let hanging: http.Server;
  let hangingUrl: string;
  let posts = 0;
  let keepAlive: http.Server;
  let keepAliveUrl: string;

  before(async () => {
    hanging = http.createServer((request, response) => {
      if (request.url === '/hang') return; // accepted, read, never answered
      response.setHeader('content-type', 'text/html');
      response.end('<p>healthy</p>');
    });
    hangingUrl = await listen(hanging);

    keepAlive = http.createServer((request, response) => {
      // An explicit Connection header keeps Node from adding `Keep-Alive: timeout=N`: like nginx by
      // default, the server closes idle connections without telling the client when.
      response.setHeader('connection', 'keep-alive');
      response.setHeader('content-type', 'text/html');
      if (request.method === 'POST') {
        posts += 1;
        request.resume();
        request.on('end', () => response.end(`<p>received ${posts}</p>`));
        return;
      }
      if (request.url === '/form') {
        response.end('<form method="post" action="/submit"><input name="a" value="1"><button>Send</button></form>');
        return;
      }
      response.end('<p>healthy</p>');
    });
    // With the second Node adds on top, well inside the 2.5 s busy step of keep-alive.feature: the
    // server closes the idle connection while the step blocks the event loop.
    keepAlive.keepAliveTimeout = 500;
    keepAliveUrl = await listen(keepAlive);
  });

  after(() => {
    hanging.closeAllConnections();
    hanging.close();
    keepAlive.closeAllConnections();
    keepAlive.close();
  });

  it('a request that gets no answer fails with method, URL and time; the next scenario on that origin passes; reports are complete', async () => {
    const { code, output, reportsDir } = await runCucumber('hanging-server.feature', {
      BASE_URL: hangingUrl.replace('http://', 'http://tester:s3cret@'),
      REQUEST_TIMEOUT: '1',
    });
    assert.equal(code, 1, output);
    assert.match(output, new RegExp(`GET ${hangingUrl}/hang got no response within the request timeout of 1 s \\(gave up after \\d+\\.\\d s`));
    assert.match(output, /REQUEST_TIMEOUT/);
    assert.match(output, /2 scenarios \(1 failed, 1 passed\)/);
    assert.doesNotMatch(output, /s3cret/);
    const junit = fs.readFileSync(path.join(reportsDir, 'junit.xml'), 'utf8');
    assert.match(junit, /<testsuite [^>]*tests="2"[^>]*failures="1"/);
    assert.match(junit, /<\/testsuite>\s*$/);
    assert.doesNotMatch(junit, /s3cret/);
    const html = fs.readFileSync(path.join(reportsDir, 'cucumber.html'), 'utf8');
    assert.match(html, /<\/html>\s*$/);
    assert.doesNotMatch(html, /s3cret/);
  });

  it('a kept-alive connection closed during a busy step: a GET and a form submission go through on a fresh one', async () => {
    const { code, output } = await runCucumber('keep-alive.feature', { BASE_URL: keepAliveUrl });
    assert.equal(code, 0, output);
    assert.match(output, /2 scenarios \(2 passed\)/);
    assert.equal(posts, 1, 'the form was submitted exactly once');
  });

  it('a decompression bomb fails its scenario at MAX_RESPONSE_SIZE, naming the URL and the limit; the next scenario passes', async () => {
    const megabyteOfZeros = zlib.deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    const bomb = http.createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      if (request.url !== '/bomb') {
        response.end(zlib.gzipSync('<p>healthy</p>'));
        return;
      }
      // A gzip header, then zeros without end: written as fast as the driver reads, until it hangs up.
      response.write(Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]));
      const more = (): void => {
        while (!response.destroyed && response.write(megabyteOfZeros));
      };
      response.on('drain', more);
      more();
    });
    const bombUrl = await listen(bomb);
    try {
      const { code, output } = await runCucumber('compression-bomb.feature', { BASE_URL: bombUrl, MAX_RESPONSE_SIZE: '2' });
      assert.equal(code, 1, output);
      assert.match(output, new RegExp(`GET ${bombUrl}/bomb: the response body is larger than the maximum response size of 2 MB`));
      assert.match(output, /raise maxResponseSize \(MAX_RESPONSE_SIZE, in MB\)/);
      assert.match(output, /2 scenarios \(1 failed, 1 passed\)/);
    } finally {
      bomb.closeAllConnections();
      bomb.close();
    }
  });
});

/** A page that tries to run script in the report and to take over the terminal. */
const HOSTILE_PAGE =
  '<!doctype html><html><head><title>Hostile</title></head><body>' +
  '<p>HOSTILE-MARKER visible text</p>' +
  '<img src="x" onerror="window.pageScriptRan = \'img onerror\'">' +
  '<script>window.pageScriptRan = \'script\'</script>' +
  '<p>"}]}</script><script>window.pageScriptRan = \'script after a closed script\'</script></p>' +
  '<p>Title \u001b]0;owned\u0007 clear \u001b[2J\u001b[1A 8-bit \u009b31m</p>' +
  '</body></html>';

/** Headless Chromium opens the report from disk; whatever the page managed to run sets pageScriptRan. */
async function scriptsRunInReport(reportFile: string): Promise<{ ran: unknown; text: string }> {
  const options = new chrome.Options();
  options.addArguments('--headless=new', '--no-sandbox', '--disable-dev-shm-usage');
  options.setChromeBinaryPath(process.env.CHROME_BIN ?? '/usr/bin/chromium');
  const service = new chrome.ServiceBuilder(process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver');
  const browser: WebDriver = await new Builder().forBrowser('chrome').setChromeOptions(options).setChromeService(service).build();
  try {
    await browser.get(`file://${reportFile}`);
    // The report is a React app: wait until it has rendered the printed page, then let images fail to load.
    await browser.wait(async () => String(await browser.executeScript('return document.body.textContent')).includes('HOSTILE-MARKER'), 20_000);
    await browser.executeAsyncScript('const done = arguments[0]; setTimeout(done, 500)');
    return {
      ran: await browser.executeScript('return window.pageScriptRan'),
      text: String(await browser.executeScript('return document.body.textContent')),
    };
  } finally {
    await browser.quit();
  }
}

describe('hostile pages', () => {
  let server: http.Server;
  let baseUrl: string;
  const image = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'), Buffer.alloc(2_000_000, 0x9b)]);

  before(async () => {
    server = http.createServer((request, response) => {
      if (request.url === '/image.png') {
        response.setHeader('content-type', 'image/png');
        response.end(image);
        return;
      }
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(HOSTILE_PAGE);
    });
    baseUrl = await listen(server);
  });

  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('the report shows the page as text and runs none of its script; terminal escapes arrive escaped; binary responses are named, not printed; shown files are private and removed', async () => {
    const record = path.join(scratchDir('mink-shown-'), 'shown.json');
    const { output, reportsDir } = await runCucumber('hostile-pages.feature', {
      BASE_URL: baseUrl,
      SHOW_CMD: `node ${path.join(FIXTURES, 'record-shown.js')} %s`,
      SHOWN_RECORD: record,
    });
    assert.match(output, /3 scenarios \(2 failed, 1 passed\)/, output);

    // Terminal: no raw control character from the page, on stdout or in failure excerpts.
    assert.doesNotMatch(output, /[\u0007\u001b\u009b]/u);
    assert.match(output, /Title \\x1B\]0;owned\\x07 clear \\x1B\[2J/);

    // A binary response: the step names its type, the report does not grow by its bytes.
    assert.match(output, /The response is image\/png \(2000016 bytes\), not text/);
    const junit = fs.readFileSync(path.join(reportsDir, 'junit.xml'));
    const html = path.join(reportsDir, 'cucumber.html');
    assert.ok(junit.length + fs.statSync(html).size < 3_000_000, 'reports stay far smaller than the 2 MB image');

    // The report: the page is there as text, and nothing of it ran.
    const report = await scriptsRunInReport(html);
    assert.equal(report.ran, null, `the page's script ran in the report: ${String(report.ran)}`);
    assert.match(report.text, /img src="x" onerror=/);

    // show last response: a private file in a private folder, gone once the run is over.
    const shown = JSON.parse(fs.readFileSync(record, 'utf8')) as { file: string; fileMode: string; folderMode: string; size: number };
    assert.equal(shown.fileMode, '600');
    assert.equal(shown.folderMode, '700');
    assert.ok(shown.size > 0);
    assert.equal(fs.existsSync(shown.file), false, 'the file is removed at exit');
    assert.equal(fs.existsSync(path.dirname(shown.file)), false, 'its folder too');
  });
});
