/** Small, dependency-free questions about domhandler nodes (the tree cheerio builds). */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { isElement, treeRootOf } from '../../selectors/declarative-shadow';

export { isElement };

function hasChildNodes(node: AnyNode): node is ParentNode {
  return Array.isArray((node as Partial<ParentNode>).children);
}

export function tagName(element: Element): string {
  return element.name.toLowerCase();
}

export function attr(element: Element, name: string): string | null {
  return element.attribs[name] ?? null;
}

export function hasAttr(element: Element, name: string): boolean {
  return element.attribs[name] !== undefined;
}

export function parentElement(node: AnyNode): Element | null {
  const parent = node.parent;
  return parent !== null && isElement(parent) ? parent : null;
}

export function ancestors(node: AnyNode): Element[] {
  const result: Element[] = [];
  for (let current = parentElement(node); current !== null; current = parentElement(current)) result.push(current);
  return result;
}

/**
 * Every element below `root` in tree order, skipping `<template>` contents (inert in a browser).
 * An explicit stack rather than recursion: a deeply nested page must not overflow the call stack.
 */
export function descendantElements(root: AnyNode): Element[] {
  const result: Element[] = [];
  const pending: AnyNode[] = hasChildNodes(root) ? [...root.children].reverse() : [];
  while (pending.length > 0) {
    const node = pending.pop() as AnyNode;
    if (!isElement(node)) continue;
    result.push(node);
    if (tagName(node) === 'template') continue;
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
  }
  return result;
}

/** The DOM's textContent (comments and directives left out), without recursion. */
export function textContent(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  let text = '';
  const pending: AnyNode[] = hasChildNodes(node) ? [...node.children].reverse() : [];
  while (pending.length > 0) {
    const current = pending.pop() as AnyNode;
    if (current.type === 'text') text += (current as unknown as { data: string }).data;
    else if (current.type !== 'comment' && current.type !== 'directive' && hasChildNodes(current)) {
      for (let i = current.children.length - 1; i >= 0; i--) pending.push(current.children[i]);
    }
  }
  return text;
}

/** The root of `node`'s tree: the document, or the shadow root it is in (ids and form owners are looked up in it, as in a browser). */
export function documentRootOf(node: AnyNode): AnyNode {
  return treeRootOf(node);
}

export function elementById(root: AnyNode, id: string): Element | null {
  return descendantElements(root).find((element) => attr(element, 'id') === id) ?? null;
}
