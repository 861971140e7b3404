/**
 * CSS across shadow boundaries: `host >>> inside` finds `inside` in the open shadow roots of the
 * elements `host` matches (Playwright's and old Chrome's deep combinator; Capybara has
 * `shadow_root`). Plain CSS stays standard and stops at a shadow root, as `querySelectorAll` does.
 * Each side is a whole selector of the dialect, read and refused as any other; `>>>` may repeat
 * (`app-shell >>> app-form >>> input`); a closed root is never entered. Matches come in the order of
 * their hosts, each once.
 */
import { InvalidCssSelector } from './css-dialect';

const DEEP = '>>>';

/** The selectors between top-level `>>>` (outside quotes, brackets and parentheses), or null when there is none. */
export function shadowPiercingParts(css: string): string[] | null {
  if (!css.includes(DEEP)) return null;
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let index = 0; index < css.length; index++) {
    const char = css[index];
    if (char === '\\') {
      index++;
    } else if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '(' || char === '[') {
      depth++;
    } else if (char === ')' || char === ']') {
      depth--;
    } else if (depth === 0 && css.startsWith(DEEP, index)) {
      parts.push(css.slice(start, index));
      start = index + DEEP.length;
      index = start - 1;
    }
  }
  if (parts.length === 0) return null;
  parts.push(css.slice(start));
  if (parts.some((part) => part.trim() === '')) {
    throw new InvalidCssSelector(css, '">>>" finds inside the open shadow roots of what its left side matches: write a selector on both sides (my-form >>> input)');
  }
  return parts.map((part) => part.trim());
}
