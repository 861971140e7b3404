/**
 * The browser driver ships browserNamedScript() and browserIsShownScript() to the page; run here on
 * hand-made browser-like nodes, they give the answers findNamed and isShown give over cheerio. (The
 * same comparison in real Chromium is test/browser/selectors-parity.test.ts.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { browserIsShownScript, browserNamedScript, cheerioAdapter } from '../../support/selectors/named';
import { renderedInMarkup } from '../../support/selectors/markup-visibility';
import { PARITY_CANDIDATE_KINDS, PARITY_CASES, cheerioAnswers, numberedParityPage } from '../fixtures/named-parity';

/** Just enough of the browser DOM API for the page-side scripts, built from a cheerio tree. */
interface FakeNode {
  nodeType: number;
  localName?: string;
  data?: string;
  childNodes: FakeNode[];
  parentElement: FakeNode | null;
  readonly textContent: string;
  getAttribute(name: string): string | null;
  /** The top of the tree (these pages have no shadow roots). */
  getRootNode(): FakeNode;
  /** Rendering, as the markup alone decides it. */
  checkVisibility(): boolean;
  source: AnyNode;
}

function fakeBrowserNode(source: AnyNode, parentElement: FakeNode | null): FakeNode {
  const element = source.type === 'tag' || source.type === 'script' || source.type === 'style' ? source as Element : null;
  const node: FakeNode = {
    nodeType: element ? 1 : source.type === 'text' ? 3 : source.type === 'root' ? 9 : 8,
    localName: element?.name,
    data: source.type === 'text' ? source.data : undefined,
    childNodes: [],
    parentElement,
    get textContent(): string {
      return this.nodeType === 3 ? this.data ?? '' : this.childNodes.map((child) => child.textContent).join('');
    },
    getAttribute: (name) => element?.attribs[name] ?? null,
    getRootNode: () => {
      let top: FakeNode = node;
      while (top.parentElement !== null) top = top.parentElement;
      return top;
    },
    checkVisibility: () => element !== null && renderedInMarkup(cheerioAdapter(), element),
    source,
  };
  // A template's children live in its content fragment, out of reach of childNodes.
  if (element?.name !== 'template' && 'children' in source) {
    node.childNodes = source.children
      .filter((child) => child.type !== 'directive')
      .map((child) => fakeBrowserNode(child, element ? node : null));
  }
  return node;
}

function runPageScript(script: string, document: FakeNode, args: unknown[]): unknown {
  return new Function('document', `return function () {\n${script}\n};`)(document)(...args);
}

function allElements(node: FakeNode): FakeNode[] {
  const elements = node.childNodes.filter((child) => child.nodeType === 1);
  return elements.flatMap((element) => [element, ...allElements(element)]);
}

test('the browser scripts, run on browser-like nodes, answer what the engine answers over cheerio', () => {
  const html = numberedParityPage();
  const expected = cheerioAnswers(html);
  const document = fakeBrowserNode(cheerio.load(html, { scriptingEnabled: false }).root()[0], null) as FakeNode & { documentElement?: FakeNode };
  document.documentElement = allElements(document)[0];
  const numberOf = (node: FakeNode) => (node.source as Element).attribs['data-n'];

  const found = PARITY_CASES.map(([kind, locator]) =>
    (runPageScript(browserNamedScript(), document, [null, kind, locator, 'find']) as FakeNode[]).map(numberOf));
  assert.deepEqual(found, expected.find);
  assert.ok(expected.find.some((matches) => matches.length > 1), 'the cases include several matches');
  assert.ok(expected.find.some((matches) => matches.length === 0), 'the cases include misses');

  const candidates = PARITY_CANDIDATE_KINDS.map((kind) =>
    runPageScript(browserNamedScript(), document, [null, kind, '', 'candidates']));
  assert.deepEqual(candidates, expected.candidates);

  const form = allElements(document).find((element) => element.localName === 'form');
  const scoped = runPageScript(browserNamedScript(), document, [form, 'link_or_button', 'Save', 'find']) as FakeNode[];
  assert.deepEqual(scoped.map((node) => node.localName), ['button']);

  const shown = allElements(document).filter((element) => element.localName !== 'noscript' &&
    runPageScript(browserIsShownScript(), document, [element]) === true);
  assert.deepEqual(shown.map(numberOf), expected.shown);
});

test('an unknown kind is refused in the page as in Node, naming the kinds there are', () => {
  const document = fakeBrowserNode(cheerio.load('<p>x</p>').root()[0], null) as FakeNode & { documentElement?: FakeNode };
  document.documentElement = allElements(document)[0];
  assert.throws(() => runPageScript(browserNamedScript(), document, [null, 'widget', 'x', 'find']),
    /Unknown named selector kind "widget": use one of link, button, link_or_button, field, select, checkbox, radio, file, option, id, content/);
});
