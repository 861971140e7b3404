/**
 * In headless Chromium the named-selector script finds what findNamed finds over cheerio, the
 * browser's hidden-ness rule calls the same elements shown as the markup rule (on a page styled
 * inline only), and the page text a browser reads (innerText) is the HTTP driver's page text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { Builder, type WebDriver } from 'selenium-webdriver';
import chrome from 'selenium-webdriver/chrome';
import { browserIsShownScript, browserNamedScript, cheerioAdapter, normalizeWhitespace, visibleText } from '../../support/selectors/named';
import { PARITY_CANDIDATE_KINDS, PARITY_CASES, cheerioAnswers, numberedParityPage } from '../fixtures/named-parity';

test('in headless Chromium the browser scripts answer what the engine answers over cheerio', { timeout: 60_000 }, async () => {
  const html = numberedParityPage();
  const expected = cheerioAnswers(html);
  const service = new chrome.ServiceBuilder(process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver');
  const options = new chrome.Options();
  options.addArguments('--headless=new', '--no-sandbox', '--disable-gpu');
  options.setChromeBinaryPath(process.env.CHROME_BIN ?? '/usr/bin/chromium');
  process.env.SE_OFFLINE = 'true';
  process.env.SE_AVOID_STATS = 'true';
  const driver: WebDriver = await new Builder().forBrowser('chrome').setChromeService(service)
    .setChromeOptions(options).build();
  try {
    await driver.get(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const numbered = `const found = (function () {\n${browserNamedScript()}\n}).apply(null, arguments);
      return found.map((element) => element.getAttribute('data-n'));`;
    const found: string[][] = [];
    for (const [kind, locator] of PARITY_CASES) found.push(await driver.executeScript(numbered, null, kind, locator, 'find'));
    assert.deepEqual(found, expected.find);

    const candidates: string[][] = [];
    for (const kind of PARITY_CANDIDATE_KINDS) {
      candidates.push(await driver.executeScript(browserNamedScript(), null, kind, '', 'candidates'));
    }
    assert.deepEqual(candidates, expected.candidates);

    // The raw script hands back real elements, usable as a scope for the next lookup.
    const [form] = await driver.executeScript<unknown[]>(browserNamedScript(), null, 'id', 'signup', 'find');
    const scoped = await driver.executeScript<unknown[]>(browserNamedScript(), form, 'link_or_button', 'Save', 'find');
    assert.equal(scoped.length, 1);

    const shown = await driver.executeScript<string[]>(`const isShown = function (element) {\n${browserIsShownScript()}\n};
      return Array.from(document.querySelectorAll('*')).filter((element) => !element.closest('noscript') && isShown(element))
        .map((element) => element.getAttribute('data-n'));`);
    assert.deepEqual(shown, expected.shown);

    // A browser running scripts does not show <noscript>; the HTTP driver does. Elsewhere the texts agree.
    const withoutNoscript = cheerio.load(html.replace(/<noscript[^>]*>.*?<\/noscript>/s, ''), { scriptingEnabled: false });
    const httpText = normalizeWhitespace(visibleText(cheerioAdapter(), withoutNoscript.root()[0]));
    const innerText = await driver.executeScript<string>('return document.body.innerText');
    assert.equal(normalizeWhitespace(innerText), httpText, 'the HTTP page text reads like innerText');
    assert.doesNotMatch(httpText, /Not visible|Not displayed|Hidden paragraph/);
  } finally {
    await driver.quit();
  }
});
