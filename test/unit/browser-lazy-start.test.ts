/**
 * A browser session is started lazily: making it, reading what it can do and resetting it before a
 * scenario start nothing; the first step that needs the page starts it. Checked with a chromedriver
 * that does not exist, so the start shows as its error and no browser is ever needed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createBrowserDriver } from '../../support/drivers/browser';
import { Session } from '../../support/session/session';

test('a browser session starts nothing until its first visit, which starts the browser', async () => {
  const driver = createBrowserDriver({
    seleniumUrl: null,
    browser: 'chrome',
    headless: true,
    driverPath: '/nonexistent/chromedriver',
    browserBinary: '/nonexistent/chromium',
    windowSize: { width: 1024, height: 768 },
    detectSelenium: false,
  });
  const session = new Session('browser', driver, { baseUrl: 'http://127.0.0.1:9', filesPath: '.', waitTimeout: 0 });
  assert.equal(driver.capabilities.screenshots, true);
  await session.reset();
  assert.equal(driver.isStarted(), false, 'made, asked and reset, but not started');
  await assert.rejects(session.visit('/'), /\/nonexistent\/chromedriver \(driverPath, DRIVER_PATH or CHROMEDRIVER\): not an executable file/);
  assert.equal(driver.isStarted(), false);
});
