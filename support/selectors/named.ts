/**
 * Named selectors (Mink's `named` engine, Capybara's selectors), defined once for both drivers.
 * CONTRACT ONLY — implementation pending.
 */
export const NAMED_SELECTOR_KINDS = [
  'link', 'button', 'link_or_button', 'field', 'select', 'checkbox', 'radio', 'file', 'option', 'id', 'content',
] as const;
export type NamedSelectorKind = (typeof NAMED_SELECTOR_KINDS)[number];
