/**
 * Request headers and basic auth in a browser without Chromium's DevTools (Firefox, locally or
 * through Selenium) are refused with a message that names the way out. The Chromium path runs in
 * the parity profile (features/http-extras.feature, features/cross-origin.feature).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WebDriver } from 'selenium-webdriver';
import { UnsupportedDriverActionError } from '../../support/drivers/driver';
import { RequestChanges } from '../../support/drivers/browser/request-changes';
import { DevToolsFetch } from '../../support/drivers/browser/devtools-fetch';

test('a browser without DevTools refuses request headers and basic auth, saying what to use instead', async () => {
  const noWebDriverNeeded = (): WebDriver => {
    throw new Error('the refusal must not need the browser');
  };
  const firefox = new RequestChanges(new DevToolsFetch(noWebDriverNeeded, 'firefox'));
  assert.equal(firefox.available, false);
  await assert.rejects(firefox.setHeader('X-Demo', '1', 'http://127.0.0.1:8080/'), (error: Error) => {
    assert.ok(error instanceof UnsupportedDriverActionError);
    assert.match(error.message, /^setting the request header "X-Demo" in the browser needs Chromium's DevTools .* Use BROWSER=chrome, or set it in an untagged scenario \(HTTP driver\)$/);
    return true;
  });
  await assert.rejects(firefox.setBasicAuth({ user: 'a', password: 'b' }, 'http://127.0.0.1:8080/'), /^UnsupportedDriverActionError: basic authentication in the browser needs Chromium's DevTools/);
  await firefox.setBasicAuth(null, 'http://127.0.0.1:8080/');
});
