/**
 * The candidates nearest to what was asked for, for "did you mean" hints: first those that contain
 * the locator or are contained in it (ignoring case), then those within a small edit distance.
 * A candidate is a label, or a list of names whose first is the label to show: a typo of any of
 * them (an input's name or placeholder, say) brings up the label. `namesInsideLocator: false` leaves
 * out names that are only a part of the locator ("Page" of "Save page").
 */
export function closestMatches(
  locator: string, candidates: ReadonlyArray<string | readonly string[]>, max = 3, options: { namesInsideLocator?: boolean } = {},
): string[] {
  const wanted = locator.trim().toLowerCase();
  if (wanted === '' || max <= 0) return [];
  const names = new Map<string, string>();
  for (const candidate of candidates) {
    const [label, ...others] = typeof candidate === 'string' ? [candidate] : candidate;
    if (label === undefined || label.trim() === '') continue;
    for (const name of [label, ...others]) if (!names.has(name)) names.set(name, label);
  }
  const found = closestNames(wanted, [...names.keys()], options.namesInsideLocator ?? true).map((name) => names.get(name) as string);
  return [...new Set(found)].slice(0, max);
}

function closestNames(wanted: string, unique: string[], namesInsideLocator: boolean): string[] {
  const bySubstring = unique.filter((candidate) => {
    const lower = candidate.toLowerCase();
    // A very short name (an id like "q") is inside almost any locator: that says nothing.
    return lower.includes(wanted) || (namesInsideLocator && lower.length >= 3 && wanted.includes(lower));
  });
  // Two typos (a swapped pair counts as two), or one per three characters in longer locators.
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  const byDistance = unique
    .filter((candidate) => !bySubstring.includes(candidate))
    .filter((candidate) => namesInsideLocator || !wanted.includes(candidate.toLowerCase()))
    .map((candidate) => ({ candidate, distance: editDistance(wanted, candidate.toLowerCase()) }))
    .filter(({ distance }) => distance <= tolerance)
    .sort((a, b) => a.distance - b.distance);

  return [...bySubstring, ...byDistance.map(({ candidate }) => candidate)];
}

/** Levenshtein distance, two rows at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
