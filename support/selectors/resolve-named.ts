/**
 * The named selector engine: it walks the table of kinds (named-kinds) over a DomAdapter. Mink's rule
 * (an exact pass, then a partial pass only when the exact one found nothing, document order among
 * equals) plus Capybara's aria-label and data-testid and its preference for visible elements.
 *
 * The browser driver ships this module's functions to the page as source (ENGINE_FUNCTIONS, see
 * browser-script), so they must stay self-contained: each may reference its parameters, JavaScript
 * built-ins and the other functions listed in ENGINE_FUNCTIONS, nothing else (no imports, no
 * module-level values, no syntax that TypeScript would lower into helper calls). Node code imports
 * them from here, so each rule below is written once for both drivers.
 */
import type { DomAdapter } from './dom-adapter';
import type { ElementReader, LocatorMatcher, NamedKind } from './named-kinds';

type NamedResolveMode = 'find' | 'candidates' | 'behind-modal';

/**
 * Text as matching sees it (Mink's): runs of whitespace, non-breaking spaces included, become one
 * space, and the ends are trimmed. Case is left alone: names match case-sensitively, page text
 * assertions compare lower-cased.
 */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Shown on the page. A closed select draws none of its options: an option is as visible as its select. */
export function isShown<N, E extends N>(dom: DomAdapter<N, E>, element: E): boolean {
  let shown: E | null = element;
  while (shown !== null && (dom.tagName(shown) === 'option' || dom.tagName(shown) === 'optgroup')) shown = dom.parent(shown);
  return shown === null || dom.isRendered(shown);
}

/** Elements below `root` in document order (and `root` itself if asked), never a `<template>`. */
function elementsUnder<N, E extends N>(dom: DomAdapter<N, E>, root: E, includeRoot: boolean): E[] {
  const found: E[] = includeRoot ? [root] : [];
  const childElements = (node: E): E[] => dom.childNodes(node).filter((child): child is E => dom.isElement(child));
  // An explicit stack rather than recursion: a deeply nested page must not overflow the call stack.
  const pending = childElements(root).reverse();
  while (pending.length > 0) {
    const element = pending.pop() as E;
    if (dom.tagName(element) === 'template') continue;
    found.push(element);
    const children = childElements(element);
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
  return found;
}

/**
 * The modal dialog open on the page, among `elements` (the whole document), or null: a `<dialog>` the
 * browser shows modal (showModal()), or a shown element with aria-modal="true" (which asks the same of
 * assistive technology, and over HTTP is the only way markup says it). While one is open a user
 * reaches nothing outside it: the browser makes the rest inert. Several open: an aria-modal element
 * inside a modal `<dialog>` is a dialog within it, one outside it is inert behind it; among equals
 * the last in document order, as the one opened over the others usually is.
 */
function openModal<N, E extends N>(dom: DomAdapter<N, E>, elements: E[]): E | null {
  let modalDialog: E | null = null;
  const marked: E[] = [];
  for (const element of elements) {
    if (dom.tagName(element) === 'dialog' && dom.isModalDialog(element)) modalDialog = element;
    else if ((dom.attribute(element, 'aria-modal') ?? '').trim().toLowerCase() === 'true') marked.push(element);
  }
  const inside = (element: E): boolean => {
    for (let current: E | null = element; current !== null; current = dom.parent(current)) if (current === modalDialog) return true;
    return false;
  };
  for (let i = marked.length - 1; i >= 0; i--) {
    if ((modalDialog === null || inside(marked[i])) && isShown(dom, marked[i])) return marked[i];
  }
  return modalDialog;
}

/**
 * Of `pool`, what a user can reach while `modal` is open (its own elements), or with `behind`, what it
 * keeps out of reach (the rest, but not the elements around it, whose text includes the modal's).
 */
function splitByModal<N, E extends N>(dom: DomAdapter<N, E>, pool: E[], modal: E, behind: boolean): E[] {
  const inModal = new Set(elementsUnder(dom, modal, true));
  if (!behind) return pool.filter((element) => inModal.has(element));
  const aroundModal = new Set<E>();
  for (let current = dom.parent(modal); current !== null; current = dom.parent(current)) aroundModal.add(current);
  return pool.filter((element) => !inModal.has(element) && !aroundModal.has(element));
}

/**
 * An element's text as the page draws it, for names: the flat tree's (a slot's assigned nodes, a
 * host's open shadow root), which textContent, reading the light tree, misses: a design system's
 * `<button><slot></slot></button>` is named by what the page puts in the slot. Style and script
 * contents are no words on the page (a component's root often holds its `<style>`). Each element's
 * text is kept in `cache` for the lookup, and computed without recursion (a deep page must not
 * overflow the stack).
 */
function flatText<N, E extends N>(dom: DomAdapter<N, E>, element: E, cache: Map<E, string>): string {
  const wordless = (node: E): boolean => ['template', 'style', 'script'].includes(dom.tagName(node));
  const pending: E[] = [element];
  while (pending.length > 0) {
    const current = pending[pending.length - 1];
    if (cache.has(current)) {
      pending.pop();
      continue;
    }
    const children = dom.childNodes(current);
    const unread = children.filter((child): child is E => dom.isElement(child) && !wordless(child) && !cache.has(child));
    if (unread.length > 0) {
      for (let i = unread.length - 1; i >= 0; i--) pending.push(unread[i]);
      continue;
    }
    let text = '';
    for (const child of children) {
      const data = dom.textData(child);
      if (data !== null) text += data;
      else if (dom.isElement(child) && !wordless(child)) text += cache.get(child) ?? '';
    }
    cache.set(current, text);
    pending.pop();
  }
  return cache.get(element) ?? '';
}

/** The ElementReader of one lookup, with its labels and images. */
function elementReader<N, E extends N>(dom: DomAdapter<N, E>, documentRoot: E, scope: E) {
  const attr = (element: E, name: string): string | null => dom.attribute(element, name);
  const lowerAttr = (element: E, name: string): string | null => attr(element, name)?.trim().toLowerCase() ?? null;
  // Labels are looked up in the whole document, as Mink's `//label[...]/@for` does (those of the same tree: the document or one shadow root); collected once.
  let labelsByTarget: Map<string, E[]> | null = null;
  const labelsFor = (element: E): E[] => {
    if (labelsByTarget === null) {
      labelsByTarget = new Map();
      for (const label of elementsUnder(dom, documentRoot, true)) {
        const target = dom.tagName(label) === 'label' ? attr(label, 'for') : null;
        if (target !== null) labelsByTarget.set(target, [...(labelsByTarget.get(target) ?? []), label]);
      }
    }
    const id = attr(element, 'id');
    const labels = id === null || id === '' ? [] : labelsByTarget.get(id) ?? [];
    // `for` names an id of the label's own tree: a component's label names its own control, not a twin's in another root.
    return labels.length === 0 ? labels : labels.filter((label) => dom.rootNode(label) === dom.rootNode(element));
  };
  // Wrapping labels count only inside the scope, as Mink's `.//label[...]//field` does.
  const wrappingLabels = (element: E): E[] => {
    const labels: E[] = [];
    for (let current = dom.parent(element); current !== null && current !== scope; current = dom.parent(current)) {
      if (dom.tagName(current) === 'label') labels.push(current);
    }
    return labels;
  };
  const texts = new Map<E, string>();
  const text = (element: E): string => flatText(dom, element, texts);
  const images = (element: E): E[] => elementsUnder(dom, element, false).filter((inner) => dom.tagName(inner) === 'img');
  const reader: ElementReader<E> & { labels(element: E): E[]; images(element: E): E[] } = {
    tag: (element) => dom.tagName(element),
    attr,
    inputType: (element) => lowerAttr(element, 'type') || 'text',
    role: (element) => lowerAttr(element, 'role'),
    text,
    labels: (element) => [...labelsFor(element), ...wrappingLabels(element)],
    labelText: (element) => {
      const [forLabel] = labelsFor(element);
      if (forLabel !== undefined) return text(forLabel);
      const [wrapping] = wrappingLabels(element);
      // A wrapping label's text includes the field's own text (a select's options): leave that out.
      return wrapping === undefined ? null : text(wrapping).replace(text(element), ' ');
    },
    images,
    imageAlt: (element) =>
      images(element).map((image) => normalizeWhitespace(attr(image, 'alt') ?? '')).find((alt) => alt !== '') ?? null,
  };
  return reader;
}

type Reader<E> = ReturnType<typeof elementReader<unknown, E>>;

/** The tests of the exact (`exact`) or the partial pass for `locator`. */
function locatorMatcher<E>(read: Reader<E>, locator: string, exact: boolean): LocatorMatcher<E> {
  const wantedText = normalizeWhitespace(locator);
  const textMatches = (element: E): boolean => {
    const text = normalizeWhitespace(read.text(element));
    return exact ? text === wantedText : text.includes(wantedText);
  };
  const has = (element: E, name: string): boolean => {
    const value = read.attr(element, name);
    return value !== null && (exact ? value === locator : value.includes(locator));
  };
  return {
    is: (element, name) => read.attr(element, name) === locator,
    has,
    text: textMatches,
    label: (element) => read.labels(element).some(textMatches),
    imageAlt: (element) => read.images(element).some((image) => has(image, 'alt')),
  };
}

/**
 * The matches of `kind` among `pool`. Visible elements first, as Capybara finds them: a hidden twin
 * (a collapsed menu's "Save") never shadows the one a user sees. Among visible elements Mink's rule
 * holds: exact matches, else partial ones, in document order. Hidden matches are the last resort.
 */
function findMatches<N, E extends N>(dom: DomAdapter<N, E>, kind: NamedKind<E>, pool: E[], read: Reader<E>, locator: string): E[] {
  const ofKind = pool.filter((element) => kind.elements(element, read));
  const pass = (exact: boolean): E[] => {
    const match = locatorMatcher(read, locator, exact);
    return ofKind.filter((element) => kind.matches(element, match, read));
  };
  const shown = (element: E): boolean => isShown(dom, element);
  const exact = pass(true);
  let found = exact.filter(shown);
  if (found.length === 0) {
    const partial = pass(false);
    found = partial.filter(shown);
    if (found.length === 0) found = exact.length > 0 ? exact : partial;
  }
  return kind.innermost ? innermostOnly(dom, found) : found;
}

/** Leaves out every element that holds another one of `found`. */
function innermostOnly<N, E extends N>(dom: DomAdapter<N, E>, found: E[]): E[] {
  const enclosing = new Set<E>();
  for (const element of found) {
    for (let current = dom.parent(element); current !== null && !enclosing.has(current); current = dom.parent(current)) {
      enclosing.add(current);
    }
  }
  return found.filter((element) => !enclosing.has(element));
}

/**
 * For every element of `kind` in `pool`: its non-empty names, normalised, each once; one entry per
 * label, and an empty entry for each element with no name (a not-found message counts them: "there are
 * no form fields" would be untrue of a page whose one field has nothing to find it by), unless every
 * element is of the kind.
 */
function candidateNames<E>(kind: NamedKind<E>, pool: E[], read: Reader<E>): string[][] {
  const candidates: string[][] = [];
  const shownLabels = new Set<string>();
  for (const element of pool) {
    if (!kind.elements(element, read)) continue;
    const names: string[] = [];
    for (const value of kind.names(element, read)) {
      const name = value === null ? '' : normalizeWhitespace(value);
      if (name !== '' && !names.includes(name)) names.push(name);
    }
    if (names.length === 0 ? kind.everyElement === true : shownLabels.has(names[0])) continue;
    if (names.length > 0) shownLabels.add(names[0]);
    candidates.push(names);
  }
  return candidates;
}

/**
 * One named lookup in `scope` (labels are looked up in the whole `documentRoot`). While a modal dialog
 * is open (openModal), only what is inside it is searched: the rest of the page is out of reach.
 * - mode `find`: the matching elements of `scope` (descendants; `content` also the scope itself), in
 *   document order, each once; `content` returns the innermost matches only.
 * - mode `candidates`: for every element of that kind in `scope`, in document order, its names: first
 *   the short label to show, then the other names it answers to (id, name, placeholder …), so a "did
 *   you mean" can match a typo of any of them. One entry per label, an empty one per element with no
 *   name; the locator is ignored.
 * - mode `behind-modal`: what `find` would match in `scope` outside the open modal, which it keeps out
 *   of reach (none when no modal is open), for a not-found message to name.
 */
export function resolveNamed<N, E extends N>(
  kinds: Record<string, NamedKind<E>>,
  dom: DomAdapter<N, E>,
  documentRoot: E,
  scope: E,
  kindName: string,
  locator: string,
  mode: NamedResolveMode,
): Array<E | string[]> {
  const kind = Object.prototype.hasOwnProperty.call(kinds, kindName) ? kinds[kindName] : undefined;
  if (kind === undefined) {
    throw new Error(`Unknown named selector kind "${kindName}": use one of ${Object.keys(kinds).join(', ')}`);
  }
  if (mode !== 'find' && mode !== 'candidates' && mode !== 'behind-modal') {
    throw new Error(`Unknown named selector mode "${mode}": use find, candidates or behind-modal`);
  }
  const read = elementReader(dom, documentRoot, scope);
  const pool = elementsUnder(dom, scope, mode !== 'candidates' && kind.innermost === true);
  const modal = openModal(dom, scope === documentRoot ? pool : elementsUnder(dom, documentRoot, true));
  if (mode === 'behind-modal') return modal === null ? [] : findMatches(dom, kind, splitByModal(dom, pool, modal, true), read, locator);
  const reachable = modal === null ? pool : splitByModal(dom, pool, modal, false);
  if (mode === 'candidates') return candidateNames(kind, reachable, read);
  return findMatches(dom, kind, reachable, read, locator);
}

/** Every function of the engine: what the page needs besides the kind table and a DomAdapter. */
export const ENGINE_FUNCTIONS: ReadonlyArray<(...args: never[]) => unknown> = [
  normalizeWhitespace, isShown, elementsUnder, openModal, splitByModal, flatText, elementReader, locatorMatcher, findMatches, innermostOnly,
  candidateNames, resolveNamed,
];
