/**
 * Named selectors (Mink's `named` engine, Capybara's selectors), defined once for both drivers:
 * the HTTP driver runs the engine over cheerio nodes, the browser driver ships the same functions
 * to the page (browserNamedScript).
 */
import type { DomAdapter } from './dom-adapter';
import { NAMED_KINDS, type NamedSelectorKind } from './kinds';
import type { NamedKind } from './named-kinds';
import { resolveNamed } from './resolve-named';

export { NAMED_SELECTOR_KINDS } from './kinds';
export type { NamedSelectorKind } from './kinds';
export { normalizeWhitespace, isShown } from './resolve-named';
export { visibleText } from './visible-text';
export { cheerioAdapter, cheerioDocumentRoot } from './cheerio-adapter';
export { browserNamedScript, browserIsShownScript, browserNamedInShadowRootScript } from './browser-script';
export { describeNamedKind, offersCaseHint } from './describe';
export { closestMatches, editDistance } from './closest-matches';

/** The table typed for the caller's elements: its functions accept any element. */
function kindsFor<E>(): Record<string, NamedKind<E>> {
  return NAMED_KINDS as Record<string, NamedKind<unknown>>;
}

/**
 * Elements of `scope` matching `locator`, in document order: exact matches, or, only when there are
 * none, partial matches. Labels (`label[for]`) are looked up in the whole `documentRoot`. While a
 * modal dialog is open, only its elements; with `behindModal`, instead the matches it keeps out of reach.
 */
export function findNamed<N, E extends N>(
  dom: DomAdapter<N, E>, documentRoot: E, scope: E, kind: NamedSelectorKind, locator: string, behindModal = false,
): E[] {
  return resolveNamed(kindsFor<E>(), dom, documentRoot, scope, kind, locator, behindModal ? 'behind-modal' : 'find') as E[];
}

/**
 * Every element of that kind in `scope`, in document order, as its names: the label to show first,
 * then the other names it answers to (see NamedCandidate).
 */
export function namedCandidates<N, E extends N>(dom: DomAdapter<N, E>, documentRoot: E, scope: E, kind: NamedSelectorKind): NamedCandidate[] {
  return resolveNamed(kindsFor<E>(), dom, documentRoot, scope, kind, '', 'candidates') as NamedCandidate[];
}

/** The names of one element: `[label to show, other names it answers to …]`; empty for an element with no name. */
export type NamedCandidate = readonly string[];
