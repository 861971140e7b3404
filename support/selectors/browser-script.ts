import { KIND_TABLE_FUNCTIONS } from './named-kinds';
import { FLAT_CHILDREN_FUNCTION } from './flat-tree-script';
import { ENGINE_FUNCTIONS, isShown } from './resolve-named';

/**
 * The DomAdapter over real browser nodes, as page-side source. Text is textContent, exactly as on the
 * Node side. A `<template>`'s children live in its `content` fragment, so childNodes never reaches them.
 * The walk is the flat tree, as the markup adapter's (declarative-shadow): an open shadow root
 * (`shadowRoot`; a closed one is null to scripts) instead of the host's light children, a slot's
 * assigned nodes, else its own; a shadow root's child has its host as parent.
 *
 * Rendered (the browser's half of the hidden-ness rule): the element has a box and its computed
 * visibility is `visible`, which is what `checkVisibility` with the visibility check answers. Those are
 * exactly the elements whose text `innerText` (the browser's page text) reads, so an element whose
 * text is not page text is not visible and the reverse. (WebDriver's isDisplayed differs: it calls
 * `opacity: 0` hidden while innerText still reads it.) What a closed `<details>` folds away (all but
 * its summary) and a `<dialog>` without `open` have no box or sit under `content-visibility: hidden`,
 * which checkVisibility calls hidden, as the markup rule does. Browsers without checkVisibility: a box
 * and the computed visibility. A modal dialog is one that matches `:modal` (none in a browser without it).
 */
const BROWSER_DOM_ADAPTER = `{
  childNodes: flatChildren,
  isElement: (node) => node.nodeType === 1,
  textData: (node) => (node.nodeType === 3 ? node.data : null),
  tagName: (node) => String(node.localName || node.tagName || '').toLowerCase(),
  attribute: (node, name) => (node.nodeType === 1 ? node.getAttribute(name) : null),
  parent: (node) => node.parentElement || (node.parentNode && node.parentNode.host) || null,
  rootNode: (node) => node.getRootNode(),
  textContent: (node) => node.textContent || '',
  isRendered: (node) => node.nodeType !== 1 || (typeof node.checkVisibility === 'function'
    ? node.checkVisibility({ visibilityProperty: true })
    : node.getClientRects().length > 0 && getComputedStyle(node).visibility === 'visible'),
  isModalDialog: (node) => {
    try { return node.matches(':modal'); } catch (unsupported) { return false; }
  },
}`;

/** The named-lookup engine over the browser's nodes (`dom`), as page-side source: the start of both named scripts. */
const ENGINE_SOURCE = [...KIND_TABLE_FUNCTIONS.map(String), ...ENGINE_FUNCTIONS.map(String), FLAT_CHILDREN_FUNCTION, `const dom = ${BROWSER_DOM_ADAPTER};`].join('\n');

/**
 * A WebDriver `executeScript` body resolving one named lookup in a single round trip.
 * arguments[0]: scope element, or null for the whole document; arguments[1]: kind;
 * arguments[2]: locator; arguments[3]: 'find' (returns elements) or 'candidates' (returns string lists).
 */
const NAMED_SCRIPT = [
  ENGINE_SOURCE,
  'const documentRoot = document.documentElement;',
  'const scope = arguments[0] || documentRoot;',
  'return resolveNamed(namedKindTable(), dom, documentRoot, scope, arguments[1], String(arguments[2]), arguments[3] || "find");',
].join('\n');

/**
 * A WebDriver `executeScript` body: how many matches of a named lookup a shadow root holds, searched
 * as a document of its own (a closed root, which WebDriver hands over though the page's scripts
 * cannot reach it). arguments[0]: the shadow root; [1]: kind; [2]: locator.
 */
const NAMED_IN_SHADOW_ROOT_SCRIPT = [
  ENGINE_SOURCE,
  'return resolveNamed(namedKindTable(), dom, arguments[0], arguments[0], arguments[1], String(arguments[2]), "find").length;',
].join('\n');

/** A WebDriver `executeScript` body: whether arguments[0] is shown, by the rule the named lookups use. */
const IS_SHOWN_SCRIPT = [
  isShown.toString(),
  FLAT_CHILDREN_FUNCTION,
  `return isShown(${BROWSER_DOM_ADAPTER}, arguments[0]);`,
].join('\n');

export function browserNamedScript(): string {
  return NAMED_SCRIPT;
}

export function browserNamedInShadowRootScript(): string {
  return NAMED_IN_SHADOW_ROOT_SCRIPT;
}

export function browserIsShownScript(): string {
  return IS_SHOWN_SCRIPT;
}
