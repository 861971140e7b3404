/**
 * What the user did to one document's controls (typed text, checked boxes, chosen options and
 * files), kept beside the parsed page so the DOM stays as the server sent it. Anything the user has
 * not touched reads its default from the markup.
 */
import type { Element } from 'domhandler';
import { attr, hasAttr, tagName, textContent } from '../dom';
import { radioGroup } from './controls';
import { defaultSelectedOptions } from './options';

export class FormState {
  private readonly values = new Map<Element, string>();
  private readonly checkedness = new Map<Element, boolean>();
  private readonly selections = new Map<Element, Element[]>();
  private readonly files = new Map<Element, string[]>();

  /** The current text of an input or textarea. */
  value(control: Element): string {
    const typed = this.values.get(control);
    if (typed !== undefined) return typed;
    if (tagName(control) === 'textarea') return textContent(control);
    return attr(control, 'value') ?? '';
  }

  setValue(control: Element, value: string): void {
    this.values.set(control, value);
  }

  isChecked(control: Element): boolean {
    const explicit = this.checkedness.get(control);
    if (explicit !== undefined) return explicit;
    if ((attr(control, 'type') ?? '').toLowerCase() !== 'radio') return hasAttr(control, 'checked');
    // Of several radios of a group marked checked, the browser keeps the last one.
    const markedInGroup = radioGroup(control).filter((radio) => hasAttr(radio, 'checked'));
    return markedInGroup[markedInGroup.length - 1] === control;
  }

  /** Checking a radio unchecks the rest of its group. */
  setChecked(control: Element, checked: boolean): void {
    if ((attr(control, 'type') ?? '').toLowerCase() === 'radio' && checked) {
      for (const radio of radioGroup(control)) this.checkedness.set(radio, radio === control);
      return;
    }
    this.checkedness.set(control, checked);
  }

  selectedOptions(select: Element): Element[] {
    return this.selections.get(select) ?? defaultSelectedOptions(select);
  }

  setSelectedOptions(select: Element, options: Element[]): void {
    this.selections.set(select, options);
  }

  chosenFiles(control: Element): string[] {
    return this.files.get(control) ?? [];
  }

  setChosenFiles(control: Element, paths: string[]): void {
    this.files.set(control, paths);
  }

  /** A reset button's job: every control of the form goes back to its markup default. */
  reset(controls: readonly Element[]): void {
    for (const control of controls) {
      this.values.delete(control);
      this.checkedness.delete(control);
      this.selections.delete(control);
      this.files.delete(control);
    }
  }
}
