/**
 * HTML spec "constructing the entry list": which name/value pairs a form submits, given the button
 * that submitted it and what the user did to the controls.
 */
import { basename } from 'node:path';
import type { Element } from 'domhandler';
import { ancestors, attr, tagName } from '../dom';
import { formControls, inputType, isButton, isCheckable, isDisabled, isInput } from './controls';
import { isOptionDisabled, optionValue } from './options';
import type { FormState } from './state';

export type FormEntry =
  | { readonly kind: 'string'; readonly name: string; readonly value: string }
  /** `path` null is the empty file part a browser sends for a file input with nothing chosen. */
  | { readonly kind: 'file'; readonly name: string; readonly path: string | null; readonly filename: string };

export function constructEntryList(form: Element, submitter: Element | null, state: FormState): FormEntry[] {
  const entries: FormEntry[] = [];
  const text = (name: string, value: string): void => {
    entries.push({ kind: 'string', name, value });
  };

  for (const field of formControls(form)) {
    if (ancestors(field).some((ancestor) => tagName(ancestor) === 'datalist')) continue;
    if (isDisabled(field)) continue;
    if (isButton(field) && field !== submitter) continue;
    if (isCheckable(field) && !state.isChecked(field)) continue;

    if (isInput(field, 'image')) {
      const name = attr(field, 'name');
      const prefix = name !== null && name !== '' ? `${name}.` : '';
      text(`${prefix}x`, '0');
      text(`${prefix}y`, '0');
      continue;
    }

    const name = attr(field, 'name');
    if (name === null || name === '') continue;

    if (tagName(field) === 'select') {
      for (const option of state.selectedOptions(field)) {
        if (!isOptionDisabled(option)) text(name, optionValue(option));
      }
    } else if (isCheckable(field)) {
      text(name, attr(field, 'value') ?? 'on');
    } else if (isInput(field, 'file')) {
      const paths = state.chosenFiles(field);
      if (paths.length === 0) entries.push({ kind: 'file', name, path: null, filename: '' });
      for (const path of paths) entries.push({ kind: 'file', name, path, filename: basename(path) });
    } else if (isInput(field, 'hidden') && name.toLowerCase() === '_charset_') {
      text(name, 'UTF-8');
    } else if (isButton(field)) {
      text(name, attr(field, 'value') ?? '');
    } else {
      text(name, state.value(field));
    }

    const dirname = attr(field, 'dirname');
    if (dirname !== null && dirname !== '' && (tagName(field) === 'textarea' || isTextInput(field))) {
      text(dirname, 'ltr');
    }
  }
  return entries;
}

function isTextInput(field: Element): boolean {
  return tagName(field) === 'input' && ['text', 'search', 'tel', 'url', 'email', 'password'].includes(inputType(field));
}
