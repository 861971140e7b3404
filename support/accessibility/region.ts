/**
 * The region a check is limited to (`in the "main" element`), the same on both drivers: read as the
 * finders read CSS (the dialect: `:contains()`, `>>>` into shadow roots …) and found in the document
 * by the same page-side functions, and its failures.
 */
import { cssLookupFunctionsSource } from '../selectors/css-page-script';
import { readCss, type BrowserCssLookup } from '../selectors/css-dialect';
import { shadowPiercingParts } from '../selectors/shadow-piercing-css';
import { ElementNotFoundError, ExpectationError } from '../session/errors';

/** The region's lookups for `matchPiercing` (one a part of a `>>>` selector); a selector the dialect refuses, refused here. */
export function regionLookups(css: string): BrowserCssLookup[] {
  try {
    return (shadowPiercingParts(css) ?? [css]).map((part) => readCss(part).forBrowser());
  } catch (error) {
    throw regionInvalid(css, error);
  }
}

/** Defines `matchPiercing(scope, lookups)` where it is evaluated (a page, a jsdom window). */
export const REGION_FUNCTIONS = cssLookupFunctionsSource();

/** Retried in a browser like any lookup: the region may not be there yet. */
export function regionNotFound(css: string): ExpectationError {
  return new ElementNotFoundError(`Element matching css "${css}" not found, so its accessibility cannot be checked.`);
}

export function regionInvalid(css: string, error: unknown): ExpectationError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ExpectationError(`"${css}" is not a CSS selector the accessibility check can use: ${reason}`, [], false);
}
