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

/** One or more quoted arguments joined by ", " or " and " ("Ada", "Lovelace" and "1815"), captured as one text. */
export const QUOTED_LIST = '("(?:[^"\\\\]|\\\\.)*"(?:(?:, | and )"(?:[^"\\\\]|\\\\.)*")*)';

/** The arguments of a QUOTED_LIST, each unescaped. */
export function quotedItems(list: string): string[] {
  return [...list.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1].replace(/\\"/g, '"'));
}
