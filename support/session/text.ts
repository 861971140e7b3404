/** Text matching as Mink does it: whitespace collapsed, case-insensitive. */

export function normalizeWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function containsIgnoringCase(haystack: string, needle: string): boolean {
  return normalizeWhitespace(haystack).toLowerCase().includes(normalizeWhitespace(needle).toLowerCase());
}

export function equalsIgnoringCase(actual: string, expected: string): boolean {
  return normalizeWhitespace(actual).toLowerCase() === normalizeWhitespace(expected).toLowerCase();
}

/**
 * A regular expression written in a step. Behat's steps use the quoted text as a PHP regex with its
 * delimiters (`"/^Hello/i"`); we accept that form, and a bare body (`"^Hello"`) too.
 */
export function parseStepRegex(source: string): RegExp {
  const delimited = /^([/#~!@%|])(.*)\1([imsuy]*)$/s.exec(source);
  try {
    return delimited ? new RegExp(delimited[2], delimited[3].replace('y', '')) : new RegExp(source);
  } catch (error) {
    throw new Error(`"${source}" is not a valid regular expression: ${(error as Error).message}`);
  }
}

/** Undo the `\"` escapes Behat allows inside quoted step arguments. */
export function unescapeStepArgument(text: string): string {
  return text.replace(/\\"/g, '"');
}
