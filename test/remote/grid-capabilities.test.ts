/**
 * Capabilities against the real Selenium Grid that `npm run test:remote` starts (REMOTE_GRID_URL):
 * a session whose capabilities match the node's stereotype starts and carries its scenario's name
 * (read back from the Grid's GraphQL endpoint); one that matches no node is refused in one line; and
 * a cucumber run with an access key and a password in the URL shows neither anywhere.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { noteCurrentScenario } from '../../support/config/current-scenario';
import { createBrowserDriver } from '../../support/drivers/browser';
import { DriverError } from '../../support/drivers/driver';
import { runCucumberProcess } from '../e2e/cucumber-process';

const GRID_URL = process.env.REMOTE_GRID_URL;
/** The node's stereotype says linux on Linux and mac on macOS (scripts/selenium-server.sh). */
const PLATFORM = process.platform === 'darwin' ? 'mac' : 'linux';
const ACCESS_KEY = 'remote-access-key-5d4c3b';

interface GridSession {
  id: string;
  capabilities: Record<string, unknown>;
}

async function gridSessions(gridUrl: string): Promise<GridSession[]> {
  const response = await fetch(`${gridUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ query: '{ sessionsInfo { sessions { id capabilities } } }' }),
  });
  const answer = (await response.json()) as { data: { sessionsInfo: { sessions: Array<{ id: string; capabilities: string }> } } };
  return answer.data.sessionsInfo.sessions.map((session) => ({ id: session.id, capabilities: JSON.parse(session.capabilities) as Record<string, unknown> }));
}

const options = { browser: 'chrome' as const, headless: true, driverPath: null, browserBinary: null, windowSize: { width: 1024, height: 768 } };

describe('capabilities on a real Selenium Grid', { skip: GRID_URL ? false : 'run by npm run test:remote, which starts the Grid' }, () => {
  const gridUrl = GRID_URL ?? '';

  it('capabilities that match the node start a session named after its scenario, vendor keys passed through', async () => {
    const driver = createBrowserDriver({
      ...options,
      seleniumUrl: gridUrl,
      capabilities: { platformName: PLATFORM, 'goog:chromeOptions': { args: ['--lang=fr'] }, 'sauce:options': { build: 'remote-7', accessKey: ACCESS_KEY } },
    });
    noteCurrentScenario('Named on the grid');
    try {
      await driver.start();
      const sessions = await gridSessions(gridUrl);
      const ours = sessions.find((session) => session.capabilities['se:name'] === 'Named on the grid');
      assert.ok(ours, `no session named after the scenario: ${JSON.stringify(sessions.map((session) => session.capabilities['se:name']))}`);
      assert.equal(ours.capabilities.platformName, PLATFORM);
      assert.deepEqual(ours.capabilities['sauce:options'], { build: 'remote-7', accessKey: ACCESS_KEY });
    } finally {
      noteCurrentScenario(null);
      await driver.stop();
    }
  });

  it('capabilities no node matches are refused at once, in one line naming the setting, the key masked', async () => {
    const driver = createBrowserDriver({
      ...options,
      seleniumUrl: gridUrl.replace('//', '//ann:remote-url-password@'),
      capabilities: { platformName: 'windows', 'sauce:options': { accessKey: ACCESS_KEY } },
    });
    await assert.rejects(driver.start(), (error: unknown) => {
      assert.ok(error instanceof DriverError);
      assert.equal(
        error.message,
        `Selenium at ${gridUrl.replace('//', '//ann:***@')} refused to start a browser session: Could not start a new session. ` +
          'No nodes support the capabilities in the request. ' +
          'Check the capabilities given (platformName, sauce:options) in SELENIUM_CAPABILITIES (worldParameters.capabilities).',
      );
      return true;
    });
    await driver.stop();
  });

  it('a run with an access key and a password in the URL: the first scenario passes, the failing one shows neither secret anywhere', async () => {
    const reportsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cucumber-mink-remote-grid-'));
    try {
      const run = await runCucumberProcess(
        ['--config', path.join('test', 'fixtures', 'cloud-grid', 'cucumber.cjs')],
        {
          SELENIUM_URL: gridUrl.replace('//', '//ann:remote-url-password@'),
          SELENIUM_CAPABILITIES: JSON.stringify({ platformName: PLATFORM, 'bstack:options': { accessKey: ACCESS_KEY } }),
          GRID_REPORTS_DIR: reportsDir,
        },
        180_000,
      );
      assert.equal(run.code, 1, run.output);
      assert.match(run.output, /2 scenarios \(1 failed, 1 passed\)/);
      assert.ok(run.output.includes(`chrome via Selenium ${gridUrl.replace('//', '//ann:***@')}`), run.output);
      const outputs: Record<string, string> = { terminal: run.output };
      for (const file of fs.readdirSync(reportsDir)) outputs[file] = fs.readFileSync(path.join(reportsDir, file), 'utf8');
      assert.deepEqual(Object.keys(outputs).sort(), ['cucumber.html', 'junit.xml', 'messages.ndjson', 'terminal']);
      for (const [name, text] of Object.entries(outputs)) {
        assert.ok(!text.includes(ACCESS_KEY), `${name} shows the access key`);
        assert.ok(!text.includes('remote-url-password'), `${name} shows the URL's password`);
      }
    } finally {
      fs.rmSync(reportsDir, { recursive: true, force: true });
    }
  });
});
