/**
 * The syntax of what a step puts into a request: cookie names and values (RFC 6265 §4.1.1) and
 * header names and values (RFC 9110 §5). Checked where the step sets them, so the failure names
 * the step and the character, not a later request.
 */

/** RFC 9110 tchar: what a header name (and a cookie name) is made of. */
const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
/** RFC 6265 cookie-octet: no control, whitespace, double quote, comma, semicolon or backslash. */
const COOKIE_OCTET = /[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]/;
/** RFC 9110 field-value: visible characters, spaces and tabs, and obs-text; never CR, LF or NUL. */
const FIELD_VALUE_CHAR = /[\t\x20-\x7e\x80-\xff]/;

const NAMES: Record<string, string> = {
  '\r': 'a carriage return (CR)',
  '\n': 'a line feed (LF)',
  '\t': 'a tab',
  ' ': 'a space',
  '\0': 'a NUL character',
  ';': 'a semicolon',
  ',': 'a comma',
  '"': 'a double quote',
  '\\': 'a backslash',
};

function describeCharacter(char: string): string {
  const code = char.codePointAt(0) as number;
  const named = NAMES[char];
  if (named) return named;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${char}"`;
}

function firstInvalid(text: string, allowed: RegExp): { char: string; index: number } | null {
  let index = 0;
  for (const char of text) {
    if (!allowed.test(char)) return { char, index };
    index += char.length;
  }
  return null;
}

function refuse(what: string, text: string, allowed: RegExp, rule: string, fix: string): void {
  const invalid = firstInvalid(text, allowed);
  if (invalid === null) return;
  throw new Error(
    `${what} ${JSON.stringify(text)} contains ${describeCharacter(invalid.char)} at position ${invalid.index + 1}, ` +
      `which ${rule}. ${fix}`,
  );
}

export function checkCookie(name: string, value: string | null): void {
  if (name === '') throw new Error('A cookie needs a name: the step gave an empty one.');
  refuse('Cookie name', name, TOKEN_CHAR, 'RFC 6265 does not allow in a cookie name', 'Use letters, digits and !#$%&\'*+-.^_`|~.');
  if (value === null) return;
  // A value may be wrapped in double quotes as a whole (RFC 6265 cookie-value).
  const bare = value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  refuse('Cookie value', bare, COOKIE_OCTET, 'RFC 6265 does not allow in a cookie value (";" or "," would start another cookie)',
    'Encode the value, e.g. with encodeURIComponent, as the application would.');
}

export function checkHeader(name: string, value: string): void {
  if (name === '') throw new Error('A request header needs a name: the step gave an empty one.');
  refuse('Header name', name, TOKEN_CHAR, 'RFC 9110 does not allow in a header name', 'Use letters, digits and !#$%&\'*+-.^_`|~.');
  refuse('Header value', value, FIELD_VALUE_CHAR, 'RFC 9110 does not allow in a header value (CR or LF would start another header)',
    'Remove it; a header value is one line of text.');
}
