/** What clicking an element means without JavaScript. */
import type { Element } from 'domhandler';
import { UnsupportedDriverActionError } from '../driver';
import { describeOpeningTag } from './describe';
import { attr, elementById, documentRootOf, descendantElements, tagName } from './dom';
import { formOwner, isCheckable, isResetButton, isSubmitButton } from './forms/controls';

type ClickAction =
  | { readonly kind: 'follow'; readonly href: string; readonly download: string | null }
  | { readonly kind: 'submit'; readonly form: Element }
  | { readonly kind: 'reset'; readonly form: Element }
  | { readonly kind: 'toggle'; readonly control: Element }
  | { readonly kind: 'nothing' };

function needsJavaScript(element: Element, why = ''): UnsupportedDriverActionError {
  return new UnsupportedDriverActionError(
    `Clicking ${describeOpeningTag(element)}${why} needs JavaScript: tag the scenario @javascript`,
  );
}

/** The control a label is for: its `for` target, else the first labelable control inside it. */
function labelledControl(label: Element): Element | null {
  const forId = attr(label, 'for');
  if (forId !== null) return elementById(documentRootOf(label), forId);
  return descendantElements(label).find((element) => ['input', 'select', 'textarea', 'button'].includes(tagName(element))) ?? null;
}

export function clickAction(element: Element): ClickAction {
  const tag = tagName(element);
  if (tag === 'a' || tag === 'area') {
    const href = attr(element, 'href');
    if (href === null || /^\s*javascript:/i.test(href)) throw needsJavaScript(element);
    return { kind: 'follow', href, download: attr(element, 'download') };
  }
  if (isSubmitButton(element) || isResetButton(element)) {
    const form = formOwner(element);
    if (form === null) throw needsJavaScript(element, ' (it belongs to no form)');
    return { kind: isSubmitButton(element) ? 'submit' : 'reset', form };
  }
  if (isCheckable(element)) return { kind: 'toggle', control: element };
  if (tag === 'label') {
    const control = labelledControl(element);
    // A label focuses its text field, which changes nothing a headless driver can observe.
    if (control === null || !isCheckable(control)) return { kind: 'nothing' };
    return { kind: 'toggle', control };
  }
  throw needsJavaScript(element);
}
