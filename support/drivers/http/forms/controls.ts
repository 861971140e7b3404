/**
 * What kind of form control an element is, and which form owns it (HTML spec: form owner, disabled,
 * listed elements), over domhandler nodes.
 */
import type { AnyNode, Element } from 'domhandler';
import { BUTTON_INPUT_TYPES } from '../../../selectors/input-types';
import { ancestors, attr, descendantElements, documentRootOf, elementById, hasAttr, isElement, tagName } from '../dom';

const INPUT_TYPES = new Set([
  'hidden', 'text', 'search', 'tel', 'url', 'email', 'password', 'date', 'month', 'week', 'time',
  'datetime-local', 'number', 'range', 'color', 'checkbox', 'radio', 'file', 'submit', 'image', 'reset', 'button',
]);
const SUBMITTABLE_TAGS = new Set(['input', 'button', 'select', 'textarea']);

/** The input's type as the browser sees it: lower-cased, unknown or missing → text. */
export function inputType(element: Element): string {
  const type = (attr(element, 'type') ?? '').toLowerCase();
  return INPUT_TYPES.has(type) ? type : 'text';
}

/** `<button>` type: missing or invalid → submit. */
function buttonType(element: Element): string {
  const type = (attr(element, 'type') ?? '').toLowerCase();
  return type === 'reset' || type === 'button' ? type : 'submit';
}

export function isInput(element: Element, ...types: string[]): boolean {
  return tagName(element) === 'input' && (types.length === 0 || types.includes(inputType(element)));
}

export function isButton(element: Element): boolean {
  return tagName(element) === 'button' || (tagName(element) === 'input' && BUTTON_INPUT_TYPES.has(inputType(element)));
}

export function isSubmitButton(element: Element): boolean {
  if (tagName(element) === 'button') return buttonType(element) === 'submit';
  return isInput(element, 'submit', 'image');
}

export function isResetButton(element: Element): boolean {
  if (tagName(element) === 'button') return buttonType(element) === 'reset';
  return isInput(element, 'reset');
}

export function isCheckable(element: Element): boolean {
  return isInput(element, 'checkbox', 'radio');
}

/** Controls whose value is text the user types (incl. hidden, which scripts and tests may set). */
export function isTextControl(element: Element): boolean {
  if (tagName(element) === 'textarea') return true;
  return tagName(element) === 'input' && !isCheckable(element) && !isButton(element) && !isInput(element, 'file');
}

function isSubmittable(element: Element): boolean {
  return SUBMITTABLE_TAGS.has(tagName(element));
}

/** Disabled as a browser decides: its own attribute, or inside a disabled fieldset but not its first legend. */
export function isDisabled(element: Element): boolean {
  if (!isSubmittable(element) && tagName(element) !== 'fieldset') return false;
  if (hasAttr(element, 'disabled')) return true;
  let child: Element = element;
  for (const ancestor of ancestors(element)) {
    if (tagName(ancestor) === 'fieldset' && hasAttr(ancestor, 'disabled')) {
      const firstLegend = ancestor.children.find((node) => isElement(node) && tagName(node) === 'legend');
      if (child !== firstLegend) return true;
    }
    child = ancestor;
  }
  return false;
}

/** The form a control belongs to: `form="id"` when present (null if that id is not a form), else the nearest ancestor form. */
export function formOwner(element: Element): Element | null {
  const formId = attr(element, 'form');
  if (formId !== null) {
    const target = elementById(documentRootOf(element), formId);
    return target !== null && tagName(target) === 'form' ? target : null;
  }
  return ancestors(element).find((ancestor) => tagName(ancestor) === 'form') ?? null;
}

/** The form's submittable controls in tree order, including those outside it that point at it with `form=`. */
export function formControls(form: Element): Element[] {
  return descendantElements(documentRootOf(form)).filter(
    (element) => isSubmittable(element) && formOwner(element) === form,
  );
}

/** The radio buttons that exclude each other: same name, same form owner (or both form-less). */
export function radioGroup(radio: Element): Element[] {
  const name = attr(radio, 'name');
  if (name === null || name === '') return [radio];
  const owner = formOwner(radio);
  const scope: AnyNode = owner ?? documentRootOf(radio);
  const candidates = owner !== null ? formControls(owner) : descendantElements(scope);
  return candidates.filter(
    (element) => isInput(element, 'radio') && attr(element, 'name') === name && formOwner(element) === owner,
  );
}
