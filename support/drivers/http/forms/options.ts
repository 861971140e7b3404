/** A select's options, their values and their default selectedness (HTML spec "selectedness setting"). */
import type { Element } from 'domhandler';
import { stripAndCollapseAsciiWhitespace } from '../../../selectors/ascii-whitespace';
import { attr, hasAttr, isElement, parentElement, tagName, textContent } from '../dom';

/** The select's list of options: option children, and option children of optgroup children. */
export function selectOptions(select: Element): Element[] {
  const options: Element[] = [];
  for (const child of select.children) {
    if (!isElement(child)) continue;
    if (tagName(child) === 'option') options.push(child);
    if (tagName(child) === 'optgroup') {
      for (const grandchild of child.children) {
        if (isElement(grandchild) && tagName(grandchild) === 'option') options.push(grandchild);
      }
    }
  }
  return options;
}

export function optionValue(option: Element): string {
  return attr(option, 'value') ?? stripAndCollapseAsciiWhitespace(textContent(option));
}

export function isOptionDisabled(option: Element): boolean {
  if (hasAttr(option, 'disabled')) return true;
  const parent = parentElement(option);
  return parent !== null && tagName(parent) === 'optgroup' && hasAttr(parent, 'disabled');
}

export function isMultipleSelect(select: Element): boolean {
  return hasAttr(select, 'multiple');
}

/** Selected options before the user touched the select. */
export function defaultSelectedOptions(select: Element): Element[] {
  const options = selectOptions(select);
  const marked = options.filter((option) => hasAttr(option, 'selected'));
  if (isMultipleSelect(select)) return marked;
  // A single select keeps only the last option marked selected.
  if (marked.length > 0) return [marked[marked.length - 1]];
  const size = Number.parseInt(attr(select, 'size') ?? '1', 10);
  if (Number.isFinite(size) && size > 1) return [];
  const firstEnabled = options.find((option) => !isOptionDisabled(option));
  return firstEnabled ? [firstEnabled] : [];
}
