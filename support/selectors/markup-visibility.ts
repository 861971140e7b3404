/**
 * What "hidden" means without a browser, for the HTTP driver: what the markup alone says. The page
 * text reader (visible-text) leaves out exactly these elements, and isVisible answers false for them
 * and for everything inside them, so text a reader cannot see is never "visible" and the reverse.
 *
 * Stylesheets are not applied: an element hidden by a class still counts as shown. A client without
 * JavaScript renders `<noscript>`, so its content is shown here (a browser running scripts does not).
 * A descendant's own `visibility: visible` is not honoured: a hidden element hides all it holds.
 *
 * Folded away, as browsers draw them: a `<dialog>` without `open`, and everything in a `<details>`
 * without `open` but its summary (its first `<summary>` child), nested ones included.
 */
import type { DomAdapter } from './dom-adapter';

/** Never drawn: document metadata, scripts, inert templates, a datalist's suggestions. */
const NEVER_RENDERED = new Set(['head', 'title', 'meta', 'link', 'script', 'style', 'template', 'datalist']);

type MarkupQuestions<N, E extends N> = Pick<DomAdapter<N, E>, 'tagName' | 'attribute' | 'parent' | 'childNodes' | 'isElement'>;

/**
 * Hidden by its own markup: a never-rendered element, the `hidden` attribute, `<input type=hidden>`,
 * a closed `<dialog>`, or an inline `display: none` or `visibility: hidden | collapse`.
 */
export function hiddenByOwnMarkup<N, E extends N>(dom: MarkupQuestions<N, E>, element: E): boolean {
  const tag = dom.tagName(element);
  if (NEVER_RENDERED.has(tag) || dom.attribute(element, 'hidden') !== null) return true;
  if (tag === 'dialog' && dom.attribute(element, 'open') === null) return true;
  if (tag === 'input' && (dom.attribute(element, 'type') ?? '').trim().toLowerCase() === 'hidden') return true;
  const style = dom.attribute(element, 'style');
  if (style === null) return false;
  const declared = inlineDeclarations(style);
  const visibility = declared.get('visibility');
  return declared.get('display') === 'none' || visibility === 'hidden' || visibility === 'collapse';
}

/** The children a browser draws: all of them, but of a `<details>` without `open` only its summary (its first `<summary>` child). */
export function unfoldedChildren<N, E extends N>(dom: MarkupQuestions<N, E>, node: N): N[] {
  const children = dom.childNodes(node);
  if (!dom.isElement(node) || dom.tagName(node) !== 'details' || dom.attribute(node, 'open') !== null) return children;
  const summary = children.find((child) => dom.isElement(child) && dom.tagName(child) === 'summary');
  return summary === undefined ? [] : [summary];
}

/** Rendered unless the element or one around it is hidden by its own markup or folded away. */
export function renderedInMarkup<N, E extends N>(dom: MarkupQuestions<N, E>, element: E): boolean {
  for (let current: E | null = element; current !== null; ) {
    if (hiddenByOwnMarkup(dom, current)) return false;
    const parent: E | null = dom.parent(current);
    if (parent !== null && dom.tagName(parent) === 'details' && !unfoldedChildren(dom, parent).includes(current)) return false;
    current = parent;
  }
  return true;
}

/** An inline style's declarations, property → value, lower-case, `!important` dropped; the last one wins, as in CSS. */
function inlineDeclarations(style: string): Map<string, string> {
  const declared = new Map<string, string>();
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const value = declaration.slice(colon + 1).replace(/!\s*important\s*$/i, '');
    declared.set(declaration.slice(0, colon).trim().toLowerCase(), value.trim().toLowerCase());
  }
  return declared;
}
