/**
 * The candidates nearest to what was asked for, for "did you mean" hints: first those that contain
 * the locator or are contained in it (ignoring case), then those within a small edit distance.
 */
export function closestMatches(locator: string, candidates: string[], max = 3): string[] {
  const wanted = locator.trim().toLowerCase();
  if (wanted === '' || max <= 0) return [];
  const unique = [...new Set(candidates)].filter((candidate) => candidate.trim() !== '');

  const bySubstring = unique.filter((candidate) => {
    const lower = candidate.toLowerCase();
    return lower.includes(wanted) || wanted.includes(lower);
  });
  // Two typos (a swapped pair counts as two), or one per three characters in longer locators.
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  const byDistance = unique
    .filter((candidate) => !bySubstring.includes(candidate))
    .map((candidate) => ({ candidate, distance: editDistance(wanted, candidate.toLowerCase()) }))
    .filter(({ distance }) => distance <= tolerance)
    .sort((a, b) => a.distance - b.distance);

  return [...bySubstring, ...byDistance.map(({ candidate }) => candidate)].slice(0, max);
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
