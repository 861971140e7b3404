/**
 * One suite, one answer in the browser: a reset leaves the browser as a new one would be (HTTP cache,
 * Cache Storage, service workers, IndexedDB, not only cookies and storage); a page shown from a
 * revalidated cache entry reports the status of the page shown; a navigation step that meets a
 * leave-page dialog navigates and says so; a scenario's request needs no open page of its origin.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { headlessChromeDriver } from './harness';
import type { WebDriver } from 'selenium-webdriver';
import type { BrowserDriver } from '../../support/drivers/browser';
import type { WindowConnection } from '../../support/drivers/browser/window-devtools';

const KEEP_EVERYTHING = `<!doctype html><p>keeping</p><script>
  window.kept = Promise.all([
    new Promise(function (done) { var open = indexedDB.open('kept-db'); open.onupgradeneeded = function () { open.result.createObjectStore('s'); }; open.onsuccess = function () { open.result.close(); done(); }; }),
    caches.open('kept-cache').then(function (cache) { return cache.put('/cached-entry', new Response('x')); }),
    navigator.serviceWorker.register('/worker.js').then(function () { return navigator.serviceWorker.ready; }),
  ]);
</script>`;

const WHAT_IS_KEPT = `
  return Promise.all([
    indexedDB.databases().then(function (found) { return found.map(function (db) { return db.name; }); }),
    caches.keys(),
    navigator.serviceWorker.getRegistrations().then(function (found) { return found.length; }),
  ]).then(function (all) { return { databases: all[0], caches: all[1], workers: all[2] }; });`;

const EDITOR = `<!doctype html><textarea id="text"></textarea><a id="away" href="/plain">Away</a><script>
  var unsaved = false;
  document.getElementById('text').addEventListener('input', function () { unsaved = true; });
  addEventListener('beforeunload', function (event) { if (!unsaved) return; event.preventDefault(); event.returnValue = ''; });
</script>`;

/** Writes what it can as it is left: a reset must clear after the page has gone, not before. */
const WRITES_ON_LEAVE = `<!doctype html><p>leaving</p><script>
  addEventListener('pagehide', function () { localStorage.setItem('late', '1'); sessionStorage.setItem('late', '1'); document.cookie = 'late=1; path=/'; });
</script>`;

const READ_STORAGE = `<!doctype html><p id="read"></p><script>
  document.getElementById('read').textContent = 'local=' + localStorage.getItem('late') + ' session=' + sessionStorage.getItem('late') + ' cookie=' + document.cookie;
</script>`;

interface Seen {
  path: string;
  method: string;
  cookie: string;
  ifNoneMatch: string;
  referer: string;
  extra: string;
}

describe('browser driver: a reset as new, the status of a revalidated page, leaving pages that ask, requests without a page', () => {
  let driver: BrowserDriver;
  let server: http.Server;
  let base = '';
  let otherBase = '';
  const seen: Seen[] = [];

  before(async () => {
    server = http.createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        seen.push({
          path: url.pathname,
          method: request.method ?? '',
          cookie: request.headers.cookie ?? '',
          ifNoneMatch: String(request.headers['if-none-match'] ?? ''),
          referer: request.headers.referer ?? '',
          extra: String(request.headers['x-extra'] ?? ''),
        });
        const html = (body: string, status = 200, headers: http.OutgoingHttpHeaders = {}) => {
          response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
          response.end(body);
        };
        switch (url.pathname) {
          case '/cached':
            if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304, { etag: '"v1"', 'cache-control': 'no-cache' }).end();
            return html('<!doctype html><p>cached page</p>', 200, { etag: '"v1"', 'cache-control': 'no-cache' });
          case '/keep-everything':
            return html(KEEP_EVERYTHING);
          case '/worker.js':
            response.writeHead(200, { 'content-type': 'text/javascript' });
            return void response.end("self.addEventListener('fetch', function () {});");
          case '/editor':
            return html(EDITOR);
          case '/writes-on-leave':
            return html(WRITES_ON_LEAVE);
          case '/read-storage':
            return html(READ_STORAGE);
          case '/set-cookies':
            return html('<!doctype html><p>set</p>', 200, { 'set-cookie': ['page=1; Path=/', 'secret=2; Path=/; HttpOnly', 'narrow=3; Path=/api/narrow'] });
          case '/api/echo':
            response.writeHead(200, { 'content-type': 'application/json', 'set-cookie': ['fresh=4; Path=/; HttpOnly', 'page=; Max-Age=0; Path=/'] });
            return void response.end(JSON.stringify({ method: request.method, cookie: request.headers.cookie ?? '', body: Buffer.concat(chunks).toString() }));
          case '/api/moved':
            response.writeHead(302, { location: '/api/echo', 'set-cookie': 'hop=5; Path=/' });
            return void response.end();
          default:
            return html(`<!doctype html><p>${url.pathname} cookies: ${request.headers.cookie ?? '(none)'}</p>`);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
    otherBase = `http://localhost:${port}`;
    driver = headlessChromeDriver();
    await driver.start();
  });

  after(async () => {
    await driver?.stop();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  beforeEach(async () => {
    await driver.reset();
    seen.length = 0;
  });

  /** The tab WebDriver works in (the driver keeps its WebDriver to itself). */
  const windowHandle = () => (driver as unknown as { webDriver: WebDriver }).webDriver.getWindowHandle();
  const windowConnection = () => (driver as unknown as { windowConnection: WindowConnection }).windowConnection;
  const requestsTo = (path: string) => seen.filter((request) => request.path === path);
  /** The page's status as a step reads it: the network event may trail the navigation, so asked again for a moment. */
  async function status(): Promise<number> {
    for (let tries = 0; ; tries++) {
      try {
        return await driver.statusCode();
      } catch (error) {
        if ((error as Error).name !== 'NoResponseYet' || tries === 40) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }

  it('after a reset that replaces the tab, the page has the focus a new browser gives it, and filling a field is what typing is', async () => {
    await driver.visit(`${base}/plain`);
    await driver.browser.resizeWindow(500, 600);
    // A resized window is given a fresh tab at reset.
    await driver.reset();
    await driver.visit(`${base}/editor`);
    assert.equal(await driver.browser.evaluateScript('document.hasFocus()'), true);
    await driver.browser.executeScript("var t = document.getElementById('text'); t.value = 'old text'; t.focus(); t.setSelectionRange(0, 0); window.inputs = 0; t.addEventListener('input', function () { window.inputs++; });");
    const [field] = await driver.findAll({ css: '#text' });
    await driver.setValue(field, 'new');
    assert.equal(await driver.browser.evaluateScript("document.getElementById('text').value"), 'new');
    assert.equal(await driver.browser.evaluateScript('window.inputs'), 4, 'one input event to empty the field, one a character');
  });

  it('a reset empties the HTTP cache: the next visit is a plain request, not a revalidation', async () => {
    await driver.visit(`${base}/cached`);
    await driver.reset();
    await driver.visit(`${base}/cached`);
    assert.deepEqual(requestsTo('/cached').map((request) => request.ifNoneMatch), ['', ''], 'no If-None-Match after the reset');
    assert.equal(await status(), 200);
  });

  it('a page shown from a revalidated cache entry reports the status of the page it shows', async () => {
    await driver.visit(`${base}/cached`);
    await driver.reload();
    assert.deepEqual(requestsTo('/cached').map((request) => request.ifNoneMatch), ['', '"v1"'], 'the reload revalidated');
    assert.equal(await status(), 200);
    assert.match(await driver.pageText(), /cached page/);
  });

  it('a reset clears IndexedDB, Cache Storage and service workers of every origin it saw', async () => {
    await driver.visit(`${base}/keep-everything`);
    await driver.browser.executeScript('return window.kept');
    assert.deepEqual(await driver.browser.executeScript(WHAT_IS_KEPT), { databases: ['kept-db'], caches: ['kept-cache'], workers: 1 });
    await driver.reset();
    await driver.visit(`${base}/plain`);
    assert.deepEqual(await driver.browser.executeScript(WHAT_IS_KEPT), { databases: [], caches: [], workers: 0 });
  });

  it('a reset leaves a page with unsaved changes and closes a dialog left open in the same tab, and clears what a page writes as it goes', async () => {
    const tab = await windowHandle();
    await driver.visit(`${base}/editor`);
    await driver.setValue((await driver.findAll({ css: '#text' }))[0], 'unsaved');
    await driver.reset();
    assert.equal(await driver.currentUrl(), 'about:blank');
    assert.equal(await driver.browser.dialogText(), null);
    assert.equal(await windowHandle(), tab, 'left in place, not by a fresh tab (a few hundred ms)');

    await driver.visit(`${base}/plain`);
    await driver.browser.executeScript("alert('left open')");
    assert.equal(await driver.browser.dialogText(), 'left open');
    await driver.reset();
    assert.equal(await driver.browser.dialogText(), null);
    assert.equal(await driver.currentUrl(), 'about:blank');
    assert.equal(await windowHandle(), tab, 'the dialog closed in place');

    // The reset's own connection broke meanwhile: the next reset connects again, and still closes a
    // dialog in place (through WebDriver it would take a fresh tab).
    (await windowConnection().to(tab))?.close();
    await driver.visit(`${base}/set-cookies`);
    await driver.reset();
    await driver.visit(`${base}/plain`);
    assert.match(await driver.pageText(), /cookies: \(none\)/);
    await driver.browser.executeScript("alert('left open again')");
    await driver.reset();
    assert.equal(await driver.browser.dialogText(), null);
    assert.equal(await windowHandle(), tab);

    for (let round = 0; round < 3; round++) {
      await driver.visit(`${base}/writes-on-leave`);
      await driver.reset();
      await driver.visit(`${base}/read-storage`);
      assert.equal(await driver.pageText(), 'local=null session=null cookie=', `round ${round}`);
      await driver.reset();
    }
  });

  it('a navigation step that meets a leave-page dialog accepts it, navigates, and returns the note that says so', async () => {
    const dirty = async () => driver.setValue((await driver.findAll({ css: '#text' }))[0], 'unsaved');
    assert.equal(await driver.visit(`${base}/plain`), undefined, 'no note when no page asked');
    await driver.visit(`${base}/editor`);
    await dirty();
    const note = await driver.visit(`${base}/plain?after=visit`);
    assert.match(String(note), new RegExp(`^${base}/editor asked before it is left \\(a leave-page dialog\\): accepted, as WebDriver does for a navigation$`));
    assert.equal(await driver.currentUrl(), `${base}/plain?after=visit`);
    assert.equal(await driver.browser.dialogText(), null);

    await driver.visit(`${base}/editor`);
    await dirty();
    assert.match(String(await driver.reload()), /editor asked before it is left/);
    assert.equal(await driver.currentUrl(), `${base}/editor`);
    assert.equal(await driver.browser.evaluateScript('unsaved'), false, 'a new document');

    await dirty();
    assert.match(String(await driver.back()), /editor asked before it is left/);
    assert.equal(await driver.currentUrl(), `${base}/plain?after=visit`);
    assert.equal(await driver.forward(), undefined);
    assert.equal(await driver.currentUrl(), `${base}/editor`);

    await dirty();
    await driver.click((await driver.findAll({ css: '#away' }))[0]);
    assert.equal(await driver.browser.dialogText(), '', 'a click leaves the leave-page dialog to the dialog steps');
    await driver.browser.dismissDialog();
    assert.equal(await driver.currentUrl(), `${base}/editor`);
  });

  it('a request with no page of its origin open carries the browser\'s cookies for it, HttpOnly too, and stores what it sets', async () => {
    await driver.visit(`${base}/set-cookies`);
    await driver.visit(`${otherBase}/plain`);
    const response = await driver.request({ method: 'POST', url: `${base}/api/echo`, headers: { 'content-type': 'text/plain' }, body: 'sent' });
    assert.equal(response?.status, 200);
    const echoed = JSON.parse(response?.body ?? '') as { method: string; cookie: string; body: string };
    assert.deepEqual({ ...echoed, cookie: echoed.cookie.split('; ').sort() }, { method: 'POST', cookie: ['page=1', 'secret=2'], body: 'sent' }, 'not the other origin\'s, nor /api/narrow\'s');
    assert.equal(requestsTo('/api/echo')[0].referer, '', 'sent from outside any page');
    assert.equal(await driver.currentUrl(), `${otherBase}/plain`, 'the page stays');
    assert.equal(await driver.getCookie('page', `${base}/`), null, 'Max-Age=0 deleted it');
    await driver.visit(`${base}/after`);
    assert.deepEqual((/cookies: (.*)/.exec(await driver.pageText())?.[1] ?? '').split('; ').sort(), ['fresh=4', 'secret=2']);
    assert.equal(await driver.browser.evaluateScript('document.cookie'), '', 'what the response set stays HttpOnly');
  });

  it('follows redirects as fetch() does, keeping the cookies of each hop, and sends the headers set for the origin', async () => {
    await driver.setRequestHeader('X-Extra', 'yes', `${base}/`);
    const response = await driver.request({ method: 'POST', url: `${base}/api/moved`, headers: {}, body: 'dropped' });
    assert.equal(response?.url, `${base}/api/echo`);
    assert.deepEqual(JSON.parse(response?.body ?? ''), { method: 'GET', cookie: 'hop=5', body: '' }, 'a 302 turns a POST into a GET');
    assert.deepEqual(requestsTo('/api/moved').map((request) => request.extra), ['yes']);
    assert.equal(await driver.getCookie('fresh', `${base}/`), '4');
  });

  it('with a page of the origin open the page sends the request, as before', async () => {
    await driver.visit(`${base}/set-cookies`);
    const response = await driver.request({ method: 'GET', url: `${base}/api/echo`, headers: {} });
    assert.deepEqual((JSON.parse(response?.body ?? '') as { cookie: string }).cookie.split('; ').sort(), ['page=1', 'secret=2']);
    assert.equal(requestsTo('/api/echo')[0].referer, `${base}/set-cookies`, 'sent by the page');
  });

  // Last: it takes the DevTools bridge away for the rest of this browser's life, as a browser without
  // DevTools (Firefox) runs.
  it('without DevTools a reset still clears what pages can reach and bypasses the HTTP cache; a request needs a page of its origin', async () => {
    (driver as unknown as { storage: { attach(devTools: null): void } }).storage.attach(null);
    await driver.visit(`${base}/keep-everything`);
    await driver.browser.executeScript('return window.kept');
    await driver.visit(`${base}/cached`);
    await driver.reset();
    await driver.visit(`${base}/plain`);
    assert.deepEqual(await driver.browser.executeScript(WHAT_IS_KEPT), { databases: [], caches: [], workers: 0 });
    await driver.visit(`${base}/cached`);
    await driver.reload();
    assert.deepEqual(requestsTo('/cached').map((request) => request.ifNoneMatch), ['', '', ''], 'the cache is bypassed');
    assert.equal(await status(), 200);
    await driver.reset();
    await assert.rejects(
      driver.request({ method: 'GET', url: `${base}/api/echo`, headers: {} }),
      /this browser offers no DevTools to send it without one\), so a page of http:\/\/127\.0\.0\.1:\d+ must be open first/,
    );
  });
});
