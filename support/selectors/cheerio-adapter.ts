import type { AnyNode, Document, Element } from 'domhandler';
import type { DomAdapter } from './dom-adapter';
import { flatChildNodes, hostOfShadowRoot, isElement as isElementNode, lightChildNodes, treeRootOf } from './declarative-shadow';
import { renderedInMarkup } from './markup-visibility';

/**
 * The DomAdapter over the domhandler nodes cheerio builds. It also accepts the Document node (what
 * `$.root()[0]` is), so a whole page can serve as the document root or the scope. parse5 keeps a
 * `<template>`'s contents as its children; a browser does not, so neither does this adapter. Its
 * walk is the flat tree: into open declarative shadow roots, through slots (see declarative-shadow);
 * textContent is the DOM's, of the light tree.
 */


/** textContent as a browser computes it, without recursion (a deep page must not overflow the stack). */
function textContentOf(node: AnyNode): string {
  if (node.type === 'text' || node.type === 'cdata') return 'data' in node ? String(node.data) : '';
  let text = '';
  const pending: AnyNode[] = lightChildNodes(node).slice().reverse();
  while (pending.length > 0) {
    const current = pending.pop() as AnyNode;
    if (current.type === 'text') {
      text += current.data;
    } else {
      const children = lightChildNodes(current);
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
    }
  }
  return text;
}

export function cheerioAdapter(): DomAdapter<AnyNode, Element> {
  const adapter: DomAdapter<AnyNode, Element> = {
    childNodes: flatChildNodes,
    isElement: isElementNode,
    textData: (node) => (node.type === 'text' ? node.data : null),
    tagName: (element) => (isElementNode(element) ? element.name.toLowerCase() : ''),
    attribute: (element, name) => (isElementNode(element) ? element.attribs[name] ?? null : null),
    parent: (node) => {
      const parent = node.parent;
      if (parent !== null && isElementNode(parent)) return parent;
      return hostOfShadowRoot(parent); // a shadow root's child: its host, as the browser adapter answers
    },
    rootNode: treeRootOf,
    textContent: textContentOf,
    isRendered: (element) => renderedInMarkup(adapter, element),
    isModalDialog: () => false,
  };
  return adapter;
}

/**
 * The element to use as document root for a parsed page: the `<html>` element of a full document;
 * for a fragment (no single root element) the Document node itself, which the adapter also understands.
 */
export function cheerioDocumentRoot(document: Document): Element {
  const elements = document.children.filter(isElementNode);
  return elements.length === 1 && elements[0].name === 'html' ? elements[0] : (document as unknown as Element);
}
