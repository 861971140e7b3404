/**
 * CSS selectors over the HTTP driver's tree: the dialect's reading of the selector
 * (support/selectors/css-dialect) evaluated by css-select, with the pseudo-classes that depend on the
 * page answered as the browser answers them: `:checked`, `:selected`, `:disabled` and `:enabled` from
 * the form as the user left it (FormState), `:contains()` from the same textContent, `<template>`
 * contents out of reach. Each selector is compiled once per kind of document and kept.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import type { Options } from 'css-select';
import { cheerioAdapter } from '../../selectors/named';
import { lightChildNodes, shadowRootMode, shadowRootTemplate } from '../../selectors/declarative-shadow';
import { shadowPiercingParts } from '../../selectors/shadow-piercing-css';
import { InvalidCssSelector, readCss, type CssComplex, type CssQuery } from '../../selectors/css-dialect';
import { hasAttr, tagName } from './dom';
import { readChecked } from './fields';
import { isCheckable, isDisabled } from './forms/controls';
import { isOptionDisabled } from './forms/options';
import type { FormState } from './forms/state';

// Loaded on the first CSS lookup: many runs find everything by name.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cssSelect = () => require('css-select') as typeof import('css-select');

const dom = cheerioAdapter();

type SelectOptions = Options<AnyNode, Element>;
type CompiledQuery = ReturnType<typeof import('css-select').compile<AnyNode, Element>>;

/** Elements below `nodes` in document order, `<template>` contents and shadow roots left out as in a browser (CSS does not pierce). */
function* elementsUnder(nodes: readonly AnyNode[]): Generator<Element> {
  const pending = [...nodes].reverse();
  while (pending.length > 0) {
    const node = pending.pop() as AnyNode;
    if (!dom.isElement(node)) continue;
    yield node;
    const children = lightChildNodes(node);
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push(children[index]);
  }
}

const ADAPTER: NonNullable<SelectOptions['adapter']> = {
  isTag: (node): node is Element => dom.isElement(node),
  existsOne: (test, nodes) => ADAPTER.findOne(test, nodes) !== null,
  getAttributeValue: (element, name) => (Object.hasOwn(element.attribs, name) ? element.attribs[name] : undefined),
  getChildren: (node) => lightChildNodes(node),
  getName: (element) => element.name,
  getParent: (node) => node.parent,
  getSiblings: (node) => (node.parent === null ? [node] : lightChildNodes(node.parent)),
  getText: (node) => dom.textContent(node),
  hasAttrib: (element, name) => Object.hasOwn(element.attribs, name),
  removeSubsets: (nodes) => nodes,
  findAll: (test, nodes) => {
    const found: Element[] = [];
    for (const element of elementsUnder(nodes)) if (test(element)) found.push(element);
    return found;
  },
  findOne: (test, nodes) => {
    for (const element of elementsUnder(nodes)) if (test(element)) return element;
    return null;
  },
};

/** What one lookup's page-dependent pseudo-classes read; set for the duration of a (synchronous) lookup. */
let lookup: { readonly forms: FormState; readonly scope: Element | null } | null = null;

function current(): NonNullable<typeof lookup> {
  if (lookup === null) throw new Error('a CSS pseudo-class was evaluated outside a lookup');
  return lookup;
}

const DISABLEABLE = new Set(['button', 'input', 'select', 'textarea', 'fieldset', 'optgroup', 'option']);

/** Disabled as the browser's `:disabled` says (null: not an element that can be). */
function disabledness(element: Element): boolean | null {
  const tag = tagName(element);
  if (!DISABLEABLE.has(tag)) return null;
  if (tag === 'option') return isOptionDisabled(element);
  if (tag === 'optgroup') return hasAttr(element, 'disabled');
  return isDisabled(element);
}

function isSelectedOption(element: Element): boolean {
  return tagName(element) === 'option' && readChecked(element, current().forms);
}

const isLink = (element: Element): boolean => ['a', 'area'].includes(tagName(element)) && hasAttr(element, 'href');

/**
 * The pseudo-classes answered here rather than by css-select's own definitions. css-select prefers
 * its built-in aliases (`:checked` from the markup's attributes …) to a function of the same name, so
 * the tokens it is given name these with a prefix (see forCssSelect).
 */
const OWN_PSEUDOS: Readonly<Record<string, (element: Element, argument?: string | null) => boolean>> = {
  checked: (element) => (isCheckable(element) ? current().forms.isChecked(element) : isSelectedOption(element)),
  selected: (element) => isSelectedOption(element),
  disabled: (element) => disabledness(element) === true,
  enabled: (element) => disabledness(element) === false,
  link: (element) => isLink(element),
  'any-link': (element) => isLink(element),
  contains: (element, text) => dom.textContent(element).includes(text as string),
  icontains: (element, text) => dom.textContent(element).toLowerCase().includes((text as string).toLowerCase()),
  scope: (element) => {
    const { scope } = current();
    return scope === null ? element.parent === null || !dom.isElement(element.parent) : element === scope;
  },
};
const OWN_PREFIX = 'mink-';
const PSEUDOS: SelectOptions['pseudos'] = Object.fromEntries(
  Object.entries(OWN_PSEUDOS).map(([name, test]) => [`${OWN_PREFIX}${name}`, test]),
);

/** A copy of the tokens for css-select (which sorts and lower-cases what it is given), the pseudo-classes above renamed. */
function forCssSelect(list: readonly CssComplex[]): CssComplex[] {
  return list.map((complex) =>
    complex.map((token) => {
      if (token.type !== 'pseudo') return { ...token };
      const name = Object.hasOwn(OWN_PSEUDOS, token.name) ? `${OWN_PREFIX}${token.name}` : token.name;
      return { ...token, name, data: Array.isArray(token.data) ? forCssSelect(token.data) : token.data };
    }),
  );
}

const MAX_COMPILED = 500;
const compiled = new Map<string, CompiledQuery>();

function optionsFor(xml: boolean, quirks: boolean): SelectOptions {
  // No cached results: the form state and the scope change between lookups of one compiled selector.
  return { adapter: ADAPTER, pseudos: PSEUDOS, xmlMode: xml, quirksMode: quirks, relativeSelector: false, cacheResults: false };
}

function compiledQuery(query: CssQuery, xml: boolean, quirks: boolean): CompiledQuery {
  const key = `${xml ? 'x' : 'h'}${quirks ? 'q' : 's'}${query.text}`;
  let test = compiled.get(key);
  if (test === undefined) {
    const tokens = forCssSelect(query.list) as unknown as Parameters<typeof import('css-select').compile>[0];
    try {
      test = cssSelect().compile<AnyNode, Element>(tokens, optionsFor(xml, quirks));
    } catch (error) {
      throw new InvalidCssSelector(query.text, (error as Error).message);
    }
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(key, test);
  }
  return test;
}

export interface CssDocument {
  readonly root: Document;
  readonly forms: FormState;
  readonly kind: string;
}

/**
 * Elements of `page` matching `selector`, in document order: all of them, or the descendants of
 * `scope` (as `querySelectorAll`: the rest of the selector may match outside it). Throws
 * InvalidCssSelector for a selector outside the dialect.
 */
export function selectCss(page: CssDocument, selector: string, scope: Element | null): Element[] {
  const parts = shadowPiercingParts(selector);
  if (parts === null) return selectStandardCss(page, selector, scope);
  // `host >>> inside` (see selectors/shadow-piercing-css): each part inside the open shadow roots of the matches of the one before.
  let scopes: Array<Element | null> = [scope];
  let found: Element[] = [];
  for (const part of parts) {
    found = [...new Set(scopes.flatMap((within) => selectStandardCss(page, part, within)))];
    scopes = found.filter((host) => shadowRootMode(host) === 'open').map((host) => shadowRootTemplate(host)?.children[0] as Element);
  }
  return found;
}

function selectStandardCss(page: CssDocument, selector: string, scope: Element | null): Element[] {
  const xml = page.kind === 'xml';
  const quirks = (page.root as Document & { 'x-mode'?: string })['x-mode'] === 'quirks';
  const test = compiledQuery(readCss(selector), xml, quirks);
  const outer = lookup;
  lookup = { forms: page.forms, scope };
  try {
    return cssSelect().selectAll<AnyNode, Element>(test, scope ?? page.root, optionsFor(xml, quirks));
  } finally {
    lookup = outer;
  }
}
