/**
 * What a named lookup reads of the element it finds in the same round trip (its control facts, and
 * whether a click reaches it where it is) is used only while no other command has been sent, and a
 * click is still moved clear of whatever covers the element where it is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useBrowser } from './harness';

const PAGES: Record<string, string> = {
  // A button under a fixed header: in the viewport, but a click at its centre would hit the header.
  '/under-header': `<!doctype html><html><body style="margin: 0">
    <header id="bar" style="position: fixed; top: 0; left: 0; right: 0; height: 120px; background: navy; color: white">Site header</header>
    <div style="height: 800px"></div>
    <button id="save" onclick="document.body.dataset.saved = 'yes'">Save</button>
    <div style="height: 2000px"></div>
    <script>window.scrollTo(0, 800 - 40);</script>
    </body></html>`,
  // A button in plain view, low in the viewport (centring it would scroll), over a fixed footer, of a long page.
  '/in-view': `<!doctype html><html><body style="margin: 0">
    <footer style="position: fixed; bottom: 0; left: 0; right: 0; height: 150px; background: gray">Site footer</footer>
    <div style="height: calc(100vh - 220px)"></div>
    <button id="go" onclick="document.body.dataset.clicked = 'yes'">Go</button>
    <button id="other">Other</button>
    <div style="height: 3000px"></div>
    </body></html>`,
  // The page disables its button 200 ms after load.
  '/disable-later': `<!doctype html><button id="go">Go</button>
    <script>setTimeout(function () { document.getElementById('go').disabled = true; }, 200);</script>`,
  // A fixed banner comes over the button 200 ms after load.
  '/cover-later': `<!doctype html><body style="margin: 0"><div style="height: 600px"></div>
    <button id="go" onclick="document.body.dataset.clicked = 'yes'">Go</button><div style="height: 3000px"></div>
    <script>setTimeout(function () { document.body.insertAdjacentHTML('beforeend',
      '<div style="position: fixed; bottom: 0; left: 0; right: 0; height: 200px; background: red">Cookie banner</div>'); }, 200);</script></body>`,
};

PAGES['/framed'] = `<!doctype html><html><body style="margin: 0">
    <footer style="position: fixed; bottom: 0; left: 0; right: 0; height: 150px; background: gray">Site footer</footer>
    <div style="height: 1500px"></div>
    <iframe name="form" src="/frame-content" style="width: 400px; height: 200px; border: 0"></iframe>
    <div style="height: 2000px"></div>
    </body></html>`;
PAGES['/frame-content'] = `<!doctype html><body style="margin: 0">
    <button onclick="document.body.dataset.clicked = 'yes'">Order</button></body>`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('browser driver: what a lookup reads of the element it finds', () => {
  const browser = useBrowser(PAGES);

  it('a button in view under a fixed header is moved clear of it before the click', async () => {
    await browser.driver.visit(`${browser.base}/under-header`);
    const [button] = await browser.driver.findAll({ named: 'button', locator: 'Save' });
    await browser.driver.click(button);
    assert.equal(await browser.driver.browser.evaluateScript('document.body.dataset.saved'), 'yes');
  });

  it('a button a click reaches where it is is clicked there: the page does not scroll', async () => {
    await browser.driver.visit(`${browser.base}/in-view`);
    const [button] = await browser.driver.findAll({ named: 'button', locator: 'Go' });
    await browser.driver.click(button);
    assert.equal(await browser.driver.browser.evaluateScript('document.body.dataset.clicked'), 'yes');
    assert.equal(await browser.driver.browser.evaluateScript('window.scrollY'), 0);
  });

  it("the facts read with the lookup are not used once another command has been sent: the button's state is read again", async () => {
    await browser.driver.visit(`${browser.base}/in-view`);
    const [button] = await browser.driver.findAll({ named: 'button', locator: 'Other' });
    assert.equal((await browser.driver.controlFacts(button)).disabled, false);
    await browser.driver.browser.executeScript("document.getElementById('other').disabled = true");
    assert.equal((await browser.driver.controlFacts(button)).disabled, true);
    // Moved out of view by the page: the click must not trust where the lookup saw it (WebDriver's own
    // scrolling would leave it under the footer).
    await browser.driver.browser.executeScript(
      "document.getElementById('other').disabled = false; document.body.insertAdjacentHTML('afterbegin', '<div style=\"height: 2000px\"></div>');" +
        "document.getElementById('other').onclick = function () { document.body.dataset.other = 'yes'; };",
    );
    await browser.driver.click(button);
    assert.equal(await browser.driver.browser.evaluateScript('document.body.dataset.other'), 'yes');
  });

  it('a handle kept while the page runs on is read again: its state and where a click lands', async () => {
    await browser.driver.visit(`${browser.base}/disable-later`);
    const [go] = await browser.driver.findAll({ named: 'button', locator: 'Go' });
    await sleep(400);
    assert.equal((await browser.driver.controlFacts(go)).disabled, true, 'disabled by the page since the lookup');

    await browser.driver.visit(`${browser.base}/cover-later`);
    const [covered] = await browser.driver.findAll({ named: 'button', locator: 'Go' });
    await sleep(400);
    await browser.driver.click(covered);
    assert.equal(await browser.driver.browser.evaluateScript('document.body.dataset.clicked'), 'yes', 'moved clear of the banner that came since the lookup');
  });

  it("in a frame, a button in the frame's own view is still scrolled clear of the page's fixed footer before the click", async () => {
    await browser.driver.visit(`${browser.base}/framed`);
    const operations = browser.driver.browser;
    await operations.switchToIFrame('form');
    const [order] = await browser.driver.findAll({ named: 'button', locator: 'Order' });
    await browser.driver.click(order);
    assert.equal(await operations.evaluateScript('document.body.dataset.clicked'), 'yes');
    await operations.switchToIFrame(null);
  });
});
