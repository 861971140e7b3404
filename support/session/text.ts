/** Text matching as Mink does it: whitespace collapsed (the one rule the named selectors use too), case-insensitive. */
import { normalizeWhitespace } from '../selectors/named';

export { normalizeWhitespace };

export function containsIgnoringCase(haystack: string, needle: string): boolean {
  return normalizeWhitespace(haystack).toLowerCase().includes(normalizeWhitespace(needle).toLowerCase());
}

/** Characters of context shown either side of a match. */
const CONTEXT = 40;

/**
 * Where a text was found, with some text either side, for a message that says a page has what it
 * should not: "…modify resources, you can…". The page's text in a message is cut to its start, so
 * without this a match further down could not be seen; and case-insensitive matching can find a
 * word the writer did not mean. `null` when it is not there.
 */
export function foundInContext(haystack: string, needle: string): string | null {
  const text = normalizeWhitespace(haystack);
  const lower = text.toLowerCase();
  const wanted = normalizeWhitespace(needle).toLowerCase();
  const index = lower.indexOf(wanted);
  if (index < 0) return null;
  // Lower-casing can change a string's length (İ): then the lower-cased text is the one quoted.
  return inContext(lower.length === text.length ? text : lower, index, wanted.length);
}

/** The same for a pattern, matched against the whitespace-collapsed text as the steps match it. */
export function patternFoundInContext(haystack: string, pattern: RegExp): string | null {
  const text = normalizeWhitespace(haystack);
  const match = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).exec(text);
  return match ? inContext(text, match.index, match[0].length) : null;
}

function inContext(text: string, index: number, length: number): string {
  const start = Math.max(0, index - CONTEXT);
  const end = Math.min(text.length, index + length + CONTEXT);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/**
 * A regular expression written in a step. As in Behat, the quoted text is the whole pattern (the
 * quotes were PHP's delimiters), so slashes are ordinary characters: "/admin/" matches "/admin/".
 * JavaScript has no inline flags, so a leading (?i) is accepted for case-insensitive matching.
 */
export function parseStepRegex(source: string): RegExp {
  const caseInsensitive = source.startsWith('(?i)');
  const body = caseInsensitive ? source.slice(4) : source;
  try {
    return new RegExp(body, caseInsensitive ? 'i' : '');
  } catch (error) {
    throw new Error(`"${source}" is not a valid regular expression: ${(error as Error).message}`);
  }
}

/** The pattern as the step wrote it (RegExp#source escapes slashes), with (?i) when it ignores case. */
export function patternText(pattern: RegExp): string {
  return `${pattern.ignoreCase ? '(?i)' : ''}${pattern.source.replace(/\\\//g, '/')}`;
}

/** Undo the `\"` escapes Behat allows inside quoted step arguments. */
export function unescapeStepArgument(text: string): string {
  return text.replace(/\\"/g, '"');
}

/**
 * A pattern as behatch's steps take it, PHP-style between delimiters with flags (`/^\d+$/`, `#id=\d#i`);
 * anything else is the whole pattern, as Mink's regex steps read it.
 */
export function parseDelimitedRegex(text: string): RegExp {
  const delimited = /^([^\w\s\\])(.*)\1([a-zA-Z]*)$/s.exec(text);
  if (!delimited) return parseStepRegex(text);
  const [, , body, flags] = delimited;
  const unsupported = flags.replace(/[imsu]/g, '');
  if (unsupported) throw new Error(`"${text}": the pattern flag${unsupported.length > 1 ? 's' : ''} "${unsupported}" ${unsupported.length > 1 ? 'are' : 'is'} not supported (use i, m, s or u).`);
  try {
    return new RegExp(body, flags);
  } catch (error) {
    throw new Error(`"${text}" is not a valid regular expression: ${(error as Error).message}`);
  }
}
