/**
 * The browser driver against real headless Chromium through the local chromedriver. One browser
 * serves the whole file (starts cost seconds); each test resets it first, as the Session does.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import { createBrowserDriver, type BrowserDriver } from '../support/drivers/browser';
import { DriverError, UnsupportedDriverActionError, type ElementHandle } from '../support/drivers/driver';
import { cheerioAdapter, cheerioDocumentRoot, findNamed, type NamedSelectorKind } from '../support/selectors/named';

const CHROMEDRIVER = process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver';
const CHROMIUM = process.env.CHROME_BIN ?? '/usr/bin/chromium';

/** Shared by both drivers: every element carries data-pid so matches can be compared across them. */
const NAMED_FIXTURE_SOURCE = `<!doctype html><html><head><title>Named</title></head><body>
  <nav><a href="/one" id="home-link" title="Go home">Home</a> <a href="/two">Home page</a>
    <a href="/three"><img src="/x.png" alt="Logo"></a> <a href="/four" aria-label="Account">me</a></nav>
  <form>
    <label for="email">Email address</label><input id="email" name="email" placeholder="you@example.com">
    <label>Password <input type="password" name="pw"></label>
    <input type="hidden" name="token" value="t">
    <textarea name="bio" data-testid="about"></textarea>
    <select name="country" id="country"><option value="fr">France</option><option value="de">Germany</option></select>
    <label><input type="checkbox" name="terms" value="yes"> I agree</label>
    <label><input type="radio" name="size" value="s"> Small</label><label><input type="radio" name="size" value="l"> Large</label>
    <input type="file" name="avatar" id="avatar"><label for="avatar">Avatar</label>
    <button type="submit" name="save">Save</button> <button type="button">Save changes</button>
    <input type="submit" value="Send"> <input type="button" value="Cancel" title="Abort">
  </form>
  <div id="content-box"><p>Some <b>important</b> text</p><p>Other text</p></div>
</body></html>`;

function annotate(html: string): string {
  const $ = cheerio.load(html);
  $('*').each((index, element) => {
    $(element).attr('data-pid', String(index));
  });
  return $.html();
}
const NAMED_FIXTURE = annotate(NAMED_FIXTURE_SOURCE);

const PAGES: Record<string, string> = {
  '/named': NAMED_FIXTURE,
  '/events': `<!doctype html><html><body>
    <input id="text" value=""><input id="prefilled" value="old"><textarea id="area"></textarea>
    <select id="pick"><option value="a">A</option><option value="b">B</option></select>
    <select id="many" multiple><option value="x" selected>X</option><option value="y">Y</option><option value="z">Z</option></select>
    <input type="checkbox" id="box" value="on-value">
    <input type="radio" name="r" id="r1" value="one"><input type="radio" name="r" id="r2" value="two">
    <input type="file" id="upload">
    <script>
      window.counts = {};
      document.addEventListener('input', function (e) { var k = e.target.id + ':input'; counts[k] = (counts[k] || 0) + 1; }, true);
      document.addEventListener('change', function (e) { var k = e.target.id + ':change'; counts[k] = (counts[k] || 0) + 1; }, true);
    </script></body></html>`,
  '/storage': `<!doctype html><html><body>stored<script>
      localStorage.setItem('kept', 'local'); sessionStorage.setItem('kept', 'session');
    </script></body></html>`,
  '/read-storage': `<!doctype html><html><body><script>
      document.body.textContent = 'local=' + localStorage.getItem('kept') + ' session=' + sessionStorage.getItem('kept') + ' cookie=' + document.cookie;
    </script></body></html>`,
  '/windows': `<!doctype html><html><head><title>Main window</title></head><body>
    <a id="popup" href="/popup" target="_blank">Open popup</a>
    <button id="named" onclick="window.open('/popup?named', 'helper')">Open named</button>
    <iframe id="frame-by-id" name="framed" src="/inner"></iframe>
    <p>Main text</p></body></html>`,
  '/popup': `<!doctype html><html><head><title>Popup title</title></head><body><p>Popup text</p></body></html>`,
  '/inner': `<!doctype html><html><body><p id="inner">Inside the frame</p></body></html>`,
  '/dialogs': `<!doctype html><html><body>
    <button id="alert" onclick="alert('Hello there')">Alert</button>
    <button id="confirm" onclick="document.getElementById('out').textContent = 'confirm:' + confirm('Sure?')">Confirm</button>
    <button id="prompt" onclick="document.getElementById('out').textContent = 'prompt:' + prompt('Name?')">Prompt</button>
    <p id="out"></p></body></html>`,
  '/mouse': `<!doctype html><html><body>
    <div id="drag" draggable="true" style="width:60px;height:60px;background:#c00">drag</div>
    <div id="drop" style="width:120px;height:120px;margin-top:40px;background:#0c0">drop</div>
    <div id="hover" style="width:60px;height:30px" onmouseover="this.textContent='hovered'">hover me</div>
    <div id="dbl" ondblclick="this.textContent='double'">dbl</div>
    <div id="ctx" oncontextmenu="this.textContent='context'; return false">ctx</div>
    <input id="keys">
    <p id="log"></p>
    <script>
      var log = document.getElementById('log');
      document.getElementById('drag').addEventListener('dragstart', function (e) { e.dataTransfer.setData('text/plain', 'payload'); log.textContent += 'start '; });
      document.getElementById('drop').addEventListener('dragover', function (e) { e.preventDefault(); });
      document.getElementById('drop').addEventListener('drop', function (e) { e.preventDefault(); log.textContent += 'drop:' + e.dataTransfer.getData('text/plain'); });
      document.getElementById('keys').addEventListener('keydown', function (e) {
        log.textContent = 'key:' + e.key + (e.ctrlKey ? '+ctrl' : '') + (e.shiftKey ? '+shift' : '');
      });
    </script></body></html>`,
};

interface Server {
  port: number;
  close(): Promise<void>;
  requests: Array<{ url: string; headers: http.IncomingHttpHeaders }>;
}

function startServer(): Promise<Server> {
  const requests: Server['requests'] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push({ url: url.pathname + url.search, headers: request.headers });
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
    if (url.pathname === '/redirect') {
      response.writeHead(302, { location: '/popup' });
      response.end();
      return;
    }
    const page = PAGES[url.pathname];
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'x-page': url.pathname });
    response.end(page ?? '<!doctype html><p>unknown</p>');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        port,
        requests,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

let server: Server;
let driver: BrowserDriver;
let base: string;

async function first(css: string): Promise<ElementHandle> {
  const found = await driver.findAll({ css });
  assert.ok(found.length > 0, `no element matches ${css}`);
  return found[0];
}

async function counts(): Promise<Record<string, number>> {
  return (await driver.browser.evaluateScript('window.counts')) as Record<string, number>;
}

describe('browser driver (headless Chromium via local chromedriver)', () => {
  before(async () => {
    server = await startServer();
    base = `http://127.0.0.1:${server.port}`;
    driver = createBrowserDriver({
      seleniumUrl: null,
      browser: 'chrome',
      headless: true,
      chromedriverPath: CHROMEDRIVER,
      chromeBinary: CHROMIUM,
      windowSize: { width: 1024, height: 768 },
      detectSelenium: false,
    });
    assert.equal(driver.isStarted(), false, 'nothing starts at construction');
    await driver.start();
  });

  after(async () => {
    await driver?.stop();
    await server?.close();
  });

  beforeEach(async () => {
    await driver.reset();
  });

  it('is started lazily and names its endpoint', () => {
    assert.equal(driver.isStarted(), true);
    assert.match(driver.name, /chrome via local chromedriver/);
  });

  it('finds named elements exactly as the HTTP side does on the same HTML', async () => {
    await driver.visit(`${base}/named`);
    const $ = cheerio.load(NAMED_FIXTURE);
    const root = cheerioDocumentRoot($.root()[0] as never);
    const cases: Array<[NamedSelectorKind, string]> = [
      ['link', 'Home'], ['link', 'home-link'], ['link', 'Go home'], ['link', 'Logo'], ['link', 'Account'], ['link', 'Hom'],
      ['button', 'Save'], ['button', 'Send'], ['button', 'Abort'], ['button', 'save'], ['link_or_button', 'Cancel'],
      ['field', 'Email address'], ['field', 'email'], ['field', 'you@example.com'], ['field', 'Password'], ['field', 'token'],
      ['field', 'about'], ['field', 'country'], ['select', 'country'], ['checkbox', 'I agree'], ['radio', 'Large'],
      ['file', 'Avatar'], ['option', 'Germany'], ['option', 'fr'], ['id', 'content-box'], ['content', 'important'],
      ['content', 'text'], ['field', 'nothing like this'],
    ];
    for (const [kind, locator] of cases) {
      const expected = findNamed(cheerioAdapter(), root, root, kind, locator).map((node) => $(node).attr('data-pid'));
      const found = await driver.findAll({ named: kind, locator });
      const actual = await Promise.all(found.map((element) => driver.attribute(element, 'data-pid')));
      assert.deepEqual(actual, expected, `${kind} "${locator}"`);
    }
    const candidates = await driver.namedCandidates('button');
    assert.ok(candidates.length >= 4, `button candidates: ${candidates.join(', ')}`);
  });

  it('scopes named and CSS lookups to an element', async () => {
    await driver.visit(`${base}/named`);
    const nav = await first('nav');
    const links = await driver.findAll({ named: 'link', locator: 'Home' }, nav);
    assert.equal(links.length, 1);
    assert.equal(links[0].description, 'link "Home" within element "nav"');
    assert.equal((await driver.findAll({ css: 'a' }, nav)).length, 4);
    assert.equal((await driver.findAll({ css: 'button' }, nav)).length, 0);
  });

  it('reads rendered page text, the live DOM, tags, attributes and values', async () => {
    await driver.visit(`${base}/named`);
    const text = await driver.pageText();
    assert.match(text, /Some important text/);
    assert.doesNotMatch(text, /<b>/);
    assert.match(await driver.content(), /<b data-pid="\d+">important<\/b>/);
    const select = await first('#country');
    assert.equal(await driver.tagName(select), 'select');
    assert.equal(await driver.value(select), 'fr');
    assert.equal(await driver.attribute(select, 'name'), 'country');
    assert.equal(await driver.attribute(select, 'nope'), null);
    assert.equal(await driver.value(await first('input[type=checkbox]')), null);
    assert.equal(await driver.isVisible(await first('input[type=hidden]')), false);
    assert.equal(await driver.isVisible(select), true);
    assert.equal(await driver.currentUrl(), `${base}/named`);
  });

  it('fills a field: one input event per typed character, one change event', async () => {
    await driver.visit(`${base}/events`);
    await driver.setValue(await first('#text'), 'hello');
    assert.equal(await driver.value(await first('#text')), 'hello');
    await driver.setValue(await first('#area'), 'two\nlines');
    assert.equal(await driver.value(await first('#area')), 'two\nlines');
    await driver.setValue(await first('#prefilled'), 'new');
    assert.equal(await driver.value(await first('#prefilled')), 'new');
    const seen = await counts();
    assert.equal(seen['text:input'], 5);
    assert.equal(seen['text:change'], 1);
    assert.equal(seen['area:change'], 1);
    assert.equal(seen['prefilled:input'], 3 + 3, 'three deletions, three typed characters');
    assert.equal(seen['prefilled:change'], 1);
  });

  it('select, check and radio fire change; values follow Mink', async () => {
    await driver.visit(`${base}/events`);
    await driver.selectOption(await first('#pick'), 'b', false);
    await driver.selectOption(await first('#pick'), 'A', false);
    assert.equal(await driver.value(await first('#pick')), 'a');
    await driver.selectOption(await first('#many'), 'y', true);
    assert.deepEqual(await driver.value(await first('#many')), ['x', 'y']);
    await driver.selectOption(await first('#many'), 'z', false);
    assert.deepEqual(await driver.value(await first('#many')), ['z']);
    await driver.check(await first('#box'));
    await driver.check(await first('#box'));
    assert.equal(await driver.isChecked(await first('#box')), true);
    assert.equal(await driver.value(await first('#box')), 'on-value');
    await driver.uncheck(await first('#box'));
    assert.equal(await driver.value(await first('#box')), null);
    await driver.setValue(await first('#r1'), 'two');
    assert.equal(await driver.isChecked(await first('#r2')), true);
    assert.equal(await driver.value(await first('#r1')), 'two');
    const seen = await counts();
    assert.equal(seen['pick:change'], 2);
    assert.equal(seen['box:change'], 2, 'checking twice changes once, unchecking once');
    assert.equal(seen['r2:change'], 1);
    assert.equal(seen['many:change'], 2);
    await assert.rejects(driver.selectOption(await first('#pick'), 'zz', false), /no option has that value or text \(options: a \(A\), b \(B\)\)/);
  });

  it('attaches a local file', async () => {
    const file = path.join(os.tmpdir(), `cucumber-mink-upload-${process.pid}.txt`);
    fs.writeFileSync(file, 'content');
    try {
      await driver.visit(`${base}/events`);
      await driver.attachFile(await first('#upload'), file);
      assert.equal(await driver.browser.evaluateScript("document.getElementById('upload').files[0].name"), path.basename(file));
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('reports the status code and headers of the last top-level navigation (BiDi)', async () => {
    assert.equal(driver.capabilities.statusCode, true);
    await driver.visit(`${base}/missing`);
    assert.equal(await driver.statusCode(), 404);
    assert.deepEqual((await driver.responseHeaders())['x-reason'], ['not here']);
    await driver.visit(`${base}/windows`);
    assert.equal(await driver.statusCode(), 200, 'the iframe response does not count');
    assert.deepEqual((await driver.responseHeaders())['x-page'], ['/windows']);
    await driver.visit(`${base}/redirect`);
    assert.equal(await driver.statusCode(), 200);
    assert.deepEqual((await driver.responseHeaders())['x-page'], ['/popup']);
  });

  it('refuses request headers and basic auth with the reason', async () => {
    assert.equal(driver.capabilities.requestHeaders, false);
    assert.equal(driver.capabilities.basicAuth, false);
    await assert.rejects(driver.setRequestHeader('X-Test', 'yes', `${base}/`), (error: unknown) => {
      assert.ok(error instanceof UnsupportedDriverActionError);
      assert.match(error.message, /request header "X-Test" .*untagged scenario/);
      return true;
    });
    await assert.rejects(driver.setBasicAuth({ user: 'a', password: 'b' }, `${base}/`), UnsupportedDriverActionError);
  });

  it('sets and reads cookies of any origin', async () => {
    await driver.setCookie('flavour', 'oat', `${base}/`);
    assert.equal(await driver.getCookie('flavour', `${base}/`), 'oat');
    await driver.visit(`${base}/read-storage`);
    assert.match(await driver.pageText(), /cookie=flavour=oat/);
    await driver.setCookie('flavour', null, `${base}/`);
    assert.equal(await driver.getCookie('flavour', `${base}/`), null);
  });

  it('reset clears cookies of every visited origin, their storage, windows and frames', async () => {
    const otherBase = `http://localhost:${server.port}`;
    for (const origin of [base, otherBase]) {
      await driver.visit(`${origin}/set-cookie?v=1`);
      await driver.visit(`${origin}/storage`);
    }
    await driver.visit(`${base}/windows`);
    await driver.click(await first('#popup'));
    await driver.browser.switchToIFrame('frame-by-id');
    await driver.reset();

    assert.equal(await driver.currentUrl(), 'about:blank');
    assert.equal((await driver.findAll({ css: 'iframe' })).length, 0, 'back on the top document');
    for (const origin of [base, otherBase]) {
      await driver.visit(`${origin}/read-storage`);
      assert.equal((await driver.pageText()).trim(), 'local=null session=null cookie=', origin);
    }
    await driver.browser.switchToWindow(null);
    await assert.rejects(driver.browser.switchToWindow('new'), /no other window is open/);
  });

  it('switches windows by name, title and "new", and iframes by id, name and CSS', async () => {
    await driver.visit(`${base}/windows`);
    await driver.click(await first('#popup'));
    await driver.browser.switchToWindow('new');
    assert.match(await driver.pageText(), /Popup text/);
    await driver.browser.switchToWindow(null);
    assert.match(await driver.pageText(), /Main text/);
    await driver.click(await first('#named'));
    await driver.browser.switchToWindow('helper');
    assert.equal(await driver.currentUrl(), `${base}/popup?named`);
    await driver.browser.switchToWindow('Main window');
    await assert.rejects(driver.browser.switchToWindow('nope'), /no window named or titled "nope" \(open windows: .*Popup title/);

    for (const locator of ['frame-by-id', 'framed', 'iframe[src="/inner"]']) {
      await driver.browser.switchToIFrame(locator);
      assert.match(await driver.pageText(), /Inside the frame/, locator);
      await driver.browser.switchToIFrame(null);
      assert.match(await driver.pageText(), /Main text/);
    }
    await assert.rejects(driver.browser.switchToIFrame('missing'), /no iframe with id, name or CSS selector "missing"/);
  });

  it('reads, accepts, dismisses and answers dialogs', async () => {
    await driver.visit(`${base}/dialogs`);
    assert.equal(await driver.browser.dialogText(), null);
    await driver.click(await first('#alert'));
    assert.equal(await driver.browser.dialogText(), 'Hello there');
    await driver.browser.acceptDialog();
    await driver.click(await first('#confirm'));
    await driver.browser.dismissDialog();
    assert.equal(await driver.text(await first('#out')), 'confirm:false');
    await driver.click(await first('#confirm'));
    await driver.browser.acceptDialog();
    assert.equal(await driver.text(await first('#out')), 'confirm:true');
    await driver.click(await first('#prompt'));
    assert.equal(await driver.browser.dialogText(), 'Name?');
    await driver.browser.acceptDialog('Ada');
    assert.equal(await driver.text(await first('#out')), 'prompt:Ada');
    await assert.rejects(driver.browser.acceptDialog(), /no alert, confirm or prompt is open/);
  });

  it('drags with HTML5 events, hovers, double and right clicks, presses keys', async () => {
    await driver.visit(`${base}/mouse`);
    await driver.browser.dragTo(await first('#drag'), await first('#drop'));
    assert.match(await driver.text(await first('#log')), /start drop:payload/);
    await driver.browser.hover(await first('#hover'));
    assert.equal(await driver.text(await first('#hover')), 'hovered');
    await driver.browser.doubleClick(await first('#dbl'));
    assert.equal(await driver.text(await first('#dbl')), 'double');
    await driver.browser.rightClick(await first('#ctx'));
    assert.equal(await driver.text(await first('#ctx')), 'context');
    await driver.browser.pressKey(await first('#keys'), 'a', ['ctrl']);
    assert.equal(await driver.text(await first('#log')), 'key:a+ctrl');
    await driver.browser.pressKey(await first('#keys'), 'ArrowDown', ['shift']);
    assert.equal(await driver.text(await first('#log')), 'key:ArrowDown+shift');
    await assert.rejects(driver.browser.pressKey(await first('#keys'), 'Bogus', []), /unknown key "Bogus"/);
  });

  it('runs scripts, evaluates expressions, resizes and takes PNG screenshots', async () => {
    await driver.visit(`${base}/popup`);
    assert.equal(await driver.browser.evaluateScript('1 + 2'), 3);
    assert.equal(await driver.browser.evaluateScript('return document.title'), 'Popup title');
    await driver.browser.executeScript("document.title = 'changed'");
    assert.equal(await driver.browser.evaluateScript('document.title'), 'changed');
    await driver.browser.resizeWindow(800, 600);
    assert.equal(await driver.browser.evaluateScript('window.outerWidth'), 800);
    const png = await driver.browser.screenshot();
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('turns a vanished element into a DriverError that says so', async () => {
    await driver.visit(`${base}/named`);
    const link = await first('#home-link');
    await driver.visit(`${base}/popup`);
    await assert.rejects(driver.click(link), (error: unknown) => {
      assert.ok(error instanceof DriverError);
      assert.match(error.message, /cannot click element "#home-link": the element went away/);
      return true;
    });
  });
});
