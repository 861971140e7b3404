/**
 * Reading and changing form controls the way a user can in a browser, recorded in the page's
 * FormState. Fields outside any form work too, as they do in a browser.
 */
import { access, constants } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Element } from 'domhandler';
import { DriverError, type FieldValue } from '../driver';
import { describeElement } from './describe';
import { ancestors, attr, hasAttr, tagName } from './dom';
import { isButton, isCheckable, isDisabled, isInput, isTextControl, radioGroup } from './forms/controls';
import { isMultipleSelect, isOptionDisabled, optionLabel, optionValue, selectOptions } from './forms/options';
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

function refuseDisabled(element: Element): void {
  if (isDisabled(element)) throw new DriverError(`${describeElement(element)} is disabled`);
}

/** The name a user knows a choice field by, for messages. */
function fieldName(element: Element): string {
  return attr(element, 'name') || attr(element, 'id') || describeElement(element);
}

function quotedList(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

export function writeValue(element: Element, value: string, state: FormState): void {
  const description = describeElement(element);
  if (tagName(element) === 'select') {
    throw new DriverError(`Cannot type into ${description}: it is a select, choose an option instead (select "…" from "…")`);
  }
  if (isCheckable(element)) {
    throw new DriverError(`Cannot type into ${description}: it is a ${attr(element, 'type')?.toLowerCase()}, use check/uncheck instead`);
  }
  if (isInput(element, 'file')) {
    throw new DriverError(`Cannot type into ${description}: it is a file input, attach a file instead (attach the file "…" to "…")`);
  }
  if (!isTextControl(element)) throw new DriverError(`Cannot type into ${description}: it is not a text field`);
  refuseDisabled(element);
  if (hasAttr(element, 'readonly') && !isInput(element, 'hidden')) {
    throw new DriverError(`Cannot type into ${description}: it is read-only`);
  }
  // Typing cannot put a line break into a one-line input, nor more characters than maxlength allows.
  let typed = tagName(element) === 'textarea' ? value : value.replace(/[\r\n]/g, '');
  const maxLength = Number.parseInt(attr(element, 'maxlength') ?? '', 10);
  if (Number.isInteger(maxLength) && maxLength >= 0) typed = [...typed].slice(0, maxLength).join('');
  state.setValue(element, typed);
}

export function setChecked(element: Element, checked: boolean, state: FormState): void {
  if (!isCheckable(element)) {
    throw new DriverError(`Cannot ${checked ? 'check' : 'uncheck'} ${describeElement(element)}: it is not a checkbox or radio button`);
  }
  refuseDisabled(element);
  if (!checked && isInput(element, 'radio')) {
    throw new DriverError(`Cannot uncheck ${describeElement(element)}: a radio button is unchecked by checking another one of its group`);
  }
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

export function chooseOption(element: Element, value: string, multiple: boolean, state: FormState): void {
  if (isInput(element, 'radio')) {
    const group = radioGroup(element);
    const target = group.find((radio) => (attr(radio, 'value') ?? 'on') === value);
    if (!target) {
      const allowed = group.map((radio) => attr(radio, 'value') ?? 'on');
      throw new DriverError(`Radio group "${fieldName(element)}" has no option "${value}" (options: ${quotedList(allowed)})`);
    }
    setChecked(target, true, state);
    return;
  }
  if (tagName(element) !== 'select') {
    throw new DriverError(`Cannot select "${value}" in ${describeElement(element)}: it is not a select or radio button`);
  }
  refuseDisabled(element);
  const options = selectOptions(element);
  const option =
    options.find((candidate) => optionValue(candidate) === value) ??
    options.find((candidate) => optionLabel(candidate) === value.trim());
  if (!option) {
    throw new DriverError(
      `Select "${fieldName(element)}" has no option "${value}" (options: ${quotedList(options.map(optionValue))})`,
    );
  }
  if (isOptionDisabled(option)) {
    throw new DriverError(`Option "${value}" of select "${fieldName(element)}" is disabled`);
  }
  if (multiple && isMultipleSelect(element)) {
    const selected = new Set([...state.selectedOptions(element), option]);
    state.setSelectedOptions(element, options.filter((candidate) => selected.has(candidate)));
  } else {
    state.setSelectedOptions(element, [option]);
  }
}

export async function chooseFile(element: Element, path: string, state: FormState): Promise<void> {
  if (!isInput(element, 'file')) {
    throw new DriverError(`Cannot attach a file to ${describeElement(element)}: it is not a file input`);
  }
  refuseDisabled(element);
  const absolute = resolve(path);
  try {
    await access(absolute, constants.R_OK);
  } catch {
    throw new DriverError(`Cannot attach "${path}" to ${describeElement(element)}: no readable file at ${absolute}`);
  }
  state.setChosenFiles(element, [absolute]);
}
