/**
 * Text from a page on its way to a terminal or a report: control characters shown as escapes, so
 * a page cannot retitle the terminal, move its cursor or hide lines, and invisible ones too, so two
 * texts that differ only by them do not look the same; long text cut with a note of how much was left out.
 */

/** C0 controls except tab and line feed, DEL, and the C1 controls (0x9B is an 8-bit CSI). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Characters that print as nothing, so "Save" and "Sa\u200Bve" would look alike in a message: soft
 * hyphen, zero-width space and non-joiner, direction marks and overrides, word joiner, BOM. (The
 * zero-width joiner stays: it builds emoji.)
 */
const INVISIBLE_CHARACTERS = /[\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

export function escapeControlCharacters(text: string): string {
  return text
    .replace(CONTROL_CHARACTERS, (char) => `\\x${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(INVISIBLE_CHARACTERS, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Characters of a page attached to the report; past this the attachment says how much it left out. */
export const ATTACHMENT_LIMIT = 1_000_000;

/** At most `max` characters of `text`, then a line saying how many were cut. */
export function capText(text: string, max: number, what = 'characters'): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}\n… (${text.length - max} more ${what} not shown)`;
}
