/**
 * The few questions the selector engine asks about a tree of elements. Small enough to implement over
 * cheerio's domhandler nodes in Node and over real DOM nodes in a browser, so one engine serves both.
 */
export interface DomAdapter<N> {
  /** Element children only, in document order. */
  children(node: N): N[];
  /** Lower-case tag name. */
  tagName(node: N): string;
  attribute(node: N, name: string): string | null;
  /** Raw textContent (the contents of `<template>` are not part of it, as in a browser). */
  textContent(node: N): string;
  parent(node: N): N | null;
  /** Rendered in a browser; over HTTP, not hidden by the markup (see markup-visibility). */
  isVisible(node: N): boolean;
}

/** A view that also sees text nodes: what page-text extraction needs. */
export interface TextDomAdapter<N> {
  /** Every child node (elements, text, comments …), in document order. */
  childNodes(node: N): N[];
  isElement(node: N): boolean;
  isText(node: N): boolean;
  /** The character data of a text node. */
  data(node: N): string;
  /** Lower-case tag name of an element. */
  tagName(node: N): string;
  attribute(node: N, name: string): string | null;
}
