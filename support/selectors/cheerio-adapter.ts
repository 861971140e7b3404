import type { AnyNode, Document, Element } from 'domhandler';
import type { DomAdapter, TextDomAdapter } from './dom-adapter';
import { visibleInMarkup } from './markup-visibility';

/**
 * Adapters over the domhandler nodes cheerio builds. They also accept the Document node (what
 * `$.root()[0]` is), so a whole page can serve as the document root or the scope.
 */

function isElementNode(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function childNodesOf(node: AnyNode): AnyNode[] {
  return 'children' in node && Array.isArray(node.children) ? node.children : [];
}

/** textContent as a browser computes it: parse5 keeps template contents as children, a browser does not. */
function textContentOf(node: AnyNode): string {
  if (node.type === 'text' || node.type === 'cdata') return 'data' in node ? String(node.data) : '';
  if (isElementNode(node) && node.name === 'template') return '';
  let text = '';
  const pending: AnyNode[] = childNodesOf(node).slice().reverse();
  while (pending.length > 0) {
    const current = pending.pop() as AnyNode;
    if (current.type === 'text') {
      text += current.data;
    } else if (isElementNode(current) && current.name === 'template') {
      continue;
    } else {
      const children = childNodesOf(current);
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
    }
  }
  return text;
}

function attributeOf(node: AnyNode, name: string): string | null {
  if (!isElementNode(node)) return null;
  const value = node.attribs[name];
  return value === undefined ? null : value;
}

function tagNameOf(node: AnyNode): string {
  return isElementNode(node) ? node.name.toLowerCase() : '';
}

export function cheerioAdapter(): DomAdapter<Element> {
  const adapter: DomAdapter<Element> = {
    children: (node) => childNodesOf(node).filter(isElementNode),
    tagName: tagNameOf,
    attribute: attributeOf,
    textContent: textContentOf,
    parent: (node) => {
      const parent = node.parent;
      return parent !== null && isElementNode(parent) ? parent : null;
    },
    isVisible: (node) => visibleInMarkup(adapter, node),
  };
  return adapter;
}

export function cheerioTextAdapter(): TextDomAdapter<AnyNode> {
  return {
    childNodes: childNodesOf,
    isElement: isElementNode,
    isText: (node) => node.type === 'text',
    data: (node) => (node.type === 'text' ? node.data : ''),
    tagName: tagNameOf,
    attribute: attributeOf,
  };
}

/**
 * The element to use as document root for a parsed page: the `<html>` element of a full document;
 * for a fragment (no single root element) the Document node itself, which the adapter also understands.
 */
export function cheerioDocumentRoot(document: Document): Element {
  const elements = document.children.filter(isElementNode);
  return elements.length === 1 && elements[0].name === 'html' ? elements[0] : (document as unknown as Element);
}
