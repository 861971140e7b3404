/**
 * Finding elements once (Mink's ElementFinder): by named selector, inside regions, or by CSS, with a
 * not-found failure that says what was looked for and what was close. The Session wraps these in
 * synchronize() where a step waits for the element.
 */
import type { Driver, ElementHandle } from '../drivers/driver';
import { describeNamedKind, type NamedCandidate, type NamedSelectorKind } from '../selectors/named';
import { ElementNotFoundError, type PendingHints } from './errors';
import { availableNamesHint, behindModalHint, notFoundHints, OTHER_KIND, otherKindHint } from './not-found-hints';
import { closedShadowRootsNote, insideClosedShadowRootHint } from './closed-shadow-root-hints';
import { isInsideWait } from './synchronize';

/**
 * A miss's hints now, or, inside a wait (which retries and reports only its last miss), when that
 * one is reported: Session.synchronize explains it.
 */
export async function whenReported(hints: PendingHints): Promise<string[] | PendingHints> {
  return isInsideWait() ? hints : hints();
}

export class ElementFinder {
  constructor(private readonly driver: Driver) {}

  /** The first match of a named selector (its rule puts visible matches first). */
  async named(kind: NamedSelectorKind, locator: string, within?: ElementHandle): Promise<ElementHandle> {
    const [first] = await this.driver.findAll({ named: kind, locator }, within);
    if (first) return first;
    const hints = async () => this.missHints(kind, locator, await this.driver.namedCandidates(kind, within), within ? [within] : undefined, within ? 'in it' : 'on this page');
    throw new ElementNotFoundError(`${describeNamedKind(kind)} "${locator}" not found${inside(within)}.`, await whenReported(hints));
  }

  /**
   * What to say when nothing matched: that a closed shadow root holds a match, out of reach (the
   * closed roots the page has are noted after any other hint); that an open modal dialog keeps a match out of reach, else a
   * near miss (case, typo), else another kind with exactly that name and the step for it, else what is
   * there of the kind that was asked for.
   */
  private async missHints(kind: NamedSelectorKind, locator: string, candidates: readonly NamedCandidate[], scopes: ElementHandle[] | undefined, where: string): Promise<string[]> {
    const closed = scopes
      ? (await Promise.all(scopes.map((scope) => this.driver.closedShadowRoots(kind, locator, scope)))).flat()
      : await this.driver.closedShadowRoots(kind, locator);
    const holding = closed.filter((root) => root.holdsMatch).map((root) => root.host);
    if (holding.length > 0) return [insideClosedShadowRootHint(kind, locator, holding)];
    const hints = await this.reachableHints(kind, locator, candidates, scopes, where);
    return closed.length > 0 ? [...hints, closedShadowRootsNote(closed.map((root) => root.host))] : hints;
  }

  /** The hints about what is in reach (see missHints). */
  private async reachableHints(kind: NamedSelectorKind, locator: string, candidates: readonly NamedCandidate[], scopes: ElementHandle[] | undefined, where: string): Promise<string[]> {
    const behindModal = { named: kind, locator, behindModal: true } as const;
    const behind = scopes
      ? (await Promise.all(scopes.map((scope) => this.driver.findAll(behindModal, scope)))).flat()
      : await this.driver.findAll(behindModal);
    if (behind.length > 0) return [behindModalHint(kind, locator)];
    const nearMisses = notFoundHints(kind, locator, candidates);
    if (nearMisses.length) return nearMisses;
    const other = OTHER_KIND[kind];
    if (other) {
      const otherCandidates = scopes
        ? (await Promise.all(scopes.map((scope) => this.driver.namedCandidates(other.kind, scope)))).flat()
        : await this.driver.namedCandidates(other.kind);
      const hint = otherKindHint(kind, locator, otherCandidates);
      if (hint) return [hint];
    }
    return [availableNamesHint(kind, locator, candidates, where)];
  }

  /**
   * Like `named`, inside the elements matching `regionCss` (the first region holding a match wins,
   * in document order), or in the whole page when no region is given.
   */
  async namedInRegion(kind: NamedSelectorKind, locator: string, regionCss?: string): Promise<ElementHandle> {
    if (regionCss === undefined) return this.named(kind, locator);
    const regions = await this.regions(regionCss);
    // Each region's best match (its own rule already puts visible ones first); across regions, a
    // visible match in a later region still beats a hidden one in an earlier region.
    const matches: ElementHandle[] = [];
    for (const region of regions) {
      const [first] = await this.driver.findAll({ named: kind, locator }, region);
      if (!first) continue;
      if (await this.driver.isVisible(first)) return first;
      matches.push(first);
    }
    if (matches.length > 0) return matches[0];
    const where = regions.length === 1 ? `the element matching css "${regionCss}"` : `any of the ${regions.length} elements matching css "${regionCss}"`;
    const hints = async () => {
      const candidates = (await Promise.all(regions.map((region) => this.driver.namedCandidates(kind, region)))).flat();
      return this.missHints(kind, locator, candidates, regions, regions.length === 1 ? 'in it' : 'in them');
    };
    throw new ElementNotFoundError(`${describeNamedKind(kind)} "${locator}" not found in ${where}.`, await whenReported(hints));
  }

  /** Every element matching `css`; none is a failure that names the selector. */
  async regions(css: string, within?: ElementHandle): Promise<ElementHandle[]> {
    const found = await this.driver.findAll({ css }, within);
    if (found.length === 0) throw new ElementNotFoundError(`Element matching css "${css}" not found${inside(within)}.`);
    return found;
  }

  async first(css: string): Promise<ElementHandle> {
    const [found] = await this.regions(css);
    return found;
  }

  /**
   * The first match a user can see, else the first match: the element to act on. (A browser reports
   * rendering; over HTTP the markup decides, see docs/steps.md, "Matching rules".)
   */
  async firstVisible(css: string, within?: ElementHandle): Promise<ElementHandle> {
    const found = await this.regions(css, within);
    for (const element of found) if (await this.driver.isVisible(element)) return element;
    return found[0];
  }
}

/** Where a search inside an element looked, for its not-found message. */
function inside(within: ElementHandle | undefined): string {
  return within ? ` inside ${within.description}` : '';
}
