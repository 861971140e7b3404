/** The failures of the region a check is limited to (`in the "main" element`), the same on both drivers. */
import { ElementNotFoundError, ExpectationError } from '../session/errors';

/** Retried in a browser like any lookup: the region may not be there yet. */
export function regionNotFound(css: string): ExpectationError {
  return new ElementNotFoundError(`Element matching css "${css}" not found, so its accessibility cannot be checked.`);
}

export function regionInvalid(css: string, error: unknown): ExpectationError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ExpectationError(`"${css}" is not a CSS selector the accessibility check can use: ${reason}`, [], false);
}
