import type { NamedSelectorKind } from './kinds';

// Every attribute the engine matches (resolve-named.ts), so a not-found message lists them all.
const DESCRIPTIONS: Record<NamedSelectorKind, string> = {
  link: 'Link with id|text|title|rel|aria-label|data-testid|image alt',
  button: 'Button with id|name|value|title|text|aria-label|data-testid|image alt',
  link_or_button: 'Link or button with id|text|value|title|rel|aria-label|data-testid|image alt',
  field: 'Form field with id|name|label|placeholder|aria-label|data-testid',
  select: 'Select with id|name|label|aria-label|data-testid',
  checkbox: 'Checkbox with id|name|label|aria-label|data-testid',
  radio: 'Radio button with id|name|label|aria-label|data-testid',
  file: 'File field with id|name|label|aria-label|data-testid',
  option: 'Select option with value|text|aria-label|data-testid',
  id: 'Element with id',
  content: 'Element with text',
};

/**
 * What a kind matches, worded like Mink's not-found messages, so a caller can write
 * `${describeNamedKind(kind)} "${locator}" not found.`
 */
export function describeNamedKind(kind: NamedSelectorKind): string {
  return DESCRIPTIONS[kind];
}
