/** The named selector kinds every driver resolves the same way. */
export const NAMED_SELECTOR_KINDS = [
  'link', 'button', 'link_or_button', 'field', 'select', 'checkbox', 'radio', 'file', 'option', 'id', 'content',
] as const;
export type NamedSelectorKind = (typeof NAMED_SELECTOR_KINDS)[number];

export function isNamedSelectorKind(value: string): value is NamedSelectorKind {
  return (NAMED_SELECTOR_KINDS as readonly string[]).includes(value);
}
