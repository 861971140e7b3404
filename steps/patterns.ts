/**
 * Building blocks of the step patterns, with Behat's conventions: a leading "I " is optional and a
 * quoted argument may contain \" (unescaped before use).
 */
export const I = '(?:|I )';
/** A quoted argument that may contain escaped quotes: captures the text between the quotes. */
export const QUOTED = '"((?:[^"\\\\]|\\\\.)*)"';
/** A quoted argument captured together with its quotes (Behat's regex steps use them as delimiters). */
export const QUOTED_WITH_QUOTES = '("(?:[^"\\\\]|\\\\.)*")';
/** A quoted CSS selector or path: no escapes. */
export const PLAIN = '"([^"]*)"';

export function step(source: string): RegExp {
  return new RegExp(`^${source}$`);
}
