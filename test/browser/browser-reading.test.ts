/**
 * The browser driver finds and reads like the HTTP driver: named selectors give the same matches on
 * the same HTML, lookups scope to an element, text is the rendered text, and errors name the element.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import { DriverError } from '../../support/drivers/driver';
import { cheerioAdapter, cheerioDocumentRoot, findNamed, type NamedSelectorKind } from '../../support/selectors/named';
import { useBrowser } from './harness';

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

describe('browser driver: finding and reading (headless Chromium via local chromedriver)', () => {
  const browser = useBrowser({ '/named': NAMED_FIXTURE });

  it('once started, names the local chromedriver it runs through', () => {
    assert.equal(browser.driver.isStarted(), true);
    assert.match(browser.driver.name, /chrome via local chromedriver/);
  });

  it('finds named elements exactly as the HTTP side does on the same HTML', async () => {
    await browser.driver.visit(`${browser.base}/named`);
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
      const found = await browser.driver.findAll({ named: kind, locator });
      const actual = await Promise.all(found.map((element) => browser.driver.attribute(element, 'data-pid')));
      assert.deepEqual(actual, expected, `${kind} "${locator}"`);
    }
    const candidates = await browser.driver.namedCandidates('button');
    assert.ok(candidates.length >= 4, `button candidates: ${candidates.join(', ')}`);
  });

  it('scopes named and CSS lookups to an element', async () => {
    await browser.driver.visit(`${browser.base}/named`);
    const nav = await browser.first('nav');
    const links = await browser.driver.findAll({ named: 'link', locator: 'Home' }, nav);
    assert.equal(links.length, 1);
    assert.equal(links[0].description, 'link "Home" within element "nav"');
    assert.equal((await browser.driver.findAll({ css: 'a' }, nav)).length, 4);
    assert.equal((await browser.driver.findAll({ css: 'button' }, nav)).length, 0);
  });

  it('reads rendered page text, the live DOM, tags, attributes and values', async () => {
    await browser.driver.visit(`${browser.base}/named`);
    const text = await browser.driver.pageText();
    assert.match(text, /Some important text/);
    assert.doesNotMatch(text, /<b>/);
    assert.match(await browser.driver.content(), /<b data-pid="\d+">important<\/b>/);
    const select = await browser.first('#country');
    assert.equal(await browser.driver.tagName(select), 'select');
    assert.equal(await browser.driver.value(select), 'fr');
    assert.equal(await browser.driver.attribute(select, 'name'), 'country');
    assert.equal(await browser.driver.attribute(select, 'nope'), null);
    assert.equal(await browser.driver.value(await browser.first('input[type=checkbox]')), null);
    assert.equal(await browser.driver.isVisible(await browser.first('input[type=hidden]')), false);
    assert.equal(await browser.driver.isVisible(select), true);
    assert.equal(await browser.driver.currentUrl(), `${browser.base}/named`);
  });

  it('turns a vanished element into a DriverError that says so', async () => {
    await browser.driver.visit(`${browser.base}/named`);
    const link = await browser.first('#home-link');
    await browser.driver.visit(`${browser.base}/popup`);
    await assert.rejects(browser.driver.click(link), (error: unknown) => {
      assert.ok(error instanceof DriverError);
      assert.match(error.message, /cannot click element "#home-link": the element went away/);
      return true;
    });
  });
});
