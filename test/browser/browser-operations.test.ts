/**
 * What only the browser can do: HTTP responses seen over BiDi, windows, frames, dialogs, pointer
 * gestures, keys, scripts and screenshots; request headers and basic auth over DevTools.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useBrowser } from './harness';

const PAGES: Record<string, string> = {
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
  // A submission that leaves a moment after the click, as a busy page's may: it falls into the next visit.
  '/late-submit': `<!doctype html><html><body>
    <form action="/popup" method="post"><input name="note" value="late"></form>
    <button id="send" onclick="setTimeout(function () { document.forms[0].submit(); }, 150)">Send</button>
    </body></html>`,
};

describe('browser driver: browser operations (headless Chromium via local chromedriver)', () => {
  const browser = useBrowser(PAGES);

  it('reports the status code and headers of the last top-level navigation (BiDi)', async () => {
    assert.equal(browser.driver.capabilities.statusCode, true);
    await browser.driver.visit(`${browser.base}/missing`);
    assert.equal(await browser.driver.statusCode(), 404);
    assert.deepEqual((await browser.driver.responseHeaders())['x-reason'], ['not here']);
    await browser.driver.visit(`${browser.base}/windows`);
    assert.equal(await browser.driver.statusCode(), 200, 'the iframe response does not count');
    assert.deepEqual((await browser.driver.responseHeaders())['x-page'], ['/windows']);
    await browser.driver.visit(`${browser.base}/redirect`);
    assert.equal(await browser.driver.statusCode(), 200);
    assert.deepEqual((await browser.driver.responseHeaders())['x-page'], ['/popup']);
  });

  it('a visit lands on its page even when the previous click\'s form submission leaves during it (BiDi)', async () => {
    await browser.driver.visit(`${browser.base}/late-submit`);
    await browser.driver.click(await browser.first('#send'));
    await browser.driver.visit(`${browser.base}/slow?ms=800`);
    assert.equal(await browser.driver.currentUrl(), `${browser.base}/slow?ms=800`);
    assert.match(await browser.driver.pageText(), /slow page/);
  });

  it('sends request headers and basic auth to their origin only, until reset (DevTools)', async () => {
    assert.equal(browser.driver.capabilities.requestHeaders, true);
    assert.equal(browser.driver.capabilities.basicAuth, true);
    await browser.driver.setRequestHeader('X-Test', 'yes', `${browser.base}/`);
    await browser.driver.setBasicAuth({ user: 'ada', password: 'secret' }, `${browser.base}/`);
    await browser.driver.visit(`${browser.base}/echo-headers`);
    const sent = await browser.driver.pageText();
    assert.match(sent, /x-test: yes/);
    assert.match(sent, new RegExp(`authorization: Basic ${Buffer.from('ada:secret').toString('base64')}`));
    await browser.driver.visit(`${browser.base.replace('127.0.0.1', 'localhost')}/echo-headers`);
    assert.match(await browser.driver.pageText(), /\(none\)/, 'another origin gets neither');
    await browser.driver.reset();
    await browser.driver.visit(`${browser.base}/echo-headers`);
    assert.match(await browser.driver.pageText(), /\(none\)/, 'reset forgets them');
  });

  it('switches windows by name, title and "new", and iframes by id, name and CSS', async () => {
    await browser.driver.visit(`${browser.base}/windows`);
    await browser.driver.click(await browser.first('#popup'));
    await browser.driver.browser.switchToWindow('new');
    assert.match(await browser.driver.pageText(), /Popup text/);
    await browser.driver.browser.switchToWindow(null);
    assert.match(await browser.driver.pageText(), /Main text/);
    await browser.driver.click(await browser.first('#named'));
    await browser.driver.browser.switchToWindow('helper');
    assert.equal(await browser.driver.currentUrl(), `${browser.base}/popup?named`);
    await browser.driver.browser.switchToWindow('Main window');
    await assert.rejects(browser.driver.browser.switchToWindow('nope'), /no window named or titled "nope" \(open windows: .*Popup title/);

    for (const locator of ['frame-by-id', 'framed', 'iframe[src="/inner"]']) {
      await browser.driver.browser.switchToIFrame(locator);
      assert.match(await browser.driver.pageText(), /Inside the frame/, locator);
      await browser.driver.browser.switchToIFrame(null);
      assert.match(await browser.driver.pageText(), /Main text/);
    }
    await assert.rejects(browser.driver.browser.switchToIFrame('missing'), /no iframe with id, name or CSS selector "missing"/);
  });

  it('reads, accepts, dismisses and answers dialogs', async () => {
    await browser.driver.visit(`${browser.base}/dialogs`);
    assert.equal(await browser.driver.browser.dialogText(), null);
    await browser.driver.click(await browser.first('#alert'));
    assert.equal(await browser.driver.browser.dialogText(), 'Hello there');
    await browser.driver.browser.acceptDialog();
    await browser.driver.click(await browser.first('#confirm'));
    await browser.driver.browser.dismissDialog();
    assert.equal(await browser.driver.text(await browser.first('#out')), 'confirm:false');
    await browser.driver.click(await browser.first('#confirm'));
    await browser.driver.browser.acceptDialog();
    assert.equal(await browser.driver.text(await browser.first('#out')), 'confirm:true');
    await browser.driver.click(await browser.first('#prompt'));
    assert.equal(await browser.driver.browser.dialogText(), 'Name?');
    await browser.driver.browser.acceptDialog('Ada');
    assert.equal(await browser.driver.text(await browser.first('#out')), 'prompt:Ada');
    await assert.rejects(browser.driver.browser.acceptDialog(), /no alert, confirm or prompt is open/);
  });

  it('drags with HTML5 events, hovers, double and right clicks, presses keys', async () => {
    await browser.driver.visit(`${browser.base}/mouse`);
    await browser.driver.browser.dragTo(await browser.first('#drag'), await browser.first('#drop'));
    assert.match(await browser.driver.text(await browser.first('#log')), /start drop:payload/);
    await browser.driver.browser.hover(await browser.first('#hover'));
    assert.equal(await browser.driver.text(await browser.first('#hover')), 'hovered');
    await browser.driver.browser.doubleClick(await browser.first('#dbl'));
    assert.equal(await browser.driver.text(await browser.first('#dbl')), 'double');
    await browser.driver.browser.rightClick(await browser.first('#ctx'));
    assert.equal(await browser.driver.text(await browser.first('#ctx')), 'context');
    await browser.driver.browser.pressKey(await browser.first('#keys'), 'a', ['ctrl']);
    assert.equal(await browser.driver.text(await browser.first('#log')), 'key:a+ctrl');
    await browser.driver.browser.pressKey(await browser.first('#keys'), 'ArrowDown', ['shift']);
    assert.equal(await browser.driver.text(await browser.first('#log')), 'key:ArrowDown+shift');
    await assert.rejects(browser.driver.browser.pressKey(await browser.first('#keys'), 'Bogus', []), /unknown key "Bogus"/);
  });

  it('runs scripts, evaluates expressions, resizes and takes PNG screenshots', async () => {
    await browser.driver.visit(`${browser.base}/popup`);
    assert.equal(await browser.driver.browser.evaluateScript('1 + 2'), 3);
    assert.equal(await browser.driver.browser.evaluateScript('return document.title'), 'Popup title');
    await browser.driver.browser.executeScript("document.title = 'changed'");
    assert.equal(await browser.driver.browser.evaluateScript('document.title'), 'changed');
    await browser.driver.browser.resizeWindow(800, 600);
    assert.equal(await browser.driver.browser.evaluateScript('window.outerWidth'), 800);
    const png = await browser.driver.browser.screenshot();
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});
