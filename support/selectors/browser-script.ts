import { resolveNamed } from './resolve-named';
import { visibleText } from './visible-text';

/**
 * DOM adapters over real browser nodes, written as page-side source. They use textContent, exactly
 * like the Node side, so both drivers see the same text. A `<template>`'s children live in its
 * `content` fragment, so `children` never reaches them.
 */
const BROWSER_DOM_ADAPTER = `{
  children: (node) => Array.from(node.children),
  tagName: (node) => String(node.localName || node.tagName || '').toLowerCase(),
  attribute: (node, name) => node.getAttribute(name),
  textContent: (node) => node.textContent || '',
  parent: (node) => node.parentElement,
  isVisible: (node) => {
    if (!(node.offsetWidth || node.offsetHeight || node.getClientRects().length)) return false;
    const visibility = getComputedStyle(node).visibility;
    return visibility !== 'hidden' && visibility !== 'collapse';
  },
}`;

const BROWSER_TEXT_ADAPTER = `{
  childNodes: (node) => Array.from(node.childNodes),
  isElement: (node) => node.nodeType === 1,
  isText: (node) => node.nodeType === 3,
  data: (node) => node.data,
  tagName: (node) => String(node.localName || node.tagName || '').toLowerCase(),
  attribute: (node, name) => node.getAttribute(name),
}`;

/**
 * A WebDriver `executeScript` body resolving one named lookup in a single round trip.
 * arguments[0]: scope element, or null for the whole document; arguments[1]: kind;
 * arguments[2]: locator; arguments[3]: 'find' (returns elements) or 'candidates' (returns strings).
 */
export function browserNamedScript(): string {
  return [
    `const resolveNamed = (${resolveNamed.toString()});`,
    `const dom = ${BROWSER_DOM_ADAPTER};`,
    'const documentRoot = document.documentElement;',
    'const scope = arguments[0] || documentRoot;',
    'return resolveNamed(dom, documentRoot, scope, arguments[1], String(arguments[2]), arguments[3] || "find");',
  ].join('\n');
}

/**
 * A WebDriver `executeScript` body returning the page text by the same rules as the HTTP driver
 * (see visibleText). arguments[0]: an element to read instead of the whole document, or null.
 */
export function browserVisibleTextScript(): string {
  return [
    `const visibleText = (${visibleText.toString()});`,
    `const dom = ${BROWSER_TEXT_ADAPTER};`,
    'return visibleText(dom, arguments[0] || document);',
  ].join('\n');
}
