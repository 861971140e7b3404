/**
 * Reading and changing form controls the way a user can in a browser, recorded in the page's
 * FormState. Fields outside any form work too, as they do in a browser.
 */
import { access, constants } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Element } from 'domhandler';
import { DriverError, type FieldValue } from '../driver';
import { describeElement } from './describe';
import { ancestors, attr, tagName } from './dom';
import { isButton, isCheckable, isInput, isTextControl, radioGroup } from './forms/controls';
import { isMultipleSelect, optionValue, selectOptions } from './forms/options';
import type { FormState } from './forms/state';

/** Mink's value contract (see Driver.value). */
export function readValue(element: Element, state: FormState): FieldValue {
  const tag = tagName(element);
  if (tag === 'select') {
    const selected = state.selectedOptions(element).map(optionValue);
    return isMultipleSelect(element) ? selected : (selected[0] ?? '');
  }
  if (tag === 'option') return optionValue(element);
  if (isInput(element, 'checkbox')) return state.isChecked(element) ? (attr(element, 'value') ?? 'on') : null;
  if (isInput(element, 'radio')) {
    const checked = radioGroup(element).find((radio) => state.isChecked(radio));
    return checked ? (attr(checked, 'value') ?? 'on') : null;
  }
  if (isInput(element, 'file')) return state.chosenFiles(element)[0] ?? '';
  if (isButton(element)) return attr(element, 'value') ?? '';
  if (isTextControl(element)) return state.value(element);
  return attr(element, 'value');
}

/**
 * The Session checked the element's kind and state before asking; these guards only keep a misuse
 * of the driver from corrupting the form state (see support/session/field-actions.ts).
 */
function requireKind(ok: boolean, element: Element, what: string): void {
  if (!ok) throw new DriverError(`${describeElement(element)} is not ${what}`);
}

export function writeValue(element: Element, value: string, state: FormState): void {
  requireKind(isTextControl(element), element, 'a text field');
  // Typing cannot put a line break into a one-line input, nor more characters than maxlength allows.
  let typed = tagName(element) === 'textarea' ? value : value.replace(/[\r\n]/g, '');
  const maxLength = Number.parseInt(attr(element, 'maxlength') ?? '', 10);
  if (Number.isInteger(maxLength) && maxLength >= 0) typed = [...typed].slice(0, maxLength).join('');
  state.setValue(element, typed);
}

export function setChecked(element: Element, checked: boolean, state: FormState): void {
  requireKind(isCheckable(element), element, 'a checkbox or radio button');
  state.setChecked(element, checked);
}

export function readChecked(element: Element, state: FormState): boolean {
  if (isCheckable(element)) return state.isChecked(element);
  if (tagName(element) === 'option') {
    const select = ancestors(element).find((ancestor) => tagName(ancestor) === 'select');
    return select !== undefined && state.selectedOptions(select).includes(element);
  }
  throw new DriverError(`Cannot tell whether ${describeElement(element)} is checked: it is not a checkbox, radio button or option`);
}

/** Select `option` of `select`: it replaces the selection, or joins it when `multiple` and the select allows it. */
export function chooseOption(select: Element, option: Element, multiple: boolean, state: FormState): void {
  requireKind(tagName(select) === 'select', select, 'a select box');
  const options = selectOptions(select);
  requireKind(options.includes(option), option, `an option of ${describeElement(select)}`);
  if (multiple && isMultipleSelect(select)) {
    const selected = new Set([...state.selectedOptions(select), option]);
    state.setSelectedOptions(select, options.filter((candidate) => selected.has(candidate)));
  } else {
    state.setSelectedOptions(select, [option]);
  }
}

export async function chooseFile(element: Element, path: string, state: FormState): Promise<void> {
  requireKind(isInput(element, 'file'), element, 'a file input');
  const absolute = resolve(path);
  try {
    await access(absolute, constants.R_OK);
  } catch {
    throw new DriverError(`Cannot attach "${path}" to ${describeElement(element)}: no readable file at ${absolute}`);
  }
  state.setChosenFiles(element, [absolute]);
}
