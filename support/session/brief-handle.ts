/**
 * An element named as a reader of a message knows it, read through the driver: `<h2.tc-titlebar
 * "GettingStarted">` says at once which element a step met, where a selector (`element ".tc-titlebar"`)
 * only repeats what the step was given.
 */
import type { Driver, ElementHandle } from '../drivers/driver';
import { briefElement } from '../selectors/brief-element';

export async function briefHandle(driver: Driver, handle: ElementHandle): Promise<string> {
  return briefElement({
    tag: await driver.tagName(handle),
    id: await driver.attribute(handle, 'id'),
    classes: await driver.attribute(handle, 'class'),
    text: await driver.text(handle),
  });
}
