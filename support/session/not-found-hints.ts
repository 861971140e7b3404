import { closestMatches, offersCaseHint, type NamedCandidate, type NamedSelectorKind } from '../selectors/named';
import { didYouMean, quoteList } from './errors';
import { normalizeWhitespace } from './text';

/**
 * What to tell a user whose locator found nothing: names that match when case is ignored (names are
 * compared case-sensitively, page text is not, which surprises), then the closest other names.
 */
export function notFoundHints(kind: NamedSelectorKind, locator: string, candidates: readonly NamedCandidate[]): string[] {
  const wanted = normalizeWhitespace(locator).toLowerCase();
  // A name that contains the locator only when case is ignored (one that contains it as written
  // is an attribute matched exactly, like an href or an id: no case problem there).
  const differsInCase = (name: string) => name.toLowerCase().includes(wanted) && !name.includes(locator);
  const caseOnly = offersCaseHint(kind) && wanted !== ''
    ? [...new Set(candidates.filter((names) => names.some(differsInCase)).map(([label]) => label))]
    : [];
  const hints = caseOnly.length
    ? [`Names are matched case-sensitively (page text is not); ignoring case, it would match: ${quoteList(caseOnly.slice(0, 3))}.`]
    : [];
  const others = closestMatches(locator, candidates).filter((label) => !caseOnly.includes(label));
  return [...hints, ...didYouMean(others)];
}
