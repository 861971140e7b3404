/**
 * One CSS dialect for both drivers (Mink hands every driver's CSS to Symfony's CssSelector, so a
 * Behat suite writes `tr:contains('Frankenstein')` whatever runs it). A selector is read once, in
 * Node, by css-syntax: what it refuses, both drivers refuse with the same message. What it accepts
 * is evaluated by css-select over HTTP and by the browser itself, with the extensions walked by
 * css-page-script, so both find the same elements.
 *
 * Inside an element a selector finds the element's descendants as `querySelectorAll` (and WebDriver)
 * does: the rest of the selector may match outside it (`table tr` inside a table finds its rows), and
 * `:scope` is that element.
 */
import { PSEUDO_CLASSES, CssSyntaxError, parseSelectorList, type CssComplex, type CssToken } from './css-syntax';
import type { PagePlan, PlanCombinator, PlanComplex, PlanCompound, PlanFilter } from './css-page-script';

export { browserCssPlanScript, browserShadowPiercingCssScript } from './css-page-script';
export { pseudoClassNames } from './css-syntax';
export type { CssComplex } from './css-syntax';

/** A selector either driver refuses: the message names the selector and the part not understood. */
export class InvalidCssSelector extends Error {
  constructor(selector: string, reason: string) {
    super(`Invalid CSS selector "${selector}": ${reason}`);
  }
}

/** What the browser is given: standard CSS it evaluates itself, or a plan for css-page-script. */
export type BrowserCssLookup = { readonly css: string } | { readonly plan: PagePlan };

const COMBINATOR_SOURCE: Readonly<Record<string, string>> = { descendant: ' ', child: ' > ', adjacent: ' + ', sibling: ' ~ ' };

type CombinatorToken = Extract<CssToken, { type: PlanCombinator }>;
type PseudoToken = Extract<CssToken, { type: 'pseudo' }>;

function isCombinator(token: CssToken): token is CombinatorToken {
  return token.type in COMBINATOR_SOURCE;
}

function isPseudo(token: CssToken): token is PseudoToken {
  return token.type === 'pseudo';
}

function selectorData(token: CssToken): CssComplex[] | null {
  return isPseudo(token) && Array.isArray(token.data) ? token.data : null;
}

/** Whether `list` uses one of `names`, at any depth. */
function uses(list: readonly CssComplex[], names: ReadonlySet<string>): boolean {
  return list.some((complex) =>
    complex.some((token) => (isPseudo(token) && names.has(token.name)) || uses(selectorData(token) ?? [], names)),
  );
}

const EXTENSIONS = new Set(Object.keys(PSEUDO_CLASSES).filter((name) => PSEUDO_CLASSES[name].extension));
const WALKED = new Set([...EXTENSIONS, 'scope']);

/** The selector written back as standard CSS (the extensions' native forms in place). */
function nativeCss(list: readonly CssComplex[]): string {
  return list.map((complex) => complex.map(nativeToken).join('').trim()).join(', ');
}

function nativeToken(token: CssToken): string {
  if (isCombinator(token)) return COMBINATOR_SOURCE[token.type];
  const data = selectorData(token);
  if (isPseudo(token) && data !== null) return `:${token.name}(${nativeCss(data)})`;
  if (isPseudo(token)) return PSEUDO_CLASSES[token.name].native ?? (token.source as string);
  return token.source as string;
}

function planList(list: readonly CssComplex[], relative: boolean): PlanComplex[] {
  return list.map((complex) => planComplex(complex, relative));
}

/** A complex selector as compounds, rightmost first, each with the combinator on its left. */
function planComplex(complex: CssComplex, relative: boolean): PlanComplex {
  const parts: PlanCompound[] = [];
  let left: PlanCombinator | null = null;
  let tokens: CssToken[] = [];
  for (const token of complex) {
    if (!isCombinator(token)) {
      tokens.push(token);
      continue;
    }
    if (tokens.length > 0) parts.unshift(planCompound(tokens, left));
    tokens = [];
    left = token.type;
  }
  parts.unshift(planCompound(tokens, left));
  return { parts, relative };
}

function planCompound(tokens: CssToken[], combinator: PlanCombinator | null): PlanCompound {
  let css = '';
  const filters: PlanFilter[] = [];
  for (const token of tokens) {
    const data = selectorData(token);
    if (isPseudo(token) && EXTENSIONS.has(token.name)) {
      filters.push({ contains: token.data as string, ignoreCase: token.name === 'icontains' });
    } else if (isPseudo(token) && token.name === 'scope') {
      filters.push({ scope: true });
    } else if (isPseudo(token) && data !== null && uses(data, WALKED)) {
      const relative = token.name === 'has';
      const list = planList(data, relative);
      filters.push(token.name === 'not' ? { not: list } : relative ? { has: list } : { is: list });
    } else {
      css += nativeToken(token);
    }
  }
  return { css: css === '' ? null : css, filters, combinator };
}

/** One selector as read by the dialect; each driver asks it for the form it evaluates. */
export class CssQuery {
  private browserLookup: BrowserCssLookup | undefined;

  constructor(
    readonly text: string,
    /** css-what's tokens, for css-select. */
    readonly list: readonly CssComplex[],
  ) {}

  /** Standard CSS for the browser's own engine, or, with an extension, a plan for css-page-script. */
  forBrowser(): BrowserCssLookup {
    if (this.browserLookup === undefined) {
      if (!uses(this.list, EXTENSIONS)) {
        this.browserLookup = { css: nativeCss(this.list) };
      } else {
        const plan = planList(this.list, false);
        const rightmost = plan.map((complex) => complex.parts[0].css);
        this.browserLookup = { plan: { candidates: rightmost.includes(null) ? '*' : rightmost.join(', '), list: plan } };
      }
    }
    return this.browserLookup;
  }
}

const MAX_CACHED = 500;
const cache = new Map<string, CssQuery | InvalidCssSelector>();

/** `text` read as the dialect's CSS (cached); throws InvalidCssSelector for what neither driver accepts. */
export function readCss(text: string): CssQuery {
  let read = cache.get(text);
  if (read === undefined) {
    try {
      read = new CssQuery(text, parseSelectorList(text));
    } catch (error) {
      if (!(error instanceof CssSyntaxError)) throw error;
      read = new InvalidCssSelector(text, error.message);
    }
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, read);
  }
  if (read instanceof InvalidCssSelector) throw read;
  return read;
}
