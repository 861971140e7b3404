/** An element handle of the HTTP driver: a domhandler node tied to the page it was found on. */
import type { Element } from 'domhandler';
import { DriverError, StaleElementError, type ElementHandle } from '../driver';
import { describeElement } from './describe';
import type { Page } from './page';

export class HttpElement implements ElementHandle {
  private describedAs: string | undefined;

  constructor(
    readonly node: Element,
    readonly page: Page,
  ) {}

  /**
   * Written when a message needs it: a description reads the element's text, and describing every
   * element a finder returns made `findAll` on nested elements quadratic in the page's size.
   */
  get description(): string {
    this.describedAs ??= describeElement(this.node);
    return this.describedAs;
  }
}

/** The node behind a handle, refusing handles from an earlier response rather than acting on a stale DOM. */
export function liveNode(handle: ElementHandle, currentPage: Page | null): Element {
  if (!(handle instanceof HttpElement)) {
    throw new DriverError(`${handle.description} was not found by the http driver`);
  }
  if (handle.page !== currentPage) {
    throw new StaleElementError(`The page changed since this element was found (${handle.description}): find it again`);
  }
  return handle.node;
}
