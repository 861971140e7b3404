/**
 * The browser driver decides "hidden" by one rule: an element whose text is not page text (innerText)
 * is not visible, and the reverse; `visibility: hidden` is neither, `opacity: 0` is both (WebDriver's
 * isDisplayed would call it hidden while its text is read). Named lookups prefer what it calls visible.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeWhitespace } from '../../support/session/text';
import { HIDDEN_NESS_EXPECTED, HIDDEN_NESS_PAGE } from '../fixtures/hidden-ness';
import { useBrowser } from './harness';

describe('hidden-ness in the browser', { timeout: 120_000 }, () => {
  const browser = useBrowser({ '/hidden-ness': HIDDEN_NESS_PAGE });

  it('calls an element visible exactly when its text is page text (visibility:hidden is neither)', async () => {
    await browser.driver.visit(`${browser.base}/hidden-ness`);
    const pageText = normalizeWhitespace(await browser.driver.pageText());
    for (const [id, text, visible] of HIDDEN_NESS_EXPECTED) {
      assert.equal(await browser.driver.isVisible(await browser.first(`#${id}`)), visible, `#${id} visible`);
      assert.equal(pageText.includes(text), visible, `"${text}" in the page text`);
    }
  });

  it('finds the visible twin before a visibility:hidden one', async () => {
    await browser.driver.visit(`${browser.base}/hidden-ness`);
    const [first] = await browser.driver.findAll({ named: 'button', locator: 'Save' });
    assert.equal(await browser.driver.attribute(first, 'id'), 'save');
  });
});
