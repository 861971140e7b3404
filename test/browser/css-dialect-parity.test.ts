/**
 * One CSS dialect: on the same page, every selector the dialect accepts finds the same elements over
 * HTTP (css-select) and in headless Chromium (the browser's engine, and the plan script for
 * `:contains()`), before and after the user changes the form, in the whole page and inside an
 * element; and what it refuses, both drivers refuse in the same words.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Driver, ElementHandle } from '../../support/drivers/driver';
import { HttpDriver } from '../../support/drivers/http';
import { useBrowser } from './harness';

const PAGE = `<!doctype html><html><head><title>CSS parity</title></head><body>
<h1 id="title">Library</h1>
<table id="books">
  <thead><tr id="head"><th>Title</th><th>Author</th><th>Year</th><th></th></tr></thead>
  <tbody>
    <tr id="frankenstein"><td><span class="title">Frankenstein</span></td><td>Mary Shelley</td><td>1818</td><td><a class="edit" id="edit-1" href="/edit/1">Edit</a></td></tr>
    <tr id="mathilda"><td><span class="title">Mathilda</span></td><td>Mary Shelley</td><td>1959</td><td><a class="edit" id="edit-2" href="/edit/2">Edit</a></td></tr>
    <tr id="dracula"><td><span class="title">Dracula</span></td><td>Bram Stoker</td><td>1897</td><td><a class="edit" id="edit-3">Edit</a></td></tr>
  </tbody>
</table>
<ul id="list"><li id="l1" class="a">One</li><li id="l2" class="b">Two<!-- a comment --></li><li id="l3" class="a b">Three</li><li id="l4"></li><li id="l5"> </li><li id="l6"><!-- only a comment --></li></ul>
<div id="attrs" lang="en-GB" data-x="Foo Bar" title="hello world"><p id="123">Numbered</p><p id="mixed">Mary <b id="bold">Shelley</b></p><p id="nbsp">Mary&nbsp;Shelley</p></div>
<form id="f">
  <input type="CHECKBOX" id="on" name="on" checked><input type="checkbox" id="off" name="off">
  <input type="radio" id="r1" name="r" value="1" checked><input type="radio" id="r2" name="r" value="2">
  <select id="single" name="single"><option id="s1">S1</option><option id="s2">S2</option></select>
  <select id="multi" name="multi" multiple><option id="m1" selected>M1</option><option id="m2">M2</option><option id="m3" selected>M3</option></select>
  <select id="grouped" name="grouped"><optgroup id="og" label="Old" disabled><option id="g1">G1</option></optgroup><option id="g2" disabled>G2</option><option id="g3">G3</option></select>
  <fieldset id="fs" disabled><legend id="lg"><input id="in-legend" name="in-legend"></legend><input id="in-fs" name="in-fs"><button id="b-fs">B</button></fieldset>
  <textarea id="ta" name="ta"></textarea><input type="hidden" id="hid" name="hid"><button id="b-off" disabled>Off</button>
</form>
<p><a id="no-href">Anchor</a> <a id="with-href" href="#x">Link</a></p>
<template><p id="templated" class="a">Frankenstein in a template</p></template>
</body></html>`;

/** No doctype: quirks mode, where class and id selectors ignore case (attribute selectors do not). */
const QUIRKS_PAGE = '<html><body><p id="Upper" class="Foo">Quirks</p><p id="other" constructor="x">Other</p></body></html>';
const ACCEPTED_IN_QUIRKS = ['.foo', '#upper', '[class=foo]', '[class=Foo]', 'p[constructor]', 'p[toString]'];

const ACCEPTED = [
  '*', 'li', 'LI', '#books tr', '.a', '.a.b', 'li.a + li', 'li ~ li.a', 'ul > li:first-child', 'li:last-child', 'b:only-child',
  'td:first-of-type', 'td:last-of-type', 'span:only-of-type', 'li:nth-child(2n+1)', 'li:nth-child(ODD)', 'li:nth-child( -n + 2 )',
  'li:nth-last-child(2)', 'td:nth-of-type(2)', 'td:nth-last-of-type(1)', 'li:empty', ':root', 'html:root > body', 'p:not(#mixed)',
  'li:not(.a, .b)', ':is(h1, li.b)', ':where(.a) + li', 'ul:has(> li.b)', 'tr:has(a.edit)', 'li:has(+ li.a)', 'li:has(~ li:empty)',
  '[data-x]', '[data-x="Foo Bar"]', '[data-x="foo bar" i]', '[data-x~=Foo]', '[title^=hel]', '[title$=rld]', '[title*="lo w"]',
  '[lang|=en]', 'input[type=checkbox]', '[type="CHECKBOX"]', '#\\31 23', ':checked', 'input:checked', 'option:checked', ':disabled',
  ':enabled', 'fieldset :disabled', 'legend :enabled', 'option:disabled', 'optgroup:disabled, option:enabled', ':link', 'a:any-link', 'a:not(:link)',
  ':contains(Frankenstein)', 'td:contains("Mary Shelley")', 'p:contains("Mary Shelley")', 'p:contains(\'Mary\u00a0Shelley\')',
  ':icontains("mary shelley")', 'tr:contains(Shelley):not(:contains(Mathilda))', 'li:contains(Two)', 'li:not(:contains(comment))',
  ':has(> :contains(Dracula))', 'tr:has(td:contains(1818)) a', 'option:selected', 'select :selected', 'li:contains(Two), li:contains(One)',
  'td:nth-child(2):contains(Mary)', ':is(li, td):contains(e)', 'ul :not(:contains(T))', 'tr:contains(Dracula) ~ tr, :contains(Numbered)',
  'tbody tr:has(+ tr:contains(Dracula)) td:first-child', 'li:icontains(THREE) + li', 'span:contains(\\46 rankenstein)',
];

const ACCEPTED_INSIDE_TABLE = ['tr', 'table tr', ':scope > tbody > tr', 'tr:contains(Shelley)', ':scope tr:contains(Dracula) a', 'body td:first-child', '* :contains(1818)', ':scope'];

const AFTER_CHANGES = [':checked', 'input:checked', 'option:checked', 'option:selected', '#f :has(> :checked)', 'select:has(:checked:contains(S2))'];

const REFUSED = [
  'tr:first', 'li:eq(1)', 'a[href=/edit/1]', 'p::before', 'p:before', 'td:contains(Mary Shelley)', '#1a', 'tr >', '> tr', 'a,,b', '', ' ',
  'li:hover', ':focus', 'p:nth-child(2n+1 of .a)', 'p:nth-child(+ n)', '[data-x!=Foo]', 'svg|rect', '[title=x s]', ':has(:has(li))',
  'li:contains("open', 'li:contains()', 'li:contains', 'li:first-child(1)', 'a /* comment */ b', 'p:lang(en)', ':header', ':input', 'li)',
];

describe('one CSS dialect: the same matches over HTTP and in Chromium, the same refusals', () => {
  const browser = useBrowser({ '/css': PAGE, '/quirks': QUIRKS_PAGE });
  const http = new HttpDriver();
  before(() => http.start());
  after(() => http.stop());

  const idsOf = async (driver: Driver, found: ElementHandle[]): Promise<string[]> =>
    Promise.all(found.map(async (element) => (await driver.attribute(element, 'id')) ?? `<${await driver.tagName(element)}>`));

  /** `selector → ids of its matches` for each selector, on one driver. */
  async function answers(driver: Driver, selectors: readonly string[], within?: string): Promise<Record<string, string[] | string>> {
    const scope = within === undefined ? undefined : (await driver.findAll({ css: within }))[0];
    const result: Record<string, string[] | string> = {};
    for (const css of selectors) {
      try {
        result[css] = await idsOf(driver, await driver.findAll({ css }, scope));
      } catch (error) {
        result[css] = (error as Error).message;
      }
    }
    return result;
  }

  async function openBoth(page: string): Promise<void> {
    await http.visit(`${browser.base}${page}`);
    await browser.driver.visit(`${browser.base}${page}`);
  }

  async function both(selectors: readonly string[], within?: string) {
    return { http: await answers(http, selectors, within), browser: await answers(browser.driver, selectors, within) };
  }

  it('finds the same elements for every selector the dialect accepts, in the page and inside an element', async () => {
    await openBoth('/css');
    const page = await both(ACCEPTED);
    assert.deepEqual(page.browser, page.http);
    for (const css of ACCEPTED) assert.ok(Array.isArray(page.http[css]), `accepted: ${css} (${page.http[css]})`);
    const emptyOnes = ACCEPTED.filter((css) => page.http[css].length === 0);
    assert.deepEqual(emptyOnes, [], 'every selector finds something, so an agreement is not an agreement on nothing');
    assert.deepEqual(page.http[':contains(Frankenstein)'], ['<html>', '<body>', 'books', '<tbody>', 'frankenstein', '<td>', '<span>']);
    const inside = await both(ACCEPTED_INSIDE_TABLE, '#books');
    assert.deepEqual(inside.browser, inside.http);
  });

  it('ignores the case of classes and ids in a quirks-mode page, as browsers do', async () => {
    await openBoth('/quirks');
    const quirks = await both(ACCEPTED_IN_QUIRKS);
    assert.deepEqual(quirks.browser, quirks.http);
    assert.deepEqual(quirks.http, { '.foo': ['Upper'], '#upper': ['Upper'], '[class=foo]': [], '[class=Foo]': ['Upper'], 'p[constructor]': ['other'], 'p[toString]': [] });
  });

  it('reads the form as the user left it', async () => {
    for (const driver of [http, browser.driver] as Driver[]) {
      await driver.visit(`${browser.base}/css`);
      const [on] = await driver.findAll({ css: '#on' });
      const [off] = await driver.findAll({ css: '#off' });
      const [r2] = await driver.findAll({ css: '#r2' });
      const [single] = await driver.findAll({ css: '#single' });
      const [s2] = await driver.findAll({ css: '#s2' });
      await driver.uncheck(on);
      await driver.check(off);
      await driver.check(r2);
      await driver.selectOption(single, s2, false);
    }
    const changed = await both(AFTER_CHANGES);
    assert.deepEqual(changed.browser, changed.http);
    assert.deepEqual(changed.http[':checked'], ['off', 'r2', 's2', 'm1', 'm3', 'g3']);
  });

  it('refuses what the dialect does not accept with the same message, naming the selector and the part not understood', async () => {
    await openBoth('/css');
    const refused = await both(REFUSED);
    assert.deepEqual(refused.browser, refused.http);
    for (const css of REFUSED) {
      const message = refused.http[css];
      assert.ok(typeof message === 'string' && message.startsWith(`Invalid CSS selector "${css}": `), `${css}: ${message}`);
    }
  });
});
