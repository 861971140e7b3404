/**
 * A device's screen in Chromium: the page sees its viewport, pixel ratio, touch and user agent, and
 * the next scenario (after the reset) sees the browser's own screen again.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useDeviceScreen } from '../../support/session/device-screen';
import { Session } from '../../support/session/session';
import { useBrowser } from './harness';

const SCREEN = `return {
  width: window.innerWidth,
  pixelRatio: window.devicePixelRatio,
  userAgent: navigator.userAgent,
  coarse: matchMedia('(pointer: coarse)').matches,
  touch: 'ontouchstart' in window
};`;

interface Screen {
  width: number;
  pixelRatio: number;
  userAgent: string;
  coarse: boolean;
  touch: boolean;
}

describe('device screens in a browser (headless Chromium via local chromedriver)', () => {
  const browser = useBrowser({
    '/screen': '<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Screen</title></head><body><p>Screen</p></body></html>',
    // A design system's button: its words drawn through a slot, so the press is made at the pointer (see shadow-click).
    '/slotted-button': `<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Button</title></head><body>
      <ds-button><template shadowrootmode="open"><button type="button"><slot></slot></button></template>Save</ds-button><p id="said"></p>
      <script>document.querySelector('ds-button').shadowRoot.querySelector('button').addEventListener('click', () => { document.querySelector('#said').textContent = 'Saved'; });</script>
    </body></html>`,
  });
  const session = () => new Session('browser', browser.driver, { baseUrl: browser.base, filesPath: '.', waitTimeout: 0 });
  const screen = async (on: Session) => (await (await on.browser()).executeScript(SCREEN)) as Screen;

  it('shows the page at the device\'s size and pixel ratio, with touch and its user agent', async () => {
    const phone = session();
    assert.equal(await useDeviceScreen(phone, 'iPhone 13'), undefined, 'no note: the browser emulates all of it');
    await phone.visit('/screen');
    const seen = await screen(phone);
    assert.deepEqual({ ...seen, userAgent: /iPhone/.test(seen.userAgent) }, { width: 390, pixelRatio: 3, userAgent: true, coarse: true, touch: true });
  });

  it('on a touch screen, a button whose words a slot draws is tapped', { timeout: 30_000 }, async () => {
    const phone = session();
    await useDeviceScreen(phone, 'iPhone 13');
    await phone.visit('/slotted-button');
    await phone.pressButton('Save');
    assert.equal(await phone.text(await phone.findCss('#said')), 'Saved');
  });

  it('gives the next scenario the browser\'s own screen back', async () => {
    const phone = session();
    await useDeviceScreen(phone, 'Pixel 7');
    await phone.visit('/screen');
    assert.equal((await screen(phone)).width, 412);
    await browser.driver.reset();
    const next = session();
    await next.visit('/screen');
    const seen = await screen(next);
    assert.equal(seen.pixelRatio, 1);
    assert.ok(seen.width > 900, `the 1024-pixel window's width, got ${seen.width}`);
    assert.doesNotMatch(seen.userAgent, /Android|Pixel/);
    assert.equal(seen.coarse, false);
    assert.equal(seen.touch, false);
  });
});
