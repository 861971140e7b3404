/**
 * Closed shadow roots over HTTP: the page declares them in its markup (`<template
 * shadowrootmode="closed">`), so the driver knows where they are and can say whether one holds what a
 * named query looked for, though a step never reaches into one (see selectors/declarative-shadow).
 * Only asked when a named query found nothing: the walk costs nothing on a page that succeeds.
 */
import type { AnyNode, Element } from 'domhandler';
import type { ClosedShadowRoot } from '../driver';
import { briefElement } from '../../selectors/brief-element';
import { shadowRootMode, shadowRootTemplate } from '../../selectors/declarative-shadow';
import { cheerioAdapter, type NamedSelectorKind } from '../../selectors/named';
import { findNamedElements } from './selectors';

const dom = cheerioAdapter();

export function closedShadowRootsIn(scope: Element, kind: NamedSelectorKind, locator: string): ClosedShadowRoot[] {
  const closed: ClosedShadowRoot[] = [];
  const pending: AnyNode[] = [...dom.childNodes(scope)].reverse();
  while (pending.length > 0) {
    const node = pending.pop() as AnyNode;
    if (!dom.isElement(node)) continue;
    if (shadowRootMode(node) === 'closed') {
      // The root's content (parse5 keeps it as the template's one child) is searched as a document of its own.
      const content = shadowRootTemplate(node)?.children[0] as Element | undefined;
      const holdsMatch = content !== undefined && findNamedElements(content, content, kind, locator).length > 0;
      closed.push({ host: briefElement({ tag: node.name, id: node.attribs.id ?? null, classes: node.attribs.class ?? null, text: '' }), holdsMatch });
    }
    const children = dom.childNodes(node);
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
  return closed;
}
