import type { NamedSelectorKind } from './kinds';

const DESCRIPTIONS: Record<NamedSelectorKind, string> = {
  link: 'Link with id|title|alt|text',
  button: 'Button with id|name|title|alt|value|text',
  link_or_button: 'Link or button with id|title|alt|value|text',
  field: 'Form field with id|name|label|placeholder',
  select: 'Select with id|name|label',
  checkbox: 'Checkbox with id|name|label',
  radio: 'Radio button with id|name|label',
  file: 'File field with id|name|label',
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
