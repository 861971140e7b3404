/**
 * The accessibility check in a real browser: axe-core on the live page (what scripts made of it,
 * colours as painted), limited to a region or to some impacts like over HTTP, with no rule skipped.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accessibilityOutcome, assertNoAccessibilityViolations } from '../../support/accessibility/check';
import { accessibilityOptions } from '../../support/accessibility/options';
import { ExpectationError } from '../../support/session/errors';
import { Session } from '../../support/session/session';
import { useBrowser } from './harness';

const PAGES: Record<string, string> = {
  // Received clean; a script then adds an image without alt, in a browser only.
  '/scripted': `<!doctype html><html lang="en"><head><title>Scripted</title></head><body><main><h1>Scripted</h1>
    <p id="gallery">Gallery</p></main>
    <script>var img = document.createElement('img'); img.src = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'; img.id = 'added'; document.getElementById('gallery').appendChild(img);</script>
    </body></html>`,
  // Received with a nameless button; a script names it.
  '/repaired': `<!doctype html><html lang="en"><head><title>Repaired</title></head><body><main><h1>Repaired</h1>
    <button id="fixme" type="button"></button></main>
    <script>document.getElementById('fixme').textContent = 'Save';</script>
    </body></html>`,
  // Grey on white, only in the footer.
  '/contrast': `<!doctype html><html lang="en"><head><title>Contrast</title></head><body><main><h1>Contrast</h1><p>Readable</p></main>
    <footer><p id="faint" style="color:#d0d0d0;background:#fff">Faint footer</p></footer></body></html>`,
};

describe('the accessibility check in a browser (headless Chromium via local chromedriver)', () => {
  const browser = useBrowser(PAGES);
  const session = () => new Session('browser', browser.driver, { baseUrl: browser.base, filesPath: '.', waitTimeout: 0 });
  const sink = { attach: () => undefined, log: () => undefined };

  it('checks the page as scripts left it, not as it was received', async () => {
    const checked = session();
    await checked.visit('/scripted');
    const scripted = await accessibilityOutcome(checked, accessibilityOptions());
    assert.deepEqual(scripted.violations.map((violation) => [violation.id, violation.nodes.map((node) => node.target)]), [['image-alt', ['#added']]]);
    assert.match(scripted.engine, /^axe-core 4\.\d+\.\d+ in the browser$/);
    assert.deepEqual(scripted.skippedRules, [], 'nothing is skipped in a browser');
    await checked.visit('/repaired');
    await assertNoAccessibilityViolations(checked, accessibilityOptions(), sink);
  });

  it('checks colours as painted, and only in the region asked for', async () => {
    const checked = session();
    await checked.visit('/contrast');
    const failure = await assertNoAccessibilityViolations(checked, accessibilityOptions(), sink).then(() => null, (error: unknown) => error);
    assert.ok(failure instanceof ExpectationError);
    assert.match(failure.message, /^1 accessibility violation on the page \(any impact\), found by axe-core [\d.]+ in the browser:/);
    assert.match(failure.message, /\n1\. color-contrast \(serious\): .*\n {3}https:\/\/dequeuniversity\.com\/rules\/axe\/[\d.]+\/color-contrast\?application=axeAPI\n {3}- #faint {2}<p id="faint" /);
    await assertNoAccessibilityViolations(checked, accessibilityOptions(null, 'main'), sink);
    await assertNoAccessibilityViolations(checked, accessibilityOptions('critical'), sink);
  });

  it('reads the region as the finders read CSS: :contains() picks it by its text', async () => {
    const checked = session();
    await checked.visit('/contrast');
    await assert.rejects(assertNoAccessibilityViolations(checked, accessibilityOptions(null, 'footer:contains("Faint")'), sink), /color-contrast/);
    await assertNoAccessibilityViolations(checked, accessibilityOptions(null, 'body > :contains("Readable")'), sink);
    await assert.rejects(
      assertNoAccessibilityViolations(checked, accessibilityOptions(null, 'footer:contains("No such text")'), sink),
      /^ElementNotFoundError: Element matching css "footer:contains\("No such text"\)" not found, so its accessibility cannot be checked\./,
    );
  });

  it('checks again after a navigation, on the new page', async () => {
    const checked = session();
    await checked.visit('/contrast');
    assert.equal((await accessibilityOutcome(checked, accessibilityOptions())).violations.length, 1);
    await checked.visit('/repaired');
    assert.equal((await accessibilityOutcome(checked, accessibilityOptions())).violations.length, 0);
  });

  it('says when the region is not on the page, or is not CSS', async () => {
    const checked = session();
    await checked.visit('/contrast');
    await assert.rejects(assertNoAccessibilityViolations(checked, accessibilityOptions(null, 'nav'), sink), /^ElementNotFoundError: Element matching css "nav" not found, so its accessibility cannot be checked\./);
    await assert.rejects(assertNoAccessibilityViolations(checked, accessibilityOptions(null, 'main['), sink), /"main\[" is not a CSS selector the accessibility check can use: /);
  });
});
