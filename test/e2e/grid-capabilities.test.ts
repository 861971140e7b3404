/**
 * A cucumber run against a grid that refuses the session, as Selenium Grid does when no node matches
 * (its answer echoes the capabilities, access key included): each scenario's start is recorded with
 * its own name, the refusal is one line naming the setting, and the access key and the URL's password
 * show nowhere: not on the terminal, not in the HTML, JUnit or message reports.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCucumberProcess } from './cucumber-process';

const CONFIG = path.join('test', 'fixtures', 'cloud-grid', 'cucumber.cjs');
/** Not a timing assertion: a run that has not ended by then never will. */
const HANG_LIMIT_MS = 120_000;
const ACCESS_KEY = 'e2e-access-key-7c1b9a';
const URL_PASSWORD = 'e2e-url-password-42';

describe('a grid that refuses the capabilities', () => {
  const received: Array<Record<string, unknown>> = [];
  let grid: http.Server;
  let gridUrl: string;

  before(async () => {
    grid = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const alwaysMatch = (JSON.parse(body || '{}') as { capabilities?: { alwaysMatch?: Record<string, unknown> } }).capabilities?.alwaysMatch ?? {};
        received.push(alwaysMatch);
        response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        response.end(
          JSON.stringify({
            value: {
              error: 'session not created',
              message:
                `Could not start a new session. Unable to find provider for session: Capabilities ${JSON.stringify(alwaysMatch)}\n` +
                `Build info: version: '4.48.0'\nSystem info: os.name: 'Linux'`,
              stacktrace: '',
            },
          }),
        );
      });
    });
    await new Promise<void>((resolve) => grid.listen(0, '127.0.0.1', resolve));
    gridUrl = `http://127.0.0.1:${(grid.address() as AddressInfo).port}`;
  });
  after(() => new Promise((resolve) => grid.close(resolve)));

  it('names each session after its scenario, says why in one line, and masks the secrets in every output', async () => {
    const reportsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cucumber-mink-grid-'));
    try {
      const capabilities = { platformName: 'Windows 11', 'bstack:options': { userName: 'ann', accessKey: ACCESS_KEY } };
      const run = await runCucumberProcess(
        ['--config', CONFIG],
        {
          SELENIUM_URL: gridUrl.replace('//', `//ann:${URL_PASSWORD}@`),
          SELENIUM_CAPABILITIES: JSON.stringify(capabilities),
          GRID_REPORTS_DIR: reportsDir,
          SESSION_START_TIMEOUT: '20',
        },
        HANG_LIMIT_MS,
      );
      assert.equal(run.code, 1, run.output);

      // What the grid was sent: the user's capabilities as given, each session named after its scenario.
      assert.deepEqual(received.map((sent) => sent['se:name']), ['The homepage on the grid', 'A failure on the grid']);
      for (const sent of received) {
        assert.equal(sent.platformName, 'Windows 11');
        assert.deepEqual(sent['bstack:options'], capabilities['bstack:options']);
      }

      const masked = gridUrl.replace('//', '//ann:***@');
      assert.ok(run.output.includes(`cucumber-mink: browser via Selenium at ${masked} (chrome, headless)`), run.output);
      assert.ok(run.output.includes('cucumber-mink: session capabilities {"platformName":"Windows 11","bstack:options":{"userName":"ann","accessKey":"***"}}'), run.output);
      const refusal =
        `Selenium at ${masked} refused to start a browser session: Could not start a new session. Unable to find provider for session: Capabilities ` +
        `{"browserName":"chrome"`;
      assert.equal(run.output.split(refusal).length - 1, 2, run.output);
      assert.ok(run.output.includes('Check the capabilities given (platformName, bstack:options) in SELENIUM_CAPABILITIES (worldParameters.capabilities).'), run.output);
      assert.ok(!run.output.includes('Build info'), 'the server\'s diagnostics are left out');

      const outputs: Record<string, string> = { terminal: run.output, ...Object.fromEntries(fs.readdirSync(reportsDir).map((file) => [file, fs.readFileSync(path.join(reportsDir, file), 'utf8')])) };
      assert.deepEqual(Object.keys(outputs).sort(), ['cucumber.html', 'junit.xml', 'messages.ndjson', 'terminal']);
      for (const [name, text] of Object.entries(outputs)) {
        assert.ok(!text.includes(ACCESS_KEY), `${name} shows the access key`);
        assert.ok(!text.includes(URL_PASSWORD), `${name} shows the URL's password`);
      }
      assert.match(outputs['junit.xml'], /refused to start a browser session/);
      assert.match(outputs['messages.ndjson'], /\\"accessKey\\":\\"\*\*\*\\"/);
    } finally {
      fs.rmSync(reportsDir, { recursive: true, force: true });
    }
  });
});
