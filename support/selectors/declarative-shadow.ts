/**
 * Declarative shadow DOM over HTTP: `<template shadowrootmode="open">` as the first such template of
 * a host that may have a shadow root becomes that host's shadow root, as a browser's parser makes it.
 * parse5 7 keeps the template as an ordinary one; the parser marks the host (markDeclarativeShadowRoot)
 * and the markup adapter (cheerio-adapter) reads the mark. A page without such templates carries no
 * mark and costs nothing more to walk.
 *
 * The flat tree, as a browser draws it: an open root's host shows its shadow root's children; a
 * `<slot>` shows the host's light children assigned to it (elements whose `slot` attribute is its
 * `name`, and for the unnamed slot, elements without one and text), or its own children when none
 * are. Light children assigned to no slot are not drawn. A closed root cannot be reached: its host
 * shows its light children, as a script in a browser sees it.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';

/** The elements a parser attaches a shadow root to (HTML: valid shadow hosts); custom elements too. */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span']);

const MARK = 'x-shadowRootTemplate';

type Host = Element & { [MARK]?: Element };

/** An element of domhandler's tree (the one cheerio builds): tags, scripts and styles. */
export function isElement(node: AnyNode | null): node is Element {
  return node !== null && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

export type ShadowRootMode = 'open' | 'closed';

/** The mode a template's `shadowrootmode` attribute declares, as a browser's parser reads it; null for none. */
export function declaredShadowRootMode(attribute: string | null | undefined): ShadowRootMode | null {
  const mode = attribute?.trim().toLowerCase();
  return mode === 'open' || mode === 'closed' ? mode : null;
}

function declaredMode(template: Element): ShadowRootMode | null {
  return declaredShadowRootMode(template.attribs.shadowrootmode);
}

/** Called by the parser as it inserts `child` into `parent`: marks `parent` as a shadow host when `child` declares its root. */
export function markDeclarativeShadowRoot(parent: ParentNode, child: AnyNode): void {
  if (!isElement(child) || child.name !== 'template' || child.attribs.shadowrootmode === undefined) return;
  if (!isElement(parent) || (parent as Host)[MARK] !== undefined || declaredMode(child) === null) return;
  if (SHADOW_HOSTS.has(parent.name) || parent.name.includes('-')) (parent as Host)[MARK] = child;
}

/** The template that declares `node`'s shadow root, if it is a host. */
export function shadowRootTemplate(node: AnyNode): Element | undefined {
  return (node as Host)[MARK];
}

/** `open` or `closed` for a host, null for any other node. */
export function shadowRootMode(node: AnyNode): ShadowRootMode | null {
  const template = shadowRootTemplate(node);
  return template === undefined ? null : declaredMode(template);
}

/** The host whose shadow root `fragment` (a template's content) is, or null. */
export function hostOfShadowRoot(fragment: AnyNode | null): Element | null {
  if (fragment === null || fragment.type !== 'root') return null;
  const template = fragment.parent;
  const host = template?.parent ?? null;
  return host !== null && shadowRootTemplate(host) === template ? (host as Element) : null;
}

/** The root of `node`'s tree: the document, or the shadow root it is in (as a browser's getRootNode()). */
export function treeRootOf(node: AnyNode): AnyNode {
  let current: AnyNode = node;
  while (current.parent !== null && hostOfShadowRoot(current) === null) current = current.parent;
  return current;
}

/** The DOM's children of `node`: a template's content left out, and a host's declaring template too (it became the shadow root). */
export function lightChildNodes(node: AnyNode): AnyNode[] {
  if (!('children' in node) || !Array.isArray(node.children)) return [];
  if (isElement(node) && node.name === 'template') return [];
  const template = shadowRootTemplate(node);
  return template === undefined ? node.children : node.children.filter((child) => child !== template);
}

/** The children a browser draws (the flat tree, see above). */
export function flatChildNodes(node: AnyNode): AnyNode[] {
  const template = shadowRootTemplate(node);
  if (template !== undefined) {
    // parse5 keeps a template's content as its one child, a document fragment.
    const content = template.children[0];
    return declaredMode(template) === 'open' && content !== undefined && 'children' in content ? content.children : lightChildNodes(node);
  }
  if (isElement(node) && node.name === 'slot') return slotted(node);
  return lightChildNodes(node);
}

/** What a `<slot>` shows: the host's light children assigned to it, else its own children. */
function slotted(slot: Element): AnyNode[] {
  let host: Element | null = null;
  for (let current: AnyNode | null = slot.parent; current !== null && host === null; current = current.parent) {
    host = hostOfShadowRoot(current);
  }
  if (host === null) return slot.children;
  const name = slot.attribs.name ?? '';
  const assigned = lightChildNodes(host).filter((child) =>
    isElement(child) ? (child.attribs.slot ?? '') === name : child.type === 'text' && name === '');
  return assigned.length > 0 ? assigned : slot.children;
}
