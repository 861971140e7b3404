/**
 * Shared by the browser driver tests: a local page server and one headless Chromium per test
 * file (starts cost seconds), reset before each test as the Session does.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach } from 'node:test';
import { createBrowserDriver, type BrowserDriver } from '../../support/drivers/browser';
import type { ElementHandle } from '../../support/drivers/driver';

const CHROMEDRIVER = process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver';
const CHROMIUM = process.env.CHROME_BIN ?? '/usr/bin/chromium';

/** Pages every browser test file may use besides its own. */
const COMMON_PAGES: Record<string, string> = {
  '/windows': `<!doctype html><html><head><title>Main window</title></head><body>
    <a id="popup" href="/popup" target="_blank">Open popup</a>
    <button id="named" onclick="window.open('/popup?named', 'helper')">Open named</button>
    <iframe id="frame-by-id" name="framed" src="/inner"></iframe>
    <p>Main text</p></body></html>`,
  '/popup': `<!doctype html><html><head><title>Popup title</title></head><body><p>Popup text</p></body></html>`,
  '/inner': `<!doctype html><html><body><p id="inner">Inside the frame</p></body></html>`,
};

export interface PageServer {
  port: number;
  close(): Promise<void>;
}

/** Serves `pages` plus a 404 with a header, a cookie setter, a request-header echo, a slow page (`/slow?ms=N`) and a redirect, on a free port. */
export function startPageServer(pages: Record<string, string>): Promise<PageServer> {
  const allPages = { ...COMMON_PAGES, ...pages };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/missing') {
      response.writeHead(404, { 'content-type': 'text/html', 'x-reason': 'not here' });
      response.end('<!doctype html><p>Nothing here</p>');
      return;
    }
    if (url.pathname === '/set-cookie') {
      response.writeHead(200, { 'content-type': 'text/html', 'set-cookie': `visited=${url.searchParams.get('v')}; Path=/` });
      response.end('<!doctype html><p>cookie set</p>');
      return;
    }
    if (url.pathname === '/echo-headers') {
      const shown = Object.entries(request.headers).filter(([name]) => name.startsWith('x-') || name === 'authorization');
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<!doctype html><pre>${shown.map(([name, value]) => `${name}: ${String(value)}`).join('\n') || '(none)'}</pre>`);
      return;
    }
    if (url.pathname === '/slow') {
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<!doctype html><p>slow page</p>');
      }, Number(url.searchParams.get('ms') ?? 500));
      return;
    }
    if (url.pathname === '/redirect') {
      response.writeHead(302, { location: '/popup' });
      response.end();
      return;
    }
    const page = allPages[url.pathname];
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'x-page': url.pathname });
    response.end(page ?? '<!doctype html><p>unknown</p>');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

export function headlessChromeDriver(): BrowserDriver {
  return createBrowserDriver({
    seleniumUrl: null,
    browser: 'chrome',
    headless: true,
    driverPath: CHROMEDRIVER,
    browserBinary: CHROMIUM,
    windowSize: { width: 1024, height: 768 },
    detectSelenium: false,
  });
}

export interface BrowserFixture {
  readonly driver: BrowserDriver;
  readonly server: PageServer;
  /** http://127.0.0.1:port of the page server. */
  readonly base: string;
  first(css: string): Promise<ElementHandle>;
}

/** Registers the hooks of a test file: server and browser for the file, a reset before each test. */
export function useBrowser(pages: Record<string, string>): BrowserFixture {
  let driver: BrowserDriver | undefined;
  let server: PageServer | undefined;
  const fixture: BrowserFixture = {
    get driver() {
      assert.ok(driver, 'the browser starts in before()');
      return driver;
    },
    get server() {
      assert.ok(server, 'the page server starts in before()');
      return server;
    },
    get base() {
      return `http://127.0.0.1:${fixture.server.port}`;
    },
    async first(css) {
      const found = await fixture.driver.findAll({ css });
      assert.ok(found.length > 0, `no element matches ${css}`);
      return found[0];
    },
  };
  before(async () => {
    server = await startPageServer(pages);
    driver = headlessChromeDriver();
    assert.equal(driver.isStarted(), false, 'nothing starts at construction');
    await driver.start();
  });
  after(async () => {
    await driver?.stop();
    await server?.close();
  });
  beforeEach(async () => {
    await fixture.driver.reset();
  });
  return fixture;
}
