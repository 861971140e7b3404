/**
 * How parse5 builds the HTTP driver's domhandler tree: parse5-htmlparser2-tree-adapter, made
 * compact for large pages (a page's tree is kept until the next response).
 */
import { isText, type ChildNode } from 'domhandler';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import { markDeclarativeShadowRoot } from '../../selectors/declarative-shadow';

/** Shared by every element whose attributes have no namespace or prefix: all of them outside SVG and MathML. */
const NO_ATTRIBUTE_NAMESPACES: Record<string, string> = Object.freeze(Object.create(null));

/**
 * Gives V8 the string's characters in one piece. parse5 builds every text, attribute value and
 * comment one character at a time (`chars += ch`), and V8 keeps such a string as a chain of one
 * 32-byte link per character until something reads it whole: a 20 MB page held over 600 MB of links.
 * Reading a character makes V8 copy the chain into one flat string in place, and the links become
 * garbage; the value does not change.
 */
function flatten(text: string): string {
  text.charCodeAt(0);
  return text;
}

function flattenText(node: ChildNode | undefined): void {
  if (node !== undefined && isText(node)) flatten(node.data);
}

/**
 * The domhandler tree adapter, except that:
 * - an element gets its own attribute namespace and prefix tables only when an attribute has one
 *   (`xlink:href`). The adapter makes two hash-table objects per element for them; on a page of a
 *   million elements they were a third of the tree's memory;
 * - text, attribute values and comments are flattened (see `flatten`) as they enter the tree. A text
 *   node grows by one piece per word and space, so it is flattened once it is complete: when a
 *   sibling follows it or its element closes;
 * - a `<template shadowrootmode>` marks its parent as a shadow host (declarative shadow DOM, which
 *   parse5 7 does not know: see selectors/declarative-shadow).
 */
export const treeAdapter: typeof adapter = {
  ...adapter,
  createElement(tagName, namespaceURI, attrs) {
    if (attrs.some((attribute) => attribute.namespace !== undefined || attribute.prefix !== undefined)) {
      for (const attribute of attrs) flatten(attribute.value);
      return adapter.createElement(tagName, namespaceURI, attrs);
    }
    const element = adapter.createElement(tagName, namespaceURI, []);
    for (const attribute of attrs) element.attribs[attribute.name] = flatten(attribute.value);
    element['x-attribsNamespace'] = NO_ATTRIBUTE_NAMESPACES;
    element['x-attribsPrefix'] = NO_ATTRIBUTE_NAMESPACES;
    return element;
  },
  // A second <html> or <body> tag adds its attributes to the first; the shared tables stay untouched.
  adoptAttributes(recipient, attrs) {
    for (const attribute of attrs) {
      if (recipient.attribs[attribute.name] !== undefined) continue;
      recipient.attribs[attribute.name] = flatten(attribute.value);
      if (attribute.namespace === undefined && attribute.prefix === undefined) continue;
      if (recipient['x-attribsNamespace'] === NO_ATTRIBUTE_NAMESPACES) {
        recipient['x-attribsNamespace'] = Object.create(null) as Record<string, string>;
        recipient['x-attribsPrefix'] = Object.create(null) as Record<string, string>;
      }
      const namespaces = recipient['x-attribsNamespace'] as Record<string, string>;
      const prefixes = recipient['x-attribsPrefix'] as Record<string, string>;
      namespaces[attribute.name] = attribute.namespace as string;
      prefixes[attribute.name] = attribute.prefix as string;
    }
  },
  createCommentNode(data) {
    return adapter.createCommentNode(flatten(data));
  },
  insertText(parentNode, text) {
    adapter.insertText(parentNode, flatten(text));
  },
  appendChild(parentNode, newNode) {
    flattenText(parentNode.children[parentNode.children.length - 1]);
    adapter.appendChild(parentNode, newNode);
    markDeclarativeShadowRoot(parentNode, newNode);
  },
  insertBefore(parentNode, newNode, referenceNode) {
    adapter.insertBefore(parentNode, newNode, referenceNode);
    markDeclarativeShadowRoot(parentNode, newNode);
  },
  onItemPop(element) {
    flattenText(element.children[element.children.length - 1]);
  },
};
