/**
 * The element objects the Session hands out, each with how to find it (again) and how to name it
 * when it cannot be used: by CSS or named selector, by name inside a region, the Nth of a name, or by
 * the text it shows. Finding itself follows the rules of element-finder.ts; acting is MinkElement's.
 */
import type { Driver } from '../drivers/driver';
import { briefHandle } from './brief-handle';
import { NAMED_KINDS } from '../selectors/kinds';
import { describeNamedKind, type NamedSelectorKind } from '../selectors/named';
import { MinkElement, type ElementSession, type SelectorArgument, type SelectorType } from './element';
import { whenReported, type ElementFinder } from './element-finder';
import { ElementNotFoundError } from './errors';
import { notFoundHints, ordinal, sameNameHint } from './not-found-hints';

export class ElementLocators {
  constructor(
    private readonly session: ElementSession,
    private readonly driver: Driver,
    private readonly finder: ElementFinder,
  ) {}

  /** `('css', x)`, `(kind, x)` or Mink's `('named', [kind, x])`, inside `within` when given. With CSS, the first match a user can see. */
  bySelector(selector: SelectorType, locator: SelectorArgument, within?: MinkElement): MinkElement {
    const [kind, name] = namedOrCss(selector, locator);
    const scope = () => within?.handle();
    if (kind === 'css') {
      return new MinkElement(this.session, {
        find: async () => this.finder.firstVisible(name, await scope()),
        noVisibleMatch: `no visible element matches css "${name}"`,
        // Named as the step names it, by either driver (over HTTP an element's own description is its tag and text).
        label: `element "${name}"`,
        wrongKindHint: async () => firstMatchHint(name, (await this.driver.findAll({ css: name }, await scope())).length),
      });
    }
    return new MinkElement(this.session, { find: async () => this.finder.named(kind, name, await scope()), noVisibleMatch: noVisibleNamed(kind, name) });
  }

  /** Every match now (none is an empty list: no wait), each as an element object. */
  async all(selector: SelectorType, locator: SelectorArgument, within?: MinkElement): Promise<MinkElement[]> {
    const [kind, name] = namedOrCss(selector, locator);
    const handles = await this.driver.findAll(kind === 'css' ? { css: name } : { named: kind, locator: name }, await within?.handle());
    return handles.map((handle) => new MinkElement(this.session, { find: async () => handle, noVisibleMatch: `${handle.description} is not visible` }));
  }

  /** A named element, in the first element matching `regionCss` that holds one (or the whole page). */
  named(kind: NamedSelectorKind, locator: string, regionCss: string | undefined, label?: string): MinkElement {
    return new MinkElement(this.session, {
      find: () => this.finder.namedInRegion(kind, locator, regionCss),
      noVisibleMatch: noVisibleNamed(kind, locator),
      label,
      // The page's first match is the one acted on, unless a region chose another.
      sameName: () => this.sameNameHint(kind, locator, regionCss === undefined ? 1 : undefined),
    });
  }

  /** The `position`-th (1 for the first) of the elements a named selector matches, in document order. */
  nth(kind: NamedSelectorKind, locator: string, position: number): MinkElement {
    return new MinkElement(this.session, {
      find: async () => {
        const found = await this.driver.findAll({ named: kind, locator });
        if (found.length >= position) return found[position - 1];
        throw new ElementNotFoundError(
          `${describeNamedKind(kind)} "${locator}" number ${position} not found: ${found.length === 0 ? 'none matches' : `only ${found.length} match${found.length === 1 ? 'es' : ''}`}.`,
        );
      },
      noVisibleMatch: `the ${ordinal(position)} ${NAMED_KINDS[kind].noun} "${locator}" is hidden`,
      sameName: () => this.sameNameHint(kind, locator, position),
    });
  }

  /** What shows `text`: a link or button first (by the names they are found by), else the innermost element whose text contains it. */
  byText(text: string): MinkElement {
    return new MinkElement(this.session, {
      find: async () => {
        const [clickable] = await this.driver.findAll({ named: 'link_or_button', locator: text });
        if (clickable) return clickable;
        const [element] = await this.driver.findAll({ named: 'content', locator: text });
        if (element) return element;
        const hints = async () => notFoundHints('link_or_button', text, await this.driver.namedCandidates('link_or_button'));
        throw new ElementNotFoundError(`No link, button or other element with the text "${text}" found.`, await whenReported(hints));
      },
      noVisibleMatch: `no visible element shows "${text}"`,
    });
  }

  /** The page's elements of that name, each named briefly, when there are several (see sameNameHint). */
  private async sameNameHint(kind: NamedSelectorKind, locator: string, clicked?: number): Promise<string | null> {
    const found = await this.driver.findAll({ named: kind, locator });
    if (found.length < 2) return null;
    const described = await Promise.all(found.map((handle) => briefHandle(this.driver, handle)));
    return sameNameHint(kind, locator, described, clicked);
  }
}

/** `('css', x)`, `(kind, x)` and Mink's `('named', [kind, x])` as one pair. */
function namedOrCss(selector: SelectorType, locator: SelectorArgument): ['css' | NamedSelectorKind, string] {
  if (selector === 'named') {
    if (typeof locator === 'string' || !(locator[0] in NAMED_KINDS)) throw new TypeError(`find('named', …) takes [kind, locator], e.g. find('named', ['button', 'Save']); got "${locator}".`);
    return [locator[0], locator[1]];
  }
  if (typeof locator !== 'string') throw new TypeError(`find('${selector}', …) takes a string locator; [kind, locator] goes with 'named'.`);
  if (selector !== 'css' && !(selector in NAMED_KINDS)) {
    throw new TypeError(`find('${String(selector)}', …): unknown selector; use 'css', 'named' or one of ${Object.keys(NAMED_KINDS).join(', ')}.`);
  }
  return [selector, locator];
}

function noVisibleNamed(kind: NamedSelectorKind, locator: string): string {
  return `no visible ${NAMED_KINDS[kind].noun} matches "${locator}"`;
}

/**
 * A step given CSS acts on the first visible match: when that is not the element meant (a heading that
 * has its field's class), the selector must match the element meant alone.
 */
function firstMatchHint(css: string, matches: number): string | null {
  if (matches < 2) return null;
  return `${matches} elements match "${css}", and a step given CSS acts on the first visible one: write a selector that matches only the element meant.`;
}
