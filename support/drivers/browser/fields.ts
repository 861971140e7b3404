/**
 * Setting form field values the way a user would, so pages see the events a user causes: typing
 * fires `input` per key and one `change` on leaving; checkboxes, radios and options are clicked.
 */
import { Key, error as seleniumError, type WebDriver, type WebElement } from 'selenium-webdriver';
import type { ElementHandle } from '../driver';
import { asBrowserElement, coveredClick, onElement } from './element';
import * as scripts from './page-scripts';
import { clickedInShadowRoot } from './shadow-click';
import { clickedItsLabel } from './label-click';
import { atClickPoint } from './click-point';

/** Input types whose typed value depends on the browser's locale widgets. */
const SCRIPTED_INPUT_TYPES = ['date', 'time', 'datetime-local', 'month', 'week', 'color', 'range'];

interface FieldDescription {
  tag: string;
  type: string;
  length: number;
}

/**
 * Pointer actions and clicks need the element in the viewport; scrolling it to the centre first avoids
 * "not clickable" under a sticky header or footer, unless its lookup just saw a click reach it where it
 * is (`clickable`, found-facts.ts). A click another element intercepts says which element covers it. A
 * link in a shadow root: see shadow-click.
 */
export async function scrollAndClick(webDriver: WebDriver, el: WebElement, clickable = false): Promise<void> {
  if (!clickable) await webDriver.executeScript(scripts.SCROLL_INTO_VIEW, el);
  try {
    await el.click();
  } catch (caught) {
    const intercepted = caught instanceof seleniumError.ElementClickInterceptedError;
    if (!intercepted && !(caught instanceof seleniumError.JavascriptError)) throw caught;
    const point = await atClickPoint(webDriver, el);
    if (await clickedInShadowRoot(webDriver, el, caught, point)) return;
    throw intercepted ? coveredClick(caught, point) : caught;
  }
}

/**
 * Type `value` into a text control or an editable element, replacing what it holds, then leave it
 * (or, with `keepFocus`, stay in it). The Session has checked that it is one and that it is enabled
 * (support/session/field-actions.ts). The field is emptied from inside it, never with WebDriver's
 * Element Clear, which leaves the field (it runs the unfocusing steps: `blur` and `change` fire, and an
 * autocomplete would close before the first key).
 */
export async function setFieldValue(webDriver: WebDriver, element: ElementHandle, value: string, keepFocus = false): Promise<void> {
  await onElement(element, keepFocus ? 'type into' : 'fill in', async (el) => {
    // A field to type into is scrolled into view by the same round trip.
    const field = (await webDriver.executeScript(scripts.DESCRIBE_FIELD, el, SCRIPTED_INPUT_TYPES)) as FieldDescription;
    if (SCRIPTED_INPUT_TYPES.includes(field.type)) {
      await webDriver.executeScript(scripts.SET_VALUE_WITH_EVENTS, el, value, keepFocus);
      return;
    }
    // Select everything and delete it in one keystroke, as Capybara does: whatever the caret, the
    // selection or the number of lines, nothing is left behind, and `input` fires as for a user.
    if (field.length > 0) {
      if (await webDriver.executeScript(scripts.FOCUS_AND_SELECT_ALL, el)) await el.sendKeys(Key.BACK_SPACE);
      // A page that fought the selection still gets an empty field (then typing proceeds as usual).
      const hasValue = field.tag === 'input' || field.tag === 'textarea';
      if (hasValue && (await webDriver.executeScript(scripts.READ_VALUE, el)) !== '') {
        await webDriver.executeScript(scripts.CLEAR_WITH_INPUT_EVENT, el);
      }
    }
    // The field is empty by now: typing fires `keydown` and `input` per character, as for a user.
    if (value) await el.sendKeys(value);
    // Leaving the field fires `change` exactly once; a user still typing stays.
    if (!keepFocus) await webDriver.executeScript(scripts.BLUR_IF_FOCUSED, el);
  });
}

/**
 * Clicking is what a user does: the browser fires the events and keeps a radio group exclusive. An
 * input its own label draws over (a design system's checkbox) is clicked through that label: see label-click.
 */
export function setChecked(webDriver: WebDriver, element: ElementHandle, checked: boolean): Promise<void> {
  return onElement(element, checked ? 'check' : 'uncheck', async (el) => {
    if ((await el.isSelected()) === checked) return;
    try {
      await scrollAndClick(webDriver, el);
    } catch (caught) {
      if (!(await clickedItsLabel(caught, (label) => scrollAndClick(webDriver, label)))) throw caught;
    }
  });
}

export function selectOption(webDriver: WebDriver, select: ElementHandle, option: ElementHandle, multiple: boolean): Promise<void> {
  // The option was found within the select, so its description already names the select.
  return onElement(option, 'select', async (optionElement) => {
    const selectElement = asBrowserElement(select).webElement;
    // Mink deselects everything, without events, before a choice that replaces a multiple selection.
    if (!multiple) await webDriver.executeScript(scripts.DESELECT_ALL_IF_MULTIPLE, selectElement);
    // Clicking an option is what a user does: the browser fires input and change itself.
    if (!(await optionElement.isSelected())) await optionElement.click();
  });
}

export function radioGroup(webDriver: WebDriver, radio: ElementHandle): Promise<WebElement[]> {
  return onElement(radio, 'find the radio group of', async (el) => (await webDriver.executeScript(scripts.RADIO_GROUP, el)) as WebElement[]);
}

export function attachFile(element: ElementHandle, path: string): Promise<void> {
  // The file detector (set for remote servers) uploads the file and types the remote path.
  return onElement(element, `attach "${path}" to`, (el) => el.sendKeys(path));
}
