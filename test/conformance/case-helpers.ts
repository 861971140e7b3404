/**
 * The few moves every group of conformance cases is written with: open a page, find by CSS (waited
 * for, as a step does), read a control's value, read what a demo form submitted, and expect a failure
 * in given words. Kept apart so each <topic>-cases.ts holds its cases only.
 */
import assert from 'node:assert/strict';
import type { Driver, ElementHandle, FieldValue } from '../../support/drivers/driver';
import type { Session } from '../../support/session/session';

export interface CaseHelpers {
  session(): Session;
  driver(): Driver;
  find(css: string): Promise<ElementHandle>;
  value(css: string): Promise<FieldValue>;
  open(page: string): Promise<void>;
  /** The lines of the result page's `#submitted` list. */
  submitted(): Promise<string[]>;
  rejectsWith(action: Promise<unknown>, message: RegExp): Promise<void>;
}

export function caseHelpers(target: () => Session): CaseHelpers {
  const session = (): Session => target();
  const driver = (): Driver => target().driver;
  const find = (css: string): Promise<ElementHandle> => session().findCss(css);
  const value = async (css: string) => driver().value(await find(css));
  const open = async (page: string): Promise<void> => {
    await session().visit(page);
  };
  const submitted = async (): Promise<string[]> => {
    // A browser may still be loading the result page after the click: wait for it as a step would.
    const list = await find('#submitted');
    const items = await driver().findAll({ css: 'li' }, list);
    return Promise.all(items.map((item) => session().text(item)));
  };
  const rejectsWith = async (action: Promise<unknown>, message: RegExp): Promise<void> => {
    await assert.rejects(action, (error: Error) => {
      assert.match(error.message, message);
      return true;
    });
  };
  return { session, driver, find, value, open, submitted, rejectsWith };
}
