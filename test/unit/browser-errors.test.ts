/** Which WebDriver failures the browser driver retries: Chromium's wording for a moved element counts as stale. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { error as seleniumError } from 'selenium-webdriver';
import { TransientDriverError } from '../../support/drivers/driver';
import { translateError } from '../../support/drivers/browser/element';

test('an element the page moved out of its document is stale (retried), in Chromium\'s words too', () => {
  for (const detail of ['Node with given id does not belong to the document', 'Argument should belong to the same JavaScript world as target object']) {
    const caught = new seleniumError.WebDriverError(`unknown error: unhandled inspector error: {"code":-32000,"message":"${detail}"}`);
    const translated = translateError(caught, 'click button "Save"');
    assert.ok(translated instanceof TransientDriverError, detail);
    assert.equal(translated.name, 'StaleElementReferenceError');
    assert.equal(translated.message, 'cannot click button "Save": the element went away (the page changed since it was found)');
  }
  const other = translateError(new seleniumError.WebDriverError('unknown error: cannot determine loading status'), 'click button "Save"');
  assert.ok(!(other instanceof TransientDriverError), 'any other unknown error stays final');
});
