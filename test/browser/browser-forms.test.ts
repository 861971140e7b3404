/**
 * The browser driver changes fields as a user would (the events a page sees), handles cookies of
 * any origin, and its reset leaves nothing of a scenario behind.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { useBrowser } from './harness';
import { Session } from '../../support/session/session';

const PAGES: Record<string, string> = {
  '/events': `<!doctype html><html><body>
    <input id="text" value=""><input id="prefilled" value="old"><textarea id="area"></textarea>
    <select id="pick"><option value="a">A</option><option value="b">B</option></select>
    <select id="many" multiple><option value="x" selected>X</option><option value="y">Y</option><option value="z">Z</option></select>
    <input type="checkbox" id="box" value="on-value">
    <input type="radio" name="r" id="r1" value="one"><input type="radio" name="r" id="r2" value="two">
    <input type="file" id="upload"><input id="fixed" value="fixed" readonly><input id="off" value="off" disabled>
    <div style="display:none"><select name="do"><option value="">Tools</option><option value="recent">Recent Changes</option></select></div>
    <script>
      window.counts = {};
      document.addEventListener('input', function (e) { var k = e.target.id + ':input'; counts[k] = (counts[k] || 0) + 1; }, true);
      document.addEventListener('change', function (e) { var k = e.target.id + ':change'; counts[k] = (counts[k] || 0) + 1; }, true);
      ['keydown', 'focus', 'blur'].forEach(function (type) {
        document.addEventListener(type, function (e) { var k = (e.target.id || 'page') + ':' + type; counts[k] = (counts[k] || 0) + 1; }, true);
      });
    </script></body></html>`,
  '/covered': `<!doctype html><html><body>
    <button id="under" class="plain primary extra">Save</button>
    <div id="shade" class="overlay" style="position: fixed; inset: 0; background: rgba(0, 0, 0, 0.3)"><p>Saving, please wait</p></div>
    </body></html>`,
  // A design system's button (its words slotted) and checkbox (drawn invisible under its own label), then an overlay over all.
  '/covered-components': `<!doctype html><html><body>
    <ds-button><template shadowrootmode="open"><button id="inner-save"><slot></slot></button></template>Save profile</ds-button>
    <ds-checkbox><template shadowrootmode="open"><style>input { position: absolute; opacity: 0; pointer-events: none; }</style>
      <label><input type="checkbox" name="terms"><span><slot></slot></span></label></template>I agree to the terms</ds-checkbox>
    <div class="overlay" style="position: fixed; inset: 0; background: rgba(0, 0, 0, 0.3)"><p>Saving, please wait</p></div>
    </body></html>`,
  // A component whose own busy layer, inside its shadow root, covers its button.
  '/covered-inside': `<!doctype html><html><body>
    <ds-form><template shadowrootmode="open"><div style="position: relative">
      <button id="send">Send</button>
      <div id="busy" class="spinner" style="position: absolute; inset: 0; background: white">Sending…</div>
    </div></template></ds-form>
    </body></html>`,
  '/editor': `<!doctype html><html><body>
    <textarea id="focused">first line\nsecond line\nthird line</textarea>
    <textarea id="selected">keep this, replace this</textarea>
    <textarea id="long"></textarea>
    <div id="rich" contenteditable="true">old rich text</div>
    <script>
      var long = []; for (var i = 0; i < 500; i++) long.push('pre-filled line ' + i);
      document.getElementById('long').value = long.join('\\n');
      var focused = document.getElementById('focused');
      focused.focus(); focused.setSelectionRange(0, 0);
      var selected = document.getElementById('selected');
      selected.setSelectionRange(10, selected.value.length);
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
};

describe('browser driver: fields, cookies and reset (headless Chromium via local chromedriver)', () => {
  const browser = useBrowser(PAGES);

  async function counts(): Promise<Record<string, number>> {
    return (await browser.driver.browser.evaluateScript('window.counts')) as Record<string, number>;
  }

  it('fills a field: one input event per typed character, one change event', async () => {
    await browser.driver.visit(`${browser.base}/events`);
    await browser.driver.setValue(await browser.first('#text'), 'hello');
    assert.equal(await browser.driver.value(await browser.first('#text')), 'hello');
    await browser.driver.setValue(await browser.first('#area'), 'two\nlines');
    assert.equal(await browser.driver.value(await browser.first('#area')), 'two\nlines');
    await browser.driver.setValue(await browser.first('#prefilled'), 'new');
    assert.equal(await browser.driver.value(await browser.first('#prefilled')), 'new');
    const seen = await counts();
    assert.equal(seen['text:input'], 5);
    assert.equal(seen['text:change'], 1);
    assert.equal(seen['area:change'], 1);
    assert.equal(seen['prefilled:input'], 1 + 3, 'one deletion of the selected text, three typed characters');
    assert.equal(seen['prefilled:change'], 1);
  });

  it('types with the focus kept: key and input events per character, the field emptied from inside, never left', async () => {
    await browser.driver.visit(`${browser.base}/events`);
    await browser.driver.setValue(await browser.first('#prefilled'), 'left', { keepFocus: true });
    assert.equal(await browser.driver.value(await browser.first('#prefilled')), 'left');
    assert.equal(await browser.driver.browser.evaluateScript('document.activeElement.id'), 'prefilled');
    await browser.driver.setValue(await browser.first('#prefilled'), 'lo', { keepFocus: true });
    assert.equal(await browser.driver.value(await browser.first('#prefilled')), 'lo');
    const seen = await counts();
    assert.equal(seen['prefilled:keydown'], 1 + 4 + 1 + 2, 'a deletion, then each typed key, twice');
    assert.equal(seen['prefilled:input'], 1 + 4 + 1 + 2);
    assert.equal(seen['prefilled:focus'], 1, 'focused once, by the first call');
    assert.equal(seen['prefilled:blur'], undefined, 'never left: no blur');
    assert.equal(seen['prefilled:change'], undefined, 'no change until the field is left');
    await browser.driver.setValue(await browser.first('#text'), 'x');
    assert.equal((await counts())['prefilled:change'], 1, 'leaving it (filling another field) commits it');
  });

  it('a covered click names the element clicked and what covers it, briefly, and stays transient', async () => {
    await browser.driver.visit(`${browser.base}/covered`);
    await assert.rejects(browser.driver.click(await browser.first('#under')), (error: Error) => {
      assert.equal(error.name, 'ElementClickInterceptedError');
      assert.equal(error.message, 'cannot click element "#under": <button#under.plain.primary "Save"> is covered by <p "Saving, please wait">');
      return true;
    });
  });

  it('a click covered inside a shadow root names what covers it there, not the component around it', async () => {
    await browser.driver.visit(`${browser.base}/covered-inside`);
    const [button] = await browser.driver.findAll({ named: 'button', locator: 'Send' });
    await assert.rejects(browser.driver.click(button), (error: Error) => {
      assert.equal(error.name, 'ElementClickInterceptedError');
      assert.match(error.message, /<button#send "Send"> is covered by <div#busy\.spinner "Sending…">$/);
      return true;
    });
  });

  it("a component's own slotted words or label are clicked through, but an overlay over the component still refuses the click", async () => {
    await browser.driver.visit(`${browser.base}/covered-components`);
    const [button] = await browser.driver.findAll({ named: 'button', locator: 'Save profile' });
    await assert.rejects(browser.driver.click(button), (error: Error) => {
      assert.equal(error.name, 'ElementClickInterceptedError');
      assert.match(error.message, /is covered by <p "Saving, please wait">/);
      return true;
    });
    const [checkbox] = await browser.driver.findAll({ named: 'field', locator: 'I agree to the terms' });
    await assert.rejects(browser.driver.check(checkbox), (error: Error) => {
      assert.equal(error.name, 'ElementClickInterceptedError');
      assert.match(error.message, /is covered by <p "Saving, please wait">/);
      return true;
    });
    assert.equal(await browser.driver.isChecked(checkbox), false, 'not checked through the overlay');
  });

  it('replaces the whole value whatever the focus, caret, selection, line count or length', async () => {
    await browser.driver.visit(`${browser.base}/editor`);
    const longValue = Array.from({ length: 40 }, (_, i) => `typed line ${i}`).join('\n');
    const cases: Array<[string, string]> = [
      ['#focused', 'replaced'],
      ['#selected', 'all new'],
      ['#long', 'short'],
      ['#focused', longValue],
      ['#long', ''],
    ];
    for (const [css, value] of cases) {
      await browser.driver.setValue(await browser.first(css), value);
      assert.equal(await browser.driver.value(await browser.first(css)), value, `${css} holds exactly the new value`);
    }
    const seen = await counts();
    assert.equal(seen['selected:input'], 1 + 'all new'.length, 'one deletion, then one input event per typed character');
    assert.equal(seen['selected:change'], 1);
    await browser.driver.setValue(await browser.first('#rich'), 'new rich text');
    assert.equal(await browser.driver.text(await browser.first('#rich')), 'new rich text', 'contenteditable too');
  });

  it('select, check and radio fire change; values follow Mink', async () => {
    await browser.driver.visit(`${browser.base}/events`);
    await browser.driver.selectOption(await browser.first('#pick'), await browser.first('#pick [value=b]'), false);
    await browser.driver.selectOption(await browser.first('#pick'), await browser.first('#pick [value=a]'), false);
    assert.equal(await browser.driver.value(await browser.first('#pick')), 'a');
    await browser.driver.selectOption(await browser.first('#many'), await browser.first('#many [value=y]'), true);
    assert.deepEqual(await browser.driver.value(await browser.first('#many')), ['x', 'y']);
    await browser.driver.selectOption(await browser.first('#many'), await browser.first('#many [value=z]'), false);
    assert.deepEqual(await browser.driver.value(await browser.first('#many')), ['z']);
    await browser.driver.check(await browser.first('#box'));
    await browser.driver.check(await browser.first('#box'));
    assert.equal(await browser.driver.isChecked(await browser.first('#box')), true);
    assert.equal(await browser.driver.value(await browser.first('#box')), 'on-value');
    await browser.driver.uncheck(await browser.first('#box'));
    assert.equal(await browser.driver.value(await browser.first('#box')), null);
    await browser.driver.check(await browser.first('#r2'));
    assert.equal(await browser.driver.isChecked(await browser.first('#r2')), true);
    assert.equal(await browser.driver.value(await browser.first('#r1')), 'two');
    const seen = await counts();
    assert.equal(seen['pick:change'], 2);
    assert.equal(seen['box:change'], 2, 'checking twice changes once, unchecking once');
    assert.equal(seen['r2:change'], 1);
    assert.equal(seen['many:change'], 2);
  });

  it('a choice in a select that cannot be used names the option and its select once', async () => {
    await browser.driver.visit(`${browser.base}/events`);
    const [select] = await browser.driver.findAll({ named: 'field', locator: 'do' });
    const [option] = await browser.driver.findAll({ named: 'option', locator: 'Recent Changes' }, select);
    await assert.rejects(browser.driver.selectOption(select, option, false), (error: Error) => {
      assert.equal(error.message, 'cannot select option "Recent Changes" within field "do": the element is not interactable (hidden, disabled or covered)');
      return true;
    });
  });

  it('a refused action on a hidden last-resort match says it is hidden (Session)', async () => {
    const session = new Session('browser', browser.driver, { baseUrl: browser.base, filesPath: '.', waitTimeout: 0.3 });
    await session.visit('/events');
    await assert.rejects(session.selectOption('do', 'Recent Changes'), (error: Error) => {
      assert.match(error.message, /^cannot select option "Recent Changes" within field "do": the element is not interactable \(hidden, disabled or covered\)\nIt is hidden: no visible form field matches "do", so a hidden one was the last resort\./);
      assert.match(error.message, /\n\+--\[ .*\/events \| browser .*\]\n\| {2}\S/, 'where, and the page excerpt: what is on the page says why');
      return true;
    });
  });

  it('attaches a local file', async () => {
    const file = path.join(os.tmpdir(), `cucumber-mink-upload-${process.pid}.txt`);
    fs.writeFileSync(file, 'content');
    try {
      await browser.driver.visit(`${browser.base}/events`);
      await browser.driver.attachFile(await browser.first('#upload'), file);
      assert.equal(await browser.driver.browser.evaluateScript("document.getElementById('upload').files[0].name"), path.basename(file));
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('sets and reads cookies of any origin', async () => {
    await browser.driver.setCookie('flavour', 'oat', `${browser.base}/`);
    assert.equal(await browser.driver.getCookie('flavour', `${browser.base}/`), 'oat');
    await browser.driver.visit(`${browser.base}/read-storage`);
    assert.match(await browser.driver.pageText(), /cookie=flavour=oat/);
    await browser.driver.setCookie('flavour', null, `${browser.base}/`);
    assert.equal(await browser.driver.getCookie('flavour', `${browser.base}/`), null);
  });

  it('reset in place (one window, one origin) clears cookies, both storages, history and the frame', async () => {
    await browser.driver.reset();
    await browser.driver.visit(`${browser.base}/set-cookie?v=1`);
    await browser.driver.visit(`${browser.base}/storage`);
    await browser.driver.visit(`${browser.base}/windows`);
    await browser.driver.browser.switchToIFrame('frame-by-id');
    await browser.driver.reset();

    assert.equal(await browser.driver.currentUrl(), 'about:blank');
    assert.equal((await browser.driver.findAll({ css: 'iframe' })).length, 0, 'back on the top document');
    await browser.driver.visit(`${browser.base}/read-storage`);
    assert.equal((await browser.driver.pageText()).trim(), 'local=null session=null cookie=');
    await browser.driver.back();
    await browser.driver.back();
    assert.equal(await browser.driver.currentUrl(), 'about:blank', 'the last scenario is not in the history');
  });

  it('reset clears cookies of every visited origin, their storage, windows and frames', async () => {
    const otherBase = `http://localhost:${browser.server.port}`;
    for (const origin of [browser.base, otherBase]) {
      await browser.driver.visit(`${origin}/set-cookie?v=1`);
      await browser.driver.visit(`${origin}/storage`);
    }
    await browser.driver.visit(`${browser.base}/windows`);
    await browser.driver.click(await browser.first('#popup'));
    await browser.driver.browser.switchToIFrame('frame-by-id');
    await browser.driver.reset();

    assert.equal(await browser.driver.currentUrl(), 'about:blank');
    assert.equal((await browser.driver.findAll({ css: 'iframe' })).length, 0, 'back on the top document');
    for (const origin of [browser.base, otherBase]) {
      await browser.driver.visit(`${origin}/read-storage`);
      assert.equal((await browser.driver.pageText()).trim(), 'local=null session=null cookie=', origin);
    }
    await browser.driver.browser.switchToWindow(null);
    await assert.rejects(browser.driver.browser.switchToWindow('new'), /no other window is open/);
  });
});
