import { NAMED_KINDS, type NamedSelectorKind } from './kinds';

/**
 * What a kind matches, worded like Mink's not-found messages ("Form field with id|name|label|…"), so
 * a caller can write `${describeNamedKind(kind)} "${locator}" not found.`
 */
export function describeNamedKind(kind: NamedSelectorKind): string {
  const { noun, matchedBy } = NAMED_KINDS[kind];
  return `${noun.charAt(0).toUpperCase()}${noun.slice(1)} with ${matchedBy.join('|')}`;
}

/** Whether a locator of this kind that matches only when case is ignored deserves a hint. */
export function offersCaseHint(kind: NamedSelectorKind): boolean {
  return NAMED_KINDS[kind].caseHint;
}
