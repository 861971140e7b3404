/**
 * For "text not found": the stretch of page text that comes closest to what was expected, so a
 * typo, a changed word or the same words in another order is visible at once ("Welcome back, Ada"
 * vs "Welcome back Ada"; "Deployed successfully" vs "Successfully deployed"). Only a near miss is
 * offered: a fragment much shorter than what was looked for, or an unrelated line, would mislead.
 */
import { editDistance } from '../selectors/named';
import { normalizeWhitespace } from './text';

const MAX_WORDS_SCANNED = 3000;

/** A word as compared for order: case and the punctuation around it left aside. */
function bare(word: string): string {
  return word.toLowerCase().replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  const sorted = (words: readonly string[]) => words.map(bare).sort().join(' ');
  return a.length === b.length && sorted(a) === sorted(b);
}

export function nearestText(pageText: string, wanted: string): string | null {
  const needle = normalizeWhitespace(wanted).toLowerCase();
  const needleWords = needle.split(' ');
  const words = normalizeWhitespace(pageText).split(' ').slice(0, MAX_WORDS_SCANNED);
  const size = needleWords.length;
  if (!needle || words.length === 0) return null;
  // The same words in another order: the likeliest mistake, offered whatever the edit distance says.
  if (size > 1) {
    for (let start = 0; start + size <= words.length; start++) {
      const window = words.slice(start, start + size);
      if (sameWords(window, needleWords)) return window.join(' ');
    }
  }
  let best: { text: string; distance: number } | null = null;
  for (const width of [size - 1, size, size + 1]) {
    if (width < 1) continue;
    for (let start = 0; start + width <= words.length; start++) {
      const text = words.slice(start, start + width).join(' ');
      const distance = editDistance(needle, text.toLowerCase());
      if (!best || distance < best.distance) best = { text, distance };
    }
  }
  if (!best || best.distance === 0 || best.distance > Math.max(2, Math.floor(needle.length / 3))) return null;
  // "Name" is no near miss of "Namespace:": a hint that keeps less than two thirds of the text is a fragment.
  if (bare(best.text).length * 3 < bare(needle).length * 2) return null;
  return best.text;
}
