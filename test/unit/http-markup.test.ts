/** Parsing and writing back a page as the HTTP driver does (support/drivers/http/markup.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'domhandler';
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
