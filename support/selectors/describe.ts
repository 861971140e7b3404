import type { NamedSelectorKind } from './kinds';

// Mink's wording, plus what we match beyond Mink (rel, aria-label, data-testid), so a not-found
// message lists every attribute that was tried.
const DESCRIPTIONS: Record<NamedSelectorKind, string> = {
  link: 'Link with id|title|rel|alt|text|aria-label|data-testid',
  button: 'Button with id|name|title|alt|value|text|aria-label|data-testid',
  link_or_button: 'Link or button with id|title|rel|alt|value|text|aria-label|data-testid',
  field: 'Form field with id|name|label|placeholder|aria-label|data-testid',
  select: 'Select with id|name|label|aria-label|data-testid',
  checkbox: 'Checkbox with id|name|label|aria-label|data-testid',
  radio: 'Radio button with id|name|label|aria-label|data-testid',
  file: 'File field with id|name|label|aria-label|data-testid',
  option: 'Select option with value|text',
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
