/**
 * Named selectors (Mink's `named` engine, Capybara's selectors), defined once for both drivers:
 * the HTTP driver runs the engine over cheerio nodes, the browser driver ships the same function
 * to the page (browserNamedScript).
 */
import type { DomAdapter } from './dom-adapter';
import type { NamedSelectorKind } from './kinds';
import { resolveNamed } from './resolve-named';

export { NAMED_SELECTOR_KINDS, isNamedSelectorKind } from './kinds';
export type { NamedSelectorKind } from './kinds';
export type { DomAdapter, TextDomAdapter } from './dom-adapter';
export { resolveNamed } from './resolve-named';
export type { NamedResolveMode } from './resolve-named';
export { visibleText } from './visible-text';
export { cheerioAdapter, cheerioTextAdapter, cheerioDocumentRoot } from './cheerio-adapter';
export { browserNamedScript, browserVisibleTextScript } from './browser-script';
export { describeNamedKind } from './describe';
export { closestMatches, editDistance } from './closest-matches';

/**
 * Elements of `scope` matching `locator`, in document order: exact matches, or, only when there are
 * none, partial matches. Labels (`label[for]`) are looked up in the whole `documentRoot`.
 */
export function findNamed<N>(
  dom: DomAdapter<N>, documentRoot: N, scope: N, kind: NamedSelectorKind, locator: string,
): N[] {
  return resolveNamed(dom, documentRoot, scope, kind, locator, 'find') as N[];
}

/**
 * Every element of that kind in `scope`, in document order, as its names: the label to show first,
 * then the other names it answers to (see NamedCandidate).
 */
export function namedCandidates<N>(dom: DomAdapter<N>, documentRoot: N, scope: N, kind: NamedSelectorKind): NamedCandidate[] {
  return resolveNamed(dom, documentRoot, scope, kind, '', 'candidates') as NamedCandidate[];
}

/** The names of one element: `[label to show, other names it answers to …]`, never empty. */
export type NamedCandidate = readonly string[];
