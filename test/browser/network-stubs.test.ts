/**
 * Stubbed network answers in a real Chromium, through its DevTools Fetch interception: a page's fetch is
 * answered by the stub (status, JSON) or held for the stub's delay (the page shows its loading state
 * and the server has not been asked yet); other requests pass untouched; a visit, a link or form, and
 * the scenario's own request to a stubbed URL are answered too (not left to hang until the page-load
 * timeout); a reset removes every stub.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { headlessChromeDriver } from './harness';
import type { BrowserDriver } from '../../support/drivers/browser';

const PRICES = `<!doctype html><button id="show">Show the price</button><p id="state">idle</p><script>
  var state = document.getElementById('state');
  document.getElementById('show').addEventListener('click', function () {
    state.textContent = 'Loading…';
    fetch('/api/prices' + location.search).then(function (response) {
      return response.text().then(function (body) {
        state.textContent = response.status + ' ' + (response.headers.get('content-type') || '-') + ' ' + body;
      });
    }).catch(function (error) { state.textContent = 'failed ' + error; });
  });
</script>`;

/** Sends `?method` to the same server under its other loopback name: another origin, which sends no CORS headers. */
const OTHER_ORIGIN = `<!doctype html><button id="show">Show the price</button><p id="state">idle</p><script>
  var state = document.getElementById('state');
  var other = 'http://localhost:' + location.port + '/api/prices';
  var method = new URLSearchParams(location.search).get('method');
  document.getElementById('show').addEventListener('click', function () {
    state.textContent = 'Loading…';
    var init = method === 'PUT' ? { method: 'PUT', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{}' } : {};
    fetch(other, init).then(function (response) {
      return response.text().then(function (body) { state.textContent = response.status + ' ' + body; });
    }).catch(function (error) { state.textContent = 'failed ' + error; });
  });
</script>`;

/** Asks for the price while it loads, as a single-page app asks for its data. */
const ON_LOAD = `<!doctype html><p id="state">Loading…</p><script>
  fetch('/api/prices').then(function (response) {
    return response.text().then(function (body) { document.getElementById('state').textContent = response.status + ' ' + body; });
  });
</script><img src="/slow-image">`;

/** Navigates to the price API: by a link, and by a form sent with POST. */
const LINKS = `<!doctype html><a id="link" href="/api/prices">The prices</a>
<form id="form" method="post" action="/api/prices?region=eu"><button id="send">Send</button></form>`;

/** Opens /on-load in a popup, and shows it in a frame of another site (the same server under its other loopback name). */
const OPENER = `<!doctype html><a id="open" href="/on-load" target="popup">Open</a><iframe id="frame"></iframe><script>
  document.getElementById('frame').src = 'http://localhost:' + location.port + '/on-load';
</script>`;

const REAL_PRICE = '{"price":"12.50"}';

/** A navigation that waits for an unanswered request ends only at the page-load timeout (60 s): fail long before. */
function withinSeconds<T>(seconds: number, work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} was not answered within ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

describe('request stubs in the browser', () => {
  let driver: BrowserDriver;
  let server: http.Server;
  let base = '';
  /** What the server was asked for: path and query. */
  const asked: string[] = [];

  before(async () => {
    server = http.createServer((request, response) => {
      // The browser's own favicon request is none of the page's.
      const trace = request.headers['x-trace'] ? ` with x-trace: ${String(request.headers['x-trace'])}` : '';
      if (request.url !== '/favicon.ico') asked.push(`${request.url ?? ''}${trace}`);
      if ((request.url ?? '').startsWith('/api/')) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(REAL_PRICE);
        return;
      }
      if (request.url === '/slow-image') {
        // Keeps the page loading a while after its script asked for the price.
        setTimeout(() => response.writeHead(404).end(), 300);
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const page = (request.url ?? '').startsWith('/other-origin') ? OTHER_ORIGIN : request.url === '/on-load' ? ON_LOAD : request.url === '/links' ? LINKS : request.url === '/opener' ? OPENER : PRICES;
      response.end(page);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    driver = headlessChromeDriver();
    await driver.start();
  });
  after(async () => {
    await driver.stop();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });
  beforeEach(async () => {
    await driver.reset();
    asked.length = 0;
  });

  async function clickAndRead(page = '/prices'): Promise<string> {
    await driver.visit(`${base}${page}`);
    await driver.click((await driver.findAll({ css: '#show' }))[0]);
    return waitForState((text) => text !== 'Loading…');
  }

  /** The page's state once `done` says so (fetch answers arrive after the click returns). */
  async function waitForState(done: (text: string) => boolean): Promise<string> {
    const until = Date.now() + 10_000;
    for (;;) {
      const text = await driver.text((await driver.findAll({ css: '#state' }))[0]);
      if (done(text) || Date.now() > until) return text;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('answers a stubbed status without asking the server', async () => {
    await driver.requestStubs.stub(`${base}/api/prices`, { answer: { status: 500, headers: {}, body: '' } });
    assert.equal(await clickAndRead(), '500 -');
    assert.deepEqual(asked, ['/prices']);
  });

  /** The page's text once `done` says so. */
  async function waitForPage(done: (text: string) => boolean): Promise<string> {
    const until = Date.now() + 10_000;
    for (;;) {
      const text = await driver.pageText().catch(() => '');
      if (done(text) || Date.now() > until) return text;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('answers stubbed JSON with its content type; a stub without a query string matches any', async () => {
    await driver.requestStubs.stub(`${base}/api/prices`, { answer: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"price":"9.99"}' } });
    assert.equal(await clickAndRead('/prices?region=eu'), '200 application/json {"price":"9.99"}');
  });

  it('a stub with a query string leaves other query strings to the server', async () => {
    await driver.requestStubs.stub(`${base}/api/prices?region=eu`, { answer: { status: 503, headers: {}, body: '' } });
    assert.equal(await clickAndRead('/prices?region=us'), `200 application/json ${REAL_PRICE}`);
    assert.equal(await clickAndRead('/prices?region=eu'), '503 -');
  });

  it('holds a delayed request: the page shows its loading state and the server is asked only after the delay', async () => {
    await driver.requestStubs.stub(`${base}/api/prices`, { delayMs: 3000 });
    await driver.visit(`${base}/prices`);
    await driver.click((await driver.findAll({ css: '#show' }))[0]);
    assert.equal(await driver.text((await driver.findAll({ css: '#state' }))[0]), 'Loading…');
    assert.deepEqual(asked, ['/prices'], 'the request is held, not sent');
    assert.equal(await waitForState((text) => text !== 'Loading…'), `200 application/json ${REAL_PRICE}`);
    assert.deepEqual(asked, ['/prices', '/api/prices']);
  });

  it('a delay and an answer together: loading first, then the stubbed answer', async () => {
    await driver.requestStubs.stub(`${base}/api/prices`, { answer: { status: 500, headers: {}, body: 'down' } });
    await driver.requestStubs.stub(`${base}/api/prices`, { delayMs: 2000 });
    await driver.visit(`${base}/prices`);
    await driver.click((await driver.findAll({ css: '#show' }))[0]);
    assert.equal(await driver.text((await driver.findAll({ css: '#state' }))[0]), 'Loading…');
    assert.equal(await waitForState((text) => text !== 'Loading…'), '500 - down');
  });

  it('answers a request the page sends while it loads (the visit ends at the load event, not at the answer)', async () => {
    await driver.requestStubs.stub(`${base}/api/prices`, { answer: { status: 500, headers: {}, body: 'stubbed' }, delayMs: 500 });
    await driver.visit(`${base}/on-load`);
    assert.equal(await waitForState((text) => text !== 'Loading…'), '500 stubbed');
  });

  it('answers a link and a form that navigate to a stubbed URL, without the server', async () => {
    await driver.requestStubs.stub(`${base}/api/prices`, { answer: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"price":"9.99"}' } });
    await driver.visit(`${base}/links`);
    await withinSeconds(10, driver.click((await driver.findAll({ css: '#link' }))[0]), 'the link to the stubbed URL');
    assert.equal(await driver.pageText(), '{"price":"9.99"}');
    await driver.visit(`${base}/links`);
    await withinSeconds(10, driver.click((await driver.findAll({ css: '#send' }))[0]), 'the form sent to the stubbed URL');
    // A click that sends a form may return before the next page has loaded.
    assert.equal(await waitForPage((text) => !text.startsWith('The prices')), '{"price":"9.99"}');
    assert.deepEqual(asked, ['/links', '/links']);
  });

  it('answers a visit to a stubbed URL, and the scenario\'s own request to it', async () => {
    await driver.requestStubs.stub(`${base}/api/prices`, { answer: { status: 503, headers: { 'content-type': 'application/json' }, body: '{"error":"down"}' } });
    await withinSeconds(10, driver.visit(`${base}/api/prices`), 'the visit to the stubbed URL');
    assert.equal(await driver.pageText(), '{"error":"down"}');
    const response = await withinSeconds(10, driver.request({ method: 'GET', url: `${base}/api/prices?x=1`, headers: {}, body: '' }), 'the request to the stubbed URL');
    assert.equal(response?.status, 503);
    assert.equal(response?.body, '{"error":"down"}');
    assert.deepEqual(asked, []);
  });

  it('refuses the scenario\'s own request to a stubbed URL with no page of its origin open, which would go around the stub', async () => {
    await driver.requestStubs.stub(`${base}/api/prices`, { answer: { status: 503, headers: {}, body: '' } });
    await assert.rejects(
      driver.request({ method: 'GET', url: `${base}/api/prices`, headers: {}, body: '' }),
      /^UnsupportedDriverActionError: sending GET http:\/\/127\.0\.0\.1:\d+\/api\/prices: the request to .* is stubbed, but no page of http:\/\/127\.0\.0\.1:\d+ is open to send it.* Visit a page of that origin first$/,
    );
    assert.deepEqual(asked, []);
  });

  it('a delayed visit: held for the delay, then the server answers', async () => {
    await driver.requestStubs.stub(`${base}/api/prices`, { delayMs: 1000 });
    const started = Date.now();
    await withinSeconds(10, driver.visit(`${base}/api/prices`), 'the delayed visit');
    assert.ok(Date.now() - started >= 1000, 'held for the delay');
    assert.equal(await driver.pageText(), REAL_PRICE);
  });

  it('a stub beside a request header on the same origin: the stubbed URL is answered, the others get the header', async () => {
    await driver.setRequestHeader('X-Trace', 'on', base);
    await driver.requestStubs.stub(`${base}/api/prices?region=eu`, { answer: { status: 500, headers: {}, body: 'stubbed' } });
    await withinSeconds(10, driver.visit(`${base}/api/prices?region=eu`), 'the visit to the stubbed URL');
    assert.equal(await driver.pageText(), 'stubbed');
    await driver.visit(`${base}/api/prices?region=us`);
    assert.equal(await driver.pageText(), REAL_PRICE);
    assert.deepEqual(asked, ['/api/prices?region=us with x-trace: on']);
  });

  it('answers in every window and frame: a frame of another site, and a popup opened after the stubs were set', async () => {
    const other = base.replace('127.0.0.1', 'localhost');
    await driver.requestStubs.stub(`${base}/api/prices`, { answer: { status: 500, headers: {}, body: 'in the popup' } });
    await driver.requestStubs.stub(`${other}/api/prices`, { answer: { status: 500, headers: {}, body: 'in the frame' } });
    await driver.visit(`${base}/opener`);
    await driver.browser.switchToIFrame('frame');
    assert.equal(await waitForState((text) => text !== 'Loading…'), '500 in the frame');
    await driver.browser.switchToIFrame(null);
    await driver.click((await driver.findAll({ css: '#open' }))[0]);
    await driver.browser.switchToWindow('popup');
    assert.equal(await waitForState((text) => text !== 'Loading…'), '500 in the popup');
  });

  it('a stub and a request header set for the origin work together', async () => {
    await driver.setRequestHeader('X-Trace', 'on', base);
    await driver.requestStubs.stub(`${base}/api/prices`, { answer: { status: 500, headers: {}, body: 'stubbed' } });
    assert.equal(await clickAndRead(), '500 - stubbed');
  });

  it('a stub of another origin\'s API answers the page as that API would, preflight included', async () => {
    const other = base.replace('127.0.0.1', 'localhost');
    assert.match(await clickAndRead('/other-origin?method=GET'), /^failed TypeError/, 'the real server allows no other origin');
    await driver.requestStubs.stub(`${other}/api/prices`, { answer: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"price":"1.00"}' } });
    assert.equal(await clickAndRead('/other-origin?method=GET'), '200 {"price":"1.00"}');
    assert.equal(await clickAndRead('/other-origin?method=PUT'), '200 {"price":"1.00"}');
  });

  it('a reset while a request is held: the next test neither waits for it nor sees it answered', async () => {
    await driver.requestStubs.stub(`${base}/api/prices`, { answer: { status: 500, headers: {}, body: '' }, delayMs: 30_000 });
    await driver.visit(`${base}/prices`);
    await driver.click((await driver.findAll({ css: '#show' }))[0]);
    const started = Date.now();
    await driver.reset();
    assert.equal(await clickAndRead(), `200 application/json ${REAL_PRICE}`);
    assert.ok(Date.now() - started < 10_000, 'nothing waited for the held request');
  });

  it('a reset removes the stubs: the server answers again', async () => {
    await driver.requestStubs.stub(`${base}/api/prices`, { answer: { status: 500, headers: {}, body: '' } });
    await driver.reset();
    assert.equal(await clickAndRead(), `200 application/json ${REAL_PRICE}`);
  });

  it('a reset removes the stubs of navigations too: a visit reaches the server again', async () => {
    await driver.requestStubs.stub(`${base}/api/prices`, { answer: { status: 500, headers: {}, body: 'stubbed' } });
    await withinSeconds(10, driver.visit(`${base}/api/prices`), 'the visit to the stubbed URL');
    assert.equal(await driver.pageText(), 'stubbed');
    await driver.reset();
    await driver.visit(`${base}/api/prices`);
    assert.equal(await driver.pageText(), REAL_PRICE);
  });
});
