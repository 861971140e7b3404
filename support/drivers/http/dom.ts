/** Small, dependency-free questions about domhandler nodes (the tree cheerio builds). */
import type { AnyNode, Element, ParentNode } from 'domhandler';

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function hasChildNodes(node: AnyNode): node is ParentNode {
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

/** Every element below `root` in tree order, skipping `<template>` contents (inert in a browser). */
export function descendantElements(root: AnyNode): Element[] {
  const result: Element[] = [];
  const walk = (node: AnyNode): void => {
    if (!hasChildNodes(node)) return;
    for (const child of node.children) {
      if (!isElement(child)) continue;
      result.push(child);
      if (tagName(child) !== 'template') walk(child);
    }
  };
  walk(root);
  return result;
}

export function textContent(node: AnyNode): string {
  if (node.type === 'text' || node.type === 'cdata') {
    return node.type === 'text' ? (node as unknown as { data: string }).data : textContentOfChildren(node);
  }
  return hasChildNodes(node) ? textContentOfChildren(node) : '';
}

function textContentOfChildren(node: AnyNode): string {
  if (!hasChildNodes(node)) return '';
  let text = '';
  for (const child of node.children) {
    if (child.type === 'comment' || child.type === 'directive') continue;
    text += textContent(child);
  }
  return text;
}

/** HTML's "strip and collapse ASCII whitespace". */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ').trim();
}

export function documentRootOf(node: AnyNode): AnyNode {
  let current: AnyNode = node;
  while (current.parent !== null) current = current.parent;
  return current;
}

export function elementById(root: AnyNode, id: string): Element | null {
  return descendantElements(root).find((element) => attr(element, 'id') === id) ?? null;
}
