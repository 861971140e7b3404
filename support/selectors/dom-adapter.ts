/**
 * The few questions the selector engine and the page-text reader ask about a document: small enough
 * to answer over cheerio's domhandler nodes in Node (cheerio-adapter) and over real DOM nodes in a
 * browser (browser-script), so one engine serves both drivers.
 *
 * `N` is any node (element, text, comment, document); `E` the elements among them.
 */
export interface DomAdapter<N, E extends N = N> {
  /**
   * Every child node as the browser draws them (the flat tree), in document order: an open shadow
   * root's host gives its shadow root's children, a `<slot>` the nodes assigned to it (else its own).
   * A `<template>`'s contents are not among them, nor what a closed shadow root holds.
   */
  childNodes(node: N): N[];
  isElement(node: N): node is E;
  /** The characters of a text node; null for any other node. */
  textData(node: N): string | null;
  /** Lower-case tag name. */
  tagName(element: E): string;
  attribute(element: E, name: string): string | null;
  /** The parent element (for a shadow root's child, its host); null at the top. */
  parent(node: N): E | null;
  /** The root of the node's tree, as `getRootNode()`: the document, or the shadow root it is in (ids are unique within one). */
  rootNode(node: N): N;
  /** The DOM's textContent (a `<template>`'s contents and shadow roots left out). */
  textContent(node: N): string;
  /**
   * Drawn on the page: in a browser from computed style, over HTTP from the markup (see
   * markup-visibility). Options are answered through their select (see isShown in resolve-named).
   */
  isRendered(element: E): boolean;
  /**
   * A `<dialog>` the browser shows modal (opened with showModal(): CSS `:modal`), which makes the rest
   * of the page inert. Markup cannot say so (its `open` attribute shows a dialog that is not modal): false over HTTP.
   */
  isModalDialog(dialog: E): boolean;
}
