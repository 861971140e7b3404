/** Where the browser comes from: configured Selenium, then Selenium on the default port, then a local driver. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { describeEndpoint, resolveEndpoint, type EndpointRequest } from '../../support/drivers/browser/endpoint';
import type { LocalSearch } from '../../support/drivers/browser/local-search';
import { DriverError } from '../../support/drivers/driver';

function statusServer(body: unknown): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    response.writeHead(request.url === '/status' ? 200 : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** A port nobody listens on: bound, then released. */
function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      server.close(() => resolve(`http://127.0.0.1:${port}`));
    });
  });
}

const request: EndpointRequest = { seleniumUrl: null, browser: 'chrome', driverPath: null, browserBinary: null };

/** Linux, `searchPath` as PATH, and no Selenium Manager (browser-local-search.test.ts covers it with a stub). */
function environment(searchPath: string, defaultSeleniumUrl: string) {
  const search: LocalSearch = { platform: 'linux', path: searchPath, applicationsDirs: [], homebrewDirs: [], seleniumManager: null };
  return { defaultSeleniumUrl, probeTimeoutMs: 300, search };
}
let fakeBin: string;

describe('browser endpoint resolution', () => {
  before(() => {
    fakeBin = fs.mkdtempSync(path.join(os.tmpdir(), 'cucumber-mink-bin-'));
    for (const name of ['chromedriver', 'chromium']) {
      fs.writeFileSync(path.join(fakeBin, name), '#!/bin/sh\n', { mode: 0o755 });
    }
  });
  after(() => fs.rmSync(fakeBin, { recursive: true, force: true }));

  it('1. uses the configured Selenium, keeping a legacy /wd/hub suffix and dropping trailing slashes', async () => {
    const endpoint = await resolveEndpoint({ ...request, seleniumUrl: 'http://grid.example:4444/wd/hub/' });
    assert.deepEqual(endpoint, { kind: 'selenium', url: 'http://grid.example:4444/wd/hub', origin: 'configured' });
    assert.equal(describeEndpoint(endpoint, 'chrome', true), 'browser via Selenium at http://grid.example:4444/wd/hub (chrome, headless)');
  });

  it('2. uses a Selenium that answers ready on the default address', async () => {
    const selenium = await statusServer({ value: { ready: true, message: 'Selenium Grid ready.' } });
    try {
      const endpoint = await resolveEndpoint(request, environment('', selenium.url));
      assert.deepEqual(endpoint, { kind: 'selenium', url: selenium.url, origin: 'detected' });
    } finally {
      await selenium.close();
    }
  });

  it('3. falls back to a local chromedriver when Selenium is not ready, from PATH or the configured paths', async () => {
    const selenium = await statusServer({ value: { ready: false } });
    try {
      assert.deepEqual(await resolveEndpoint(request, environment(fakeBin, selenium.url)), {
        kind: 'local',
        driverPath: path.join(fakeBin, 'chromedriver'),
        browserBinary: path.join(fakeBin, 'chromium'),
      });
      const configured = { ...request, driverPath: path.join(fakeBin, 'chromedriver'), browserBinary: path.join(fakeBin, 'chromium') };
      assert.deepEqual(await resolveEndpoint(configured, environment('', selenium.url)), {
        kind: 'local',
        driverPath: path.join(fakeBin, 'chromedriver'),
        browserBinary: path.join(fakeBin, 'chromium'),
      });
    } finally {
      await selenium.close();
    }
    const local = await resolveEndpoint({ ...request, detectSelenium: false }, environment(fakeBin, 'http://127.0.0.1:1'));
    assert.match(describeEndpoint(local, 'chrome', true), /^browser via local chromedriver .*chromedriver \(chromium .*chromium, headless\)$/);
  });

  it('gives up on a Selenium that accepts and never answers when the probe limit passes, not before, and falls back', async (t) => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const probed = new Promise((resolve) => silent.once('request', resolve));
    t.mock.timers.enable({ apis: ['setTimeout'] });
    try {
      let settled = false;
      const resolving = resolveEndpoint(request, environment(fakeBin, url));
      void resolving.finally(() => (settled = true));
      await probed;
      t.mock.timers.tick(299);
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(settled, false, 'still waiting for the answer before the 300 ms limit');
      t.mock.timers.tick(1);
      assert.equal((await resolving).kind, 'local');
    } finally {
      t.mock.timers.reset();
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('4. fails with one message listing what was tried and how to fix it', async () => {
    const nothing = await closedPortUrl();
    await assert.rejects(
      resolveEndpoint({ ...request, driverPath: '/nonexistent/chromedriver' }, environment('', nothing)),
      (error: unknown) => {
        assert.ok(error instanceof DriverError);
        assert.match(error.message, new RegExp(`a Selenium server at ${nothing}/status: no ready answer`));
        assert.match(error.message, /\/nonexistent\/chromedriver \(driverPath, DRIVER_PATH or CHROMEDRIVER\): not an executable file/);
        assert.match(error.message, /chromium, chromium-browser, google-chrome, google-chrome-stable on PATH: not found/);
        assert.match(error.message, /apt install chromium chromium-driver\), or set DRIVER_PATH and BROWSER_BINARY \(or CHROMEDRIVER and CHROME_BIN\)/);
        assert.match(error.message, /npm run selenium:start/);
        assert.match(error.message, /npm run test:ci/);
        return true;
      },
    );
  });
});
