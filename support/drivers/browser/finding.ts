/**
 * Finding elements in the browser: CSS through WebDriver, named selectors through the shared
 * resolver shipped to the page (support/selectors/browser-script), one round trip per lookup.
 */
import { By, type WebDriver, type WebElement } from 'selenium-webdriver';
import type { ElementHandle, Query } from '../driver';
import { browserNamedScript, type NamedCandidate, type NamedSelectorKind } from '../../selectors/named';
import { BrowserElement, asBrowserElement, attempt, onElement } from './element';

function describeMatch(description: string, index: number): string {
  return index === 0 ? description : `${description} (match ${index + 1})`;
}

export async function findElements(webDriver: WebDriver, query: Query, within?: ElementHandle): Promise<ElementHandle[]> {
  const scope = within ? asBrowserElement(within) : null;
  const scopeNote = scope ? ` within ${scope.description}` : '';
  if ('css' in query) {
    const found = await (scope
      ? onElement(scope, `find "${query.css}" in`, (element) => element.findElements(By.css(query.css)))
      : attempt(`find "${query.css}"`, () => webDriver.findElements(By.css(query.css))));
    return found.map((element, index) => new BrowserElement(element, describeMatch(`element "${query.css}"${scopeNote}`, index)));
  }
  const found = (await attempt(`find ${query.named} "${query.locator}"${scopeNote}`, () =>
    webDriver.executeScript(browserNamedScript(), scope?.webElement ?? null, query.named, query.locator, 'find'),
  )) as WebElement[] | null;
  return (found ?? []).map(
    (element, index) => new BrowserElement(element, describeMatch(`${query.named} "${query.locator}"${scopeNote}`, index)),
  );
}

export async function listNamedCandidates(webDriver: WebDriver, kind: NamedSelectorKind, within?: ElementHandle): Promise<NamedCandidate[]> {
  const scope = within ? asBrowserElement(within) : null;
  const found = (await attempt(`list ${kind} candidates`, () =>
    webDriver.executeScript(browserNamedScript(), scope?.webElement ?? null, kind, '', 'candidates'),
  )) as NamedCandidate[] | null;
  return found ?? [];
}
