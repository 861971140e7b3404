import { closestMatches, editDistance, offersCaseHint, type NamedCandidate, type NamedSelectorKind } from '../selectors/named';
import { NAMED_KINDS } from '../selectors/kinds';
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

/** Another kind a user may have meant, and the step that acts on it. */
export const OTHER_KIND: Partial<Record<NamedSelectorKind, { kind: NamedSelectorKind; step: string }>> = {
  button: { kind: 'link', step: 'I follow' },
  link: { kind: 'button', step: 'I press' },
};

/** "Log out" is a link, not a button: the step to use instead, when a name of that kind is exactly the locator. */
export function otherKindHint(kind: NamedSelectorKind, locator: string, otherCandidates: readonly NamedCandidate[]): string | null {
  const other = OTHER_KIND[kind];
  const wanted = normalizeWhitespace(locator).toLowerCase();
  if (!other || !wanted) return null;
  const named = otherCandidates.find((names) => names.some((name) => normalizeWhitespace(name).toLowerCase() === wanted));
  if (!named) return null;
  return `"${named[0] || locator}" is a ${NAMED_KINDS[other.kind].noun}, not a ${NAMED_KINDS[kind].noun}: to click it, write: ${other.step} "${locator}".`;
}

const LISTED = 8;

/** When nothing is close: what the page offers of that kind, the nearest to the locator first when there are many. */
export function availableNamesHint(kind: NamedSelectorKind, locator: string, candidates: readonly NamedCandidate[], where: string): string {
  const labels = [...new Set(candidates.map(([label]) => normalizeWhitespace(label ?? '')).filter((label) => label !== ''))];
  const plural = kind === 'link_or_button' ? 'links and buttons' : `${NAMED_KINDS[kind].noun}s`;
  if (labels.length === 0) return `There are no ${plural} ${where}.`;
  const wanted = locator.toLowerCase();
  const shown = labels.length > LISTED
    ? [...labels].sort((a, b) => editDistance(wanted, a.toLowerCase()) - editDistance(wanted, b.toLowerCase())).slice(0, LISTED)
    : labels;
  const more = labels.length > LISTED ? ` (the ${LISTED} nearest of ${labels.length})` : '';
  return `The ${plural} ${where}${more}: ${quoteList(shown)}.`;
}
