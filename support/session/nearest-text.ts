/**
 * For "text not found": the stretch of page text that comes closest to what was expected, so a
 * typo or a changed word is visible at once ("Welcome back, Ada" vs "Welcome back Ada").
 */
import { editDistance } from '../selectors/named';
import { normalizeWhitespace } from './text';

const MAX_WORDS_SCANNED = 3000;

export function nearestText(pageText: string, wanted: string): string | null {
  const needle = normalizeWhitespace(wanted).toLowerCase();
  const words = normalizeWhitespace(pageText).split(' ').slice(0, MAX_WORDS_SCANNED);
  const size = needle.split(' ').length;
  if (!needle || words.length === 0) return null;
  let best: { text: string; distance: number } | null = null;
  for (const width of [size - 1, size, size + 1]) {
    if (width < 1) continue;
    for (let start = 0; start + width <= words.length; start++) {
      const text = words.slice(start, start + width).join(' ');
      const distance = editDistance(needle, text.toLowerCase());
      if (!best || distance < best.distance) best = { text, distance };
    }
  }
  // Only a near miss helps; an unrelated stretch of text would mislead.
  if (!best || best.distance === 0 || best.distance > Math.max(2, Math.floor(needle.length / 3))) return null;
  return best.text;
}
