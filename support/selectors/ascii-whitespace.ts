/**
 * HTML's "strip and collapse ASCII whitespace": runs of tab, line feed, form feed, carriage return
 * and space become one space, and the ends lose theirs. It is what the HTML spec applies to an
 * option's text for its value (no `value` attribute) and its label. Unlike matching (see
 * normalizeWhitespace), a non-breaking space is kept: it is part of the value a form sends.
 */
export function stripAndCollapseAsciiWhitespace(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
}
