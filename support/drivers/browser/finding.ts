/**
 * Finding elements in the browser, one round trip per lookup: CSS read by the dialect both drivers
 * share (support/selectors/css-dialect), then evaluated by the browser itself, or, with an extension
 * such as `:contains()`, by the plan script shipped to the page; named selectors through the shared
 * resolver shipped to the page (support/selectors/browser-script).
 */
import { By, error as seleniumError, type WebDriver, type WebElement } from 'selenium-webdriver';
import { DriverError, type ElementHandle, type Query } from '../driver';
import { browserCssPlanScript, browserShadowPiercingCssScript, InvalidCssSelector, readCss, type BrowserCssLookup } from '../../selectors/css-dialect';
import { shadowPiercingParts } from '../../selectors/shadow-piercing-css';
import { browserNamedScript, type NamedCandidate, type NamedSelectorKind } from '../../selectors/named';
import { BrowserElement, asBrowserElement, attempt, onElement } from './element';
import { FactsAtFind, withFoundFacts, type CommandClock, type FoundFacts } from './found-facts';

/** The named lookup, returning the facts of its first match too. */
const NAMED_LOOKUP_WITH_FACTS = withFoundFacts(browserNamedScript());

function describeMatch(description: string, index: number): string {
  return index === 0 ? description : `${description} (match ${index + 1})`;
}

export async function findElements(webDriver: WebDriver, clock: CommandClock, query: Query, within?: ElementHandle): Promise<ElementHandle[]> {
  const scope = within ? asBrowserElement(within) : null;
  const scopeNote = scope ? ` within ${scope.description}` : '';
  const piercing = 'css' in query ? piercingParts(query.css) : null;
  if ('css' in query && piercing !== null) {
    const lookups = piercing.map(cssLookup);
    const found = await refusedAsInvalid(query.css, attempt(`find "${query.css}"`, () =>
      webDriver.executeScript(browserShadowPiercingCssScript(), scope?.webElement ?? null, lookups) as Promise<WebElement[]>));
    return found.map((element, index) => new BrowserElement(element, describeMatch(`element "${query.css}"${scopeNote}`, index)));
  }
  if ('css' in query) {
    const lookup = cssLookup(query.css);
    const find = (from: WebDriver | WebElement): Promise<WebElement[]> =>
      refusedAsInvalid(query.css, 'css' in lookup
        ? from.findElements(By.css(lookup.css))
        : (webDriver.executeScript(browserCssPlanScript(), scope?.webElement ?? null, lookup.plan) as Promise<WebElement[]>));
    const found = await (scope
      ? onElement(scope, `find "${query.css}" in`, find)
      : attempt(`find "${query.css}"`, () => find(webDriver)));
    return found.map((element, index) => new BrowserElement(element, describeMatch(`element "${query.css}"${scopeNote}`, index)));
  }
  const { found, first } = (await attempt(`find ${query.named} "${query.locator}"${scopeNote}`, () =>
    webDriver.executeScript(NAMED_LOOKUP_WITH_FACTS, scope?.webElement ?? null, query.named, query.locator, query.behindModal ? 'behind-modal' : 'find'),
  )) as { found: WebElement[]; first: FoundFacts | null };
  const readAt = first ? new FactsAtFind(first, clock, clock.now) : null;
  return found.map(
    (element, index) => new BrowserElement(element, describeMatch(`${query.named} "${query.locator}"${scopeNote}`, index), index === 0 ? readAt : null),
  );
}

/** The parts of a `host >>> inside` selector (null for plain CSS); a `>>>` without a side refused as over HTTP. */
function piercingParts(css: string): string[] | null {
  try {
    return shadowPiercingParts(css);
  } catch (error) {
    throw error instanceof InvalidCssSelector ? new DriverError(error.message) : error;
  }
}

/** The selector as the browser evaluates it; what the dialect refuses, refused as over HTTP. */
function cssLookup(css: string): BrowserCssLookup {
  try {
    return readCss(css).forBrowser();
  } catch (error) {
    throw error instanceof InvalidCssSelector ? new DriverError(error.message) : error;
  }
}

/** The dialect is a subset of the browser's CSS; should the browser still refuse a selector, it says so in the same words. */
async function refusedAsInvalid<T>(css: string, finding: Promise<T>): Promise<T> {
  try {
    return await finding;
  } catch (error) {
    const refused = error instanceof seleniumError.InvalidSelectorError
      || (error instanceof seleniumError.JavascriptError && /is not a valid selector/.test(error.message));
    if (!refused) throw error;
    throw new DriverError(new InvalidCssSelector(css, `the browser refused it (${error.message.split('\n')[0]})`).message);
  }
}

export async function listNamedCandidates(webDriver: WebDriver, kind: NamedSelectorKind, within?: ElementHandle): Promise<NamedCandidate[]> {
  const scope = within ? asBrowserElement(within) : null;
  const found = (await attempt(`list ${kind} candidates`, () =>
    webDriver.executeScript(browserNamedScript(), scope?.webElement ?? null, kind, '', 'candidates'),
  )) as NamedCandidate[] | null;
  return found ?? [];
}
