/**
 * The handle form of the actions on a found element, kept for custom steps written against earlier
 * versions: they hold the driver's handles, or element objects. Each takes either, finds the element
 * (waited for, when it is an element object), names it by its description unless told otherwise, and
 * acts once, as FieldActions decides for that kind of control. Apart from the Session because it is
 * one rule applied to seven actions.
 */
import type { ElementHandle } from '../drivers/driver';
import { MinkElement } from './element';
import type { FieldActions } from './field-actions';

/** A found element in either form custom steps hold: the driver's handle, or an element object. */
export type ElementLike = ElementHandle | MinkElement;

/** The driver's handle of an element object (found, waited for), or the handle itself. */
export function handleOf(element: ElementLike): Promise<ElementHandle>;
export function handleOf(element: ElementLike | undefined): Promise<ElementHandle | undefined>;
export async function handleOf(element: ElementLike | undefined): Promise<ElementHandle | undefined> {
  return element instanceof MinkElement ? element.handle() : element;
}

export class HandleActions {
  constructor(private readonly fields: FieldActions) {}

  /** Type `value` into a text field, choose it in a select, pick the radio of that value, or attach that file. */
  async fill(element: ElementLike, value: string, name?: string): Promise<void> {
    const handle = await handleOf(element);
    return this.fields.fill(handle, value, name ?? handle.description);
  }

  /** Type `value` key by key into a text field, replacing what it held, and stay in it. */
  async typeInto(element: ElementLike, value: string, name?: string): Promise<void> {
    const handle = await handleOf(element);
    return this.fields.typeInto(handle, value, name ?? handle.description);
  }

  /** A select's option by value or text, or the radio of the element's group by value or label. */
  async selectOption(element: ElementLike, option: string, multiple = false, name?: string): Promise<void> {
    const handle = await handleOf(element);
    return this.fields.selectOption(handle, option, multiple, name ?? handle.description);
  }

  /** Check a checkbox, or choose a radio button. */
  async check(element: ElementLike, name?: string): Promise<void> {
    const handle = await handleOf(element);
    return this.fields.check(handle, name ?? handle.description);
  }

  async uncheck(element: ElementLike, name?: string): Promise<void> {
    const handle = await handleOf(element);
    return this.fields.uncheck(handle, name ?? handle.description);
  }

  /** Click a button, refusing a disabled one as a browser would ignore the click. */
  async press(element: ElementLike, name?: string): Promise<void> {
    const handle = await handleOf(element);
    return this.fields.press(handle, name ?? handle.description);
  }

  async attachFile(element: ElementLike, file: string, name?: string): Promise<void> {
    const handle = await handleOf(element);
    return this.fields.attach(handle, this.fields.resolveUpload(file), name ?? handle.description);
  }
}
