/**
 * The real Selenium Manager of selenium-webdriver, offline (it never downloads here) and with a cache
 * folder of its own: with nothing on our search path, it finds the installed browser and driver, and
 * a browser starts from what it found.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { describeEndpoint, resolveEndpoint } from '../../support/drivers/browser/endpoint';
import { launchBrowser, shutDownBrowser } from '../../support/drivers/browser/launch';
import type { LocalSearch } from '../../support/drivers/browser/local-search';
import { bundledSeleniumManager } from '../../support/drivers/browser/selenium-manager';

describe('Selenium Manager, offline', () => {
  let cache: string;
  before(() => {
    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'cucumber-mink-selenium-cache-'));
  });
  after(() => fs.rmSync(cache, { recursive: true, force: true }));

  it('finds the installed Chromium and chromedriver when our own search finds nothing, and they start a browser', async () => {
    const search: LocalSearch = {
      platform: process.platform,
      path: '',
      applicationsDirs: [],
      homebrewDirs: [],
      seleniumManager: { binary: bundledSeleniumManager(process.platform), mode: 'offline', cachePath: cache },
    };
    const endpoint = await resolveEndpoint(
      { seleniumUrl: null, browser: 'chrome', driverPath: null, browserBinary: null, detectSelenium: false },
      { defaultSeleniumUrl: 'http://127.0.0.1:1', probeTimeoutMs: 1, search },
    );
    assert.equal(endpoint.kind, 'local');
    if (endpoint.kind !== 'local') return;
    assert.equal(endpoint.foundBy, 'Selenium Manager');
    assert.equal(path.basename(endpoint.driverPath), 'chromedriver');
    assert.match(path.basename(endpoint.browserBinary), /^(chromium|chrome|google-chrome)/);
    assert.match(describeEndpoint(endpoint, 'chrome', true), /; found by Selenium Manager\)$/);

    const launched = await launchBrowser(endpoint, { browser: 'chrome', headless: true, windowSize: { width: 800, height: 600 }, sessionStartTimeout: 60 });
    try {
      await launched.webDriver.get('data:text/html,<title>found</title>');
      assert.equal(await launched.webDriver.getTitle(), 'found');
    } finally {
      await shutDownBrowser(launched);
    }
  });
});
