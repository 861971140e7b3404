/**
 * The browser driver ships browserNamedScript() to the page; these tests prove it gives the same
 * answers as findNamed over cheerio: first against hand-made browser-like nodes in Node, then in
 * real headless Chromium.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { Builder, type WebDriver } from 'selenium-webdriver';
import chrome from 'selenium-webdriver/chrome';
import {
  type NamedSelectorKind, findNamed, namedCandidates, cheerioAdapter, cheerioDocumentRoot, cheerioTextAdapter,
  visibleText, browserNamedScript, browserVisibleTextScript,
} from '../../support/selectors/named';
import { visibleInMarkup } from '../../support/selectors/markup-visibility';

const PAGE = `<!DOCTYPE html><html><head><title>Parity</title></head><body>
  <div hidden><a href="/hidden-home">Home</a><button name="op">Save</button></div>
  <nav><a href="/">Home</a> <a href="/about" title="About us">About</a> <a>No href</a>
    <a href="/logo"><img alt="Company logo" src="l.png"></a><span role="link">Pseudo link</span></nav>
  <template><button>Save</button><label for="email">Template label</label></template>
  <form id="signup">
    <label for="email">Email</label><input id="email" name="user[email]" placeholder="you@example.com">
    <label>Full name <input name="name"></label>
    <label>Country <select name="country"><option value="fr">France</option><option value="de">Germany</option></select></label>
    <textarea name="bio" aria-label="About yourself"></textarea>
    <input type="hidden" name="token" value="t">
    <input type="checkbox" id="terms"><label for="terms">I accept the terms</label>
    <input type="radio" name="plan" id="plan-free"><label for="plan-free">Free plan</label>
    <input type="FILE" name="avatar">
    <input type="submit" value="Save changes and continue">
    <button type="submit" name="op" value="save">Save</button>
    <input type="image" alt="Send it" src="s.png">
    <div role="button" data-testid="close-x">Close</div>
  </form>
  <div id="news"><p>Hello <b>world</b></p><p>Second   paragraph</p></div>
  <table><tr><th>Name</th><td>Ada</td></tr><tr><td>Role</td><td>Engineer<br>Writer</td></tr></table>
  <ul><li>One</li><li>Two <em>and</em><strong>a half</strong></li></ul><span>Inline</span><span>joined</span>
  <script>document.title = 'ran';</script><noscript>No scripts</noscript><textarea>Draft</textarea>
  <p hidden>Hidden paragraph</p><p style="display:none">Not displayed</p>
</body></html>`;

const CASES: Array<[NamedSelectorKind, string]> = [
  ['link', 'o'], ['link', 'Home'], ['link', 'About us'], ['link', 'Ab'], ['link', 'No href'], ['link', 'Company logo'],
  ['link', 'Pseudo'], ['button', 'Save'], ['button', 'Save changes'], ['button', 'op'], ['button', 'Send'],
  ['button', 'close-x'], ['button', 'Close'], ['link_or_button', 'op'], ['link_or_button', 'Save'],
  ['field', 'Email'], ['field', 'user[email]'], ['field', 'you@example.com'], ['field', 'you'], ['field', 'name'],
  ['field', 'Full name'], ['field', 'Country'], ['field', 'About yourself'], ['field', 'About'], ['field', 'token'],
  ['field', 'Template label'], ['field', 'op'], ['select', 'Country'], ['checkbox', 'I accept the terms'],
  ['checkbox', 'terms'], ['radio', 'Free'], ['file', 'avatar'], ['option', 'fr'], ['option', 'Germany'],
  ['option', 'Ger'], ['id', 'news'], ['content', 'Hello world'], ['content', 'world'], ['content', 'Second paragraph'], ['content', 'e'],
];
const KINDS_FOR_CANDIDATES: NamedSelectorKind[] = ['link', 'button', 'link_or_button', 'field', 'select', 'option'];

/** The page with every element numbered (`data-n`), so matches can be compared across DOMs. */
function numberedPage(): string {
  const $ = cheerio.load(PAGE);
  $('*').each((index, element) => {
    $(element).attr('data-n', String(index));
  });
  return $.html();
}

function cheerioAnswers(html: string) {
  const $ = cheerio.load(html);
  const dom = cheerioAdapter();
  const root = cheerioDocumentRoot($.root()[0]);
  return {
    find: CASES.map(([kind, locator]) =>
      findNamed(dom, root, root, kind, locator).map((element) => element.attribs['data-n'])),
    candidates: KINDS_FOR_CANDIDATES.map((kind) => namedCandidates(dom, root, root, kind)),
    text: visibleText(cheerioTextAdapter(), $.root()[0]),
  };
}

/** Just enough of the browser DOM API for the page-side scripts, built from a cheerio tree. */
interface FakeNode {
  nodeType: number;
  localName?: string;
  data?: string;
  childNodes: FakeNode[];
  children: FakeNode[];
  parentElement: FakeNode | null;
  readonly textContent: string;
  getAttribute(name: string): string | null;
  /** Layout, as the markup alone decides it: hidden elements have no box. */
  readonly offsetWidth: number;
  readonly offsetHeight: number;
  getClientRects(): unknown[];
  source: AnyNode;
}

function fakeBrowserNode(source: AnyNode, parentElement: FakeNode | null): FakeNode {
  const element = source.type === 'tag' || source.type === 'script' || source.type === 'style' ? source as Element : null;
  const node: FakeNode = {
    nodeType: element ? 1 : source.type === 'text' ? 3 : source.type === 'root' ? 9 : 8,
    localName: element?.name,
    data: source.type === 'text' ? source.data : undefined,
    childNodes: [],
    children: [],
    parentElement,
    get textContent(): string {
      return this.nodeType === 3 ? this.data ?? '' : this.childNodes.map((child) => child.textContent).join('');
    },
    getAttribute: (name) => element?.attribs[name] ?? null,
    get offsetWidth(): number {
      return element && visibleInMarkup(cheerioAdapter(), element) ? 1 : 0;
    },
    get offsetHeight(): number {
      return this.offsetWidth;
    },
    getClientRects: () => [],
    source,
  };
  // A template's children live in its content fragment, out of reach of childNodes and children.
  if (element?.name !== 'template' && 'children' in source) {
    node.childNodes = source.children
      .filter((child) => child.type !== 'directive')
      .map((child) => fakeBrowserNode(child, element ? node : null));
    node.children = node.childNodes.filter((child) => child.nodeType === 1);
  }
  return node;
}

function runPageScript(script: string, document: FakeNode, args: unknown[]): unknown {
  const getComputedStyle = () => ({ visibility: 'visible' });
  const pageFunction = new Function('document', 'getComputedStyle', `return function () {\n${script}\n};`)(document, getComputedStyle);
  return pageFunction(...args);
}

test('the browser script, run on browser-like nodes, finds what findNamed finds over cheerio', () => {
  const html = numberedPage();
  const expected = cheerioAnswers(html);
  const $ = cheerio.load(html);
  const document = fakeBrowserNode($.root()[0], null) as FakeNode & { documentElement?: FakeNode };
  document.documentElement = document.children[0];
  const numberOf = (node: FakeNode) => (node.source as Element).attribs['data-n'];

  const found = CASES.map(([kind, locator]) =>
    (runPageScript(browserNamedScript(), document, [null, kind, locator, 'find']) as FakeNode[]).map(numberOf));
  assert.deepEqual(found, expected.find);
  assert.ok(expected.find.some((matches) => matches.length > 1), 'the cases include several matches');
  assert.ok(expected.find.some((matches) => matches.length === 0), 'the cases include misses');

  const candidates = KINDS_FOR_CANDIDATES.map((kind) =>
    runPageScript(browserNamedScript(), document, [null, kind, '', 'candidates']));
  assert.deepEqual(candidates, expected.candidates);

  const form = document.documentElement.children[1].children.find((child) => child.localName === 'form');
  const scoped = runPageScript(browserNamedScript(), document, [form, 'link_or_button', 'Save', 'find']) as FakeNode[];
  assert.deepEqual(scoped.map((node) => node.localName), ['button']);

  assert.equal(runPageScript(browserVisibleTextScript(), document, [null]), expected.text);
});

test('in headless Chromium the browser script finds what findNamed finds over cheerio', { timeout: 60_000 }, async () => {
  const html = numberedPage();
  const expected = cheerioAnswers(html);
  const service = new chrome.ServiceBuilder('/usr/bin/chromedriver');
  const options = new chrome.Options();
  options.addArguments('--headless=new', '--no-sandbox', '--disable-gpu');
  options.setChromeBinaryPath('/usr/bin/chromium');
  process.env.SE_OFFLINE = 'true';
  process.env.SE_AVOID_STATS = 'true';
  const driver: WebDriver = await new Builder().forBrowser('chrome').setChromeService(service)
    .setChromeOptions(options).build();
  try {
    await driver.get(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const numbered = `const found = (function () {\n${browserNamedScript()}\n}).apply(null, arguments);
      return found.map((element) => element.getAttribute('data-n'));`;
    const found: string[][] = [];
    for (const [kind, locator] of CASES) found.push(await driver.executeScript(numbered, null, kind, locator, 'find'));
    assert.deepEqual(found, expected.find);

    const candidates: string[][] = [];
    for (const kind of KINDS_FOR_CANDIDATES) {
      candidates.push(await driver.executeScript(browserNamedScript(), null, kind, '', 'candidates'));
    }
    assert.deepEqual(candidates, expected.candidates);

    // The raw script hands back real elements, usable as a scope for the next lookup.
    const [form] = await driver.executeScript<unknown[]>(browserNamedScript(), null, 'id', 'signup', 'find');
    const scoped = await driver.executeScript<unknown[]>(browserNamedScript(), form, 'link_or_button', 'Save', 'find');
    assert.equal(scoped.length, 1);

    const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
    const pageText = await driver.executeScript<string>(browserVisibleTextScript(), null);
    assert.equal(pageText, expected.text);
    const innerText = await driver.executeScript<string>('return document.body.innerText');
    assert.equal(collapse(pageText), collapse(innerText), 'visibleText reads like innerText');
  } finally {
    await driver.quit();
  }
});
