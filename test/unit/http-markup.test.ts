/** Parsing and writing back a page as the HTTP driver does (support/drivers/http/markup.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Element } from 'domhandler';
import { parse, serialize } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import { LinearScopeParser } from '../../support/drivers/http/linear-scope-parser';
import { parseDocument, serializeNodes } from '../../support/drivers/http/markup';

function elementsNamed(root: { children?: unknown[] }, name: string): Element[] {
  const found: Element[] = [];
  const pending = [...((root.children ?? []) as Element[])];
  while (pending.length > 0) {
    const node = pending.shift() as Element;
    if (node.name === name) found.push(node);
    pending.push(...((node.children ?? []) as Element[]));
  }
  return found;
}

test('a second <body> tag adds its new attributes to the first, as browsers do', () => {
  const document = parseDocument('<!doctype html><html><body class="page" id="top"><body class="other" data-late="yes" xml:lang="en"><p>x</p>', false);
  const [body] = elementsNamed(document, 'body');
  assert.deepEqual({ ...body.attribs }, { class: 'page', id: 'top', 'data-late': 'yes', 'xml:lang': 'en' });
  assert.match(serializeNodes([body], false), /^<body class="page" id="top" data-late="yes" xml:lang="en">/);
});

test('namespaced attributes of SVG keep their prefix when written back', () => {
  const document = parseDocument('<!doctype html><body><svg><use xlink:href="#icon"></use></svg><a href="/x" title="t">x</a>', false);
  const [use] = elementsNamed(document, 'use');
  assert.equal(use.attribs.href, '#icon', 'the attribute is href in the XLink namespace');
  assert.match(serializeNodes([use], false), /<use xlink:href="#icon"><\/use>/);
  const [link] = elementsNamed(document, 'a');
  assert.equal(serializeNodes([link], false), '<a href="/x" title="t">x</a>');
});

/** The tree adapter, counting how often the parser reads an element's namespace: once per element it looks at. */
function countingAdapter(): { treeAdapter: typeof adapter; reads: () => number } {
  let reads = 0;
  const treeAdapter = {
    ...adapter,
    getNamespaceURI(element: Parameters<typeof adapter.getNamespaceURI>[0]) {
      reads += 1;
      return adapter.getNamespaceURI(element);
    },
  };
  return { treeAdapter, reads: () => reads };
}

test('nested <div>s are parsed without walking the open elements once per tag', () => {
  const depth = 20_000;
  const html = `<!doctype html><body>${'<div>'.repeat(depth)}text${'</div>'.repeat(depth)}`;
  const { treeAdapter, reads } = countingAdapter();
  LinearScopeParser.parse(html, { treeAdapter });
  // parse5's own parser reads about depth² / 2 namespaces here (200 million): each <div> asks whether
  // a <p> is open above it and walks the stack to find out.
  assert.ok(reads() < 10 * depth, `${reads()} namespace reads for ${depth} nested elements`);
});

test('the tree is the one parse5 builds, on markup that exercises the scope rules', () => {
  const documents = [
    '<p>one<div>two</div><p>three<p>four',
    '<ul><li>one<li>two<ul><li>inner</ul><li>three</ul><ol><li><p>para<li>next</ol>',
    '<button><p>inside<button>second</button></p></button><p>x<button>y</button>z',
    '<b>bold<i>both</b>italic</i><a href=1>one<a href=2>two</a>',
    '<p><b><i><u>deep</p>after</u></i></b>',
    '<table><tr><td>cell<p>para</td><td><table><tr><td>inner</table></td></tr></table>text',
    '<table><caption><p>cap</caption><tbody><tr><th>h<td>d</table>',
    '<dl><dt>term<dd>desc<dt>next</dl><h1>one<h2>two</h1>three</h2>',
    '<select><option>a<optgroup><option>b</select><form><p>f</form><form>g',
    '<svg><desc><p>html in svg</p></desc><foreignObject><div>x</div></foreignObject></svg><p>after',
    '<math><mi>x</mi><annotation-xml encoding="text/html"><p>y</p></annotation-xml></math>',
    '<template><p>in template<div>more</template><p>out',
    '<div><p>unclosed<div><p>again</div></p></div></p>',
    '</p><p>stray end tags</li></dd></div>',
    '<a><p>link para<a>second</p></a>',
    '<nobr>one<nobr>two<p><marquee><p>m</marquee><applet><p>a</applet><object><p>o</object>',
  ];
  for (const html of documents) {
    const expected = serialize(parse(html, { treeAdapter: adapter }), { treeAdapter: adapter });
    const actual = serialize(LinearScopeParser.parse(html, { treeAdapter: adapter }), { treeAdapter: adapter });
    assert.equal(actual, expected, html);
  }
});

test("a parsed page's tree takes memory in proportion to the page", () => {
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;
  const paragraph =
    `<p title="${'a title of many words '.repeat(10)}">${'Words of ordinary text, as a page has them. '.repeat(25)}</p>` +
    `<!-- ${'a comment '.repeat(20)} -->\n`;
  const html = `<!doctype html><body>${paragraph.repeat(1000)}</body>`;
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const document = parseDocument(html, false);
  collectGarbage();
  const treeBytes = process.memoryUsage().heapUsed - before;
  // 22 times the page while parse5's character-by-character strings stayed chains of links; under 3 now.
  assert.ok(treeBytes < 6 * html.length, `the tree of a ${html.length}-byte page takes ${treeBytes} bytes`);
  assert.equal(elementsNamed(document, 'p').length, 1000);
});
