import { closestMatches, offersCaseHint, type NamedCandidate, type NamedSelectorKind } from '../selectors/named';
import { didYouMean, quoteList } from './errors';
import { normalizeWhitespace } from './text';

/**
 * What to tell a user whose locator found nothing: names that match when case is ignored (names are
 * compared case-sensitively, page text is not, which surprises), then the closest other names.
 */
export function notFoundHints(kind: NamedSelectorKind, locator: string, candidates: readonly NamedCandidate[]): string[] {
  const wanted = normalizeWhitespace(locator).toLowerCase();
  // A name that would match if only its case were the locator's (one that contains it as written is
  // an attribute matched exactly, like an href or an id: no case problem there). The label shown and
  // names of several words (text, aria-label, title) match by containing the locator; a one-word name
  // after the label may be an id or a name attribute, matched whole: `cmd[save]` is no near miss of
  // "Save", as pressing "save" would not find it either.
  const differsInCase = (name: string, index: number) => {
    if (name.includes(locator)) return false;
    const folded = name.toLowerCase();
    return folded === wanted || ((index === 0 || /\s/.test(name)) && folded.includes(wanted));
  };
  const caseOnly = offersCaseHint(kind) && wanted !== ''
    ? [...new Set(candidates.filter((names) => names.some(differsInCase)).map(([label]) => label))]
    : [];
  const hints = caseOnly.length
    ? [`Names are matched case-sensitively (page text is not); ignoring case, it would match: ${quoteList(caseOnly.slice(0, 3))}.`]
    : [];
  const others = closestMatches(locator, candidates).filter((label) => !caseOnly.includes(label));
  return [...hints, ...didYouMean(others)];
}
