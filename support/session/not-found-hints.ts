import { closestMatches, editDistance, offersCaseHint, type NamedCandidate, type NamedSelectorKind } from '../selectors/named';
import { NAMED_KINDS } from '../selectors/kinds';
import { didYouMean, quoteList } from './errors';
import { normalizeWhitespace } from './text';

/** One word joined by the characters of ids, names and test ids, not of labels (`site-search`, `cmd[save]`). */
const ATTRIBUTE_SHAPED = /[-_[\]/.]/;

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
  // "Save", as pressing "save" would not find it either. The first name is an attribute too when the
  // element has no label: one shaped like an id (`site-search`, `user_name`) is not taken for one.
  const differsInCase = (name: string, index: number) => {
    if (name.includes(locator)) return false;
    const folded = name.toLowerCase();
    const matchedByContaining = /\s/.test(name) || (index === 0 && !ATTRIBUTE_SHAPED.test(name));
    return folded === wanted || (matchedByContaining && folded.includes(wanted));
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
  if (named) return `"${named[0] || locator}" is a ${NAMED_KINDS[other.kind].noun}, not a ${NAMED_KINDS[kind].noun}: to click it, write: ${other.step} "${locator}".`;
  // No exact name, but a close one of the other kind ("Log Out" for a button "Logout"): still the likelier
  // mistake. Not a name that is only a word of the locator: the "Page" tab is no answer to "Save page",
  // and the buttons the page has say more.
  const [close] = closestMatches(locator, otherCandidates, 1, { namesInsideLocator: false });
  if (!close) return null;
  return `No ${NAMED_KINDS[kind].noun} is named like that, but a ${NAMED_KINDS[other.kind].noun} is: "${close}". To click it, write: ${other.step} "${close}".`;
}

const LISTED = 8;

function plural(kind: NamedSelectorKind): string {
  return kind === 'link_or_button' ? 'links and buttons' : `${NAMED_KINDS[kind].noun}s`;
}

/**
 * When nothing is close: what the page offers of that kind, the nearest to the locator first when there
 * are many, and how many have no name to be found by (each can still be found by CSS).
 */
export function availableNamesHint(kind: NamedSelectorKind, locator: string, candidates: readonly NamedCandidate[], where: string): string {
  const labels = [...new Set(candidates.map(([label]) => normalizeWhitespace(label ?? '')).filter((label) => label !== ''))];
  const unnamed = candidates.filter((names) => names.length === 0).length;
  if (labels.length === 0 && unnamed === 0) return `There are no ${plural(kind)} ${where}.`;
  if (labels.length === 0) return `${unnamedCount(kind, unnamed, where)}${FIND_BY_CSS}`;
  const wanted = locator.toLowerCase();
  const shown = labels.length > LISTED
    ? [...labels].sort((a, b) => editDistance(wanted, a.toLowerCase()) - editDistance(wanted, b.toLowerCase())).slice(0, LISTED)
    : labels;
  const more = labels.length > LISTED ? ` (the ${LISTED} nearest of ${labels.length})` : '';
  const alsoUnnamed = unnamed > 0 ? ` ${unnamedCount(kind, unnamed, '')}${FIND_BY_CSS}` : '';
  return `The ${plural(kind)} ${where}${more}: ${quoteList(shown)}.${alsoUnnamed}`;
}

const FIND_BY_CSS = ' Such an element is found by CSS with the "element" steps (npx cucumber-mink steps element), or by a name once it has one.';

/** "2 form fields on this page have no id, name, label …": what the page has that no locator of this kind can name. */
function unnamedCount(kind: NamedSelectorKind, count: number, where: string): string {
  const what = count === 1 ? `1 ${NAMED_KINDS[kind].noun}` : `${count} ${plural(kind)}`;
  const names = NAMED_KINDS[kind].matchedBy;
  const noName = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join('');
  return `${what}${where ? ` ${where}` : ''} ${count === 1 ? 'has' : 'have'} no ${noName} to find ${count === 1 ? 'it' : 'them'} by.`;
}

/** Nothing in reach matched, but something behind the open modal dialog does. */
export function behindModalHint(kind: NamedSelectorKind, locator: string): string {
  return `A modal dialog is open: ${NAMED_KINDS[kind].noun} "${locator}" is behind it, out of reach until the dialog closes.`;
}

/** The step that acts on the Nth of several same-named elements of a kind, where there is one. */
const NTH_STEP: Partial<Record<NamedSelectorKind, (position: string, locator: string) => string>> = {
  button: (position, locator) => `I press the ${position} "${locator}" button`,
  link: (position, locator) => `I follow the ${position} "${locator}" link`,
};

/**
 * Every element of the page with that name, each named briefly, when there are several: the one a
 * covered click was meant for may be another. `clicked` is the position (1 for the first) of the one
 * acted on, when known; the step for the first other one is given.
 */
export function sameNameHint(kind: NamedSelectorKind, locator: string, described: readonly string[], clicked?: number): string | null {
  if (described.length < 2) return null;
  const listed = described.map((brief, index) => `${ordinal(index + 1)} ${brief}${index + 1 === clicked ? ' (the one clicked)' : ''}`);
  const other = clicked === undefined ? undefined : clicked === 1 ? 2 : 1;
  const step = other === undefined ? undefined : NTH_STEP[kind]?.(ordinal(other), locator);
  const instead = step ? ` To ${kind === 'link' ? 'follow' : 'press'} another one, write: ${step}.` : '';
  return `${described.length} ${plural(kind)} match "${locator}": ${listed.join(', ')}.${instead}`;
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
export function ordinal(position: number): string {
  const teen = position % 100 >= 11 && position % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[position % 10] ?? 'th';
  return `${position}${suffix}`;
}
