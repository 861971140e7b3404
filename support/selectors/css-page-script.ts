/**
 * The page side of CSS selectors that use an extension (`:contains()`, `:icontains()`): a browser
 * cannot evaluate those natively, so the selector arrives as a plan (see css-dialect) and this
 * function, shipped as source to the page with one `executeScript`, walks it. Everything standard in
 * a compound is still the browser's own `Element.matches`; only the extensions, `:scope`, and the
 * combinators around them are walked here.
 *
 * It must stay self-contained (it runs in the page from its source): no imports, no module-level
 * values, no syntax TypeScript would lower into helpers.
 */

export type PlanCombinator = 'descendant' | 'child' | 'adjacent' | 'sibling';

/** What the browser's `matches` cannot answer. */
export type PlanFilter =
  | { readonly contains: string; readonly ignoreCase: boolean }
  | { readonly scope: true }
  | { readonly not: readonly PlanComplex[] }
  | { readonly is: readonly PlanComplex[] }
  | { readonly has: readonly PlanComplex[] };

/** One compound: its standard part as CSS (null: any element), the rest as filters. */
export interface PlanCompound {
  readonly css: string | null;
  readonly filters: readonly PlanFilter[];
  /** How the compound to its left (or, last in a relative selector, the `:has()` element) relates to it. */
  readonly combinator: PlanCombinator | null;
}

/** One complex selector, its rightmost compound first; `relative`: the argument of `:has()`. */
export interface PlanComplex {
  readonly parts: readonly PlanCompound[];
  readonly relative: boolean;
}

export interface PagePlan {
  /** Standard CSS every match matches (the rightmost compounds): the browser narrows the search. */
  readonly candidates: string;
  readonly list: readonly PlanComplex[];
}

/** Elements below `scope` (or in the document) matching the plan, in document order. */
function matchCssPlan(scope: Element | null, plan: PagePlan): Element[] {
  const scopeElement = scope ?? document.documentElement;

  function related(element: Element, combinator: PlanCombinator | null, test: (other: Element) => boolean): boolean {
    if (combinator === 'child' || combinator === 'adjacent') {
      const other = combinator === 'child' ? element.parentElement : element.previousElementSibling;
      return other !== null && test(other);
    }
    const step = (current: Element): Element | null => (combinator === 'sibling' ? current.previousElementSibling : current.parentElement);
    for (let other = step(element); other !== null; other = step(other)) if (test(other)) return true;
    return false;
  }

  function matchesComplex(element: Element, complex: PlanComplex, index: number, anchor: Element | null): boolean {
    const part = complex.parts[index];
    if (!matchesCompound(element, part)) return false;
    if (index === complex.parts.length - 1) {
      return !complex.relative || related(element, part.combinator ?? 'descendant', (other) => other === anchor);
    }
    return related(element, part.combinator, (other) => matchesComplex(other, complex, index + 1, anchor));
  }

  function matchesAny(element: Element, list: readonly PlanComplex[], anchor: Element | null): boolean {
    return list.some((complex) => matchesComplex(element, complex, 0, anchor));
  }

  function hasMatch(element: Element, list: readonly PlanComplex[]): boolean {
    // Siblings after the element (and what they hold) for `:has(+ x)` and `:has(~ x)`, else what it holds.
    const toSiblings = list.some((complex) => {
      const combinator = complex.parts[complex.parts.length - 1].combinator;
      return combinator === 'adjacent' || combinator === 'sibling';
    });
    const around = toSiblings && element.parentElement !== null ? element.parentElement : element;
    return Array.from(around.querySelectorAll('*')).some((candidate) => matchesAny(candidate, list, element));
  }

  function matchesFilter(element: Element, filter: PlanFilter): boolean {
    if ('contains' in filter) {
      const text = element.textContent ?? '';
      return filter.ignoreCase ? text.toLowerCase().includes(filter.contains.toLowerCase()) : text.includes(filter.contains);
    }
    if ('scope' in filter) return element === scopeElement;
    if ('not' in filter) return !matchesAny(element, filter.not, null);
    if ('is' in filter) return matchesAny(element, filter.is, null);
    return hasMatch(element, filter.has);
  }

  function matchesCompound(element: Element, part: PlanCompound): boolean {
    if (part.css !== null && !element.matches(part.css)) return false;
    return part.filters.every((filter) => matchesFilter(element, filter));
  }

  const candidates = (scope ?? document).querySelectorAll(plan.candidates);
  return Array.from(candidates).filter((element) => matchesAny(element, plan.list, null));
}

/** A WebDriver `executeScript` body: arguments[0] the scope element or null, arguments[1] the plan. */
const CSS_PLAN_SCRIPT = `${matchCssPlan.toString()}\nreturn matchCssPlan(arguments[0] || null, arguments[1]);`;

export function browserCssPlanScript(): string {
  return CSS_PLAN_SCRIPT;
}

/**
 * Elements matching a `host >>> inside` selector (shadow-piercing-css), or a plain one (one part):
 * each part (`{ css }` or `{ plan }`) is looked for in the open shadow roots of the matches of the
 * part before it. Self-contained but for matchCssPlan, shipped beside it.
 */
function matchPiercing(scope: Element | null, lookups: ReadonlyArray<{ readonly css?: string; readonly plan?: PagePlan }>): Element[] {
  let roots: Array<Element | ShadowRoot | null> = [scope];
  let found: Element[] = [];
  for (const lookup of lookups) {
    found = [];
    for (const root of roots) {
      const matches = lookup.plan ? matchCssPlan(root as Element | null, lookup.plan) : Array.from((root ?? document).querySelectorAll(lookup.css ?? '*'));
      for (const match of matches) if (!found.includes(match)) found.push(match);
    }
    roots = found.map((host) => host.shadowRoot).filter((root): root is ShadowRoot => root !== null);
  }
  return found;
}

/** A WebDriver `executeScript` body for `host >>> inside`: arguments[0] the scope element or null, arguments[1] one lookup per part. */
const SHADOW_PIERCING_SCRIPT = `${matchCssPlan.toString()}\n${matchPiercing.toString()}\nreturn matchPiercing(arguments[0] || null, arguments[1]);`;

/**
 * The source of `matchPiercing(scope, lookups)` and what it calls, for a page script of another
 * module (the accessibility check's region), in a browser or in jsdom: the dialect's CSS found
 * there as the finders find it.
 */
export function cssLookupFunctionsSource(): string {
  return `${matchCssPlan.toString()}\n${matchPiercing.toString()}`;
}

export function browserShadowPiercingCssScript(): string {
  return SHADOW_PIERCING_SCRIPT;
}
