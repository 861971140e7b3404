/** Text matching as Mink does it: whitespace collapsed (the one rule the named selectors use too), case-insensitive. */
import { normalizeWhitespace } from '../selectors/named';

export { normalizeWhitespace };

export function containsIgnoringCase(haystack: string, needle: string): boolean {
  return normalizeWhitespace(haystack).toLowerCase().includes(normalizeWhitespace(needle).toLowerCase());
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
