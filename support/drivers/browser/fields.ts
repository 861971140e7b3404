/**
 * Setting form field values the way a user would, so pages see the events a user causes: typing
 * fires `input` per key and one `change` on leaving; checkboxes, radios and options are clicked.
 */
import { Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { DriverError, type ElementHandle } from '../driver';
import { notYet, onElement } from './element';
import * as scripts from './page-scripts';

/** Input types whose typed value depends on the browser's locale widgets. */
const SCRIPTED_INPUT_TYPES = new Set(['date', 'time', 'datetime-local', 'month', 'week', 'color', 'range']);

interface FieldDescription {
  tag: string;
  type: string;
  multiple: boolean;
  length: number;
  editable: boolean;
  disabled: boolean;
  readOnly: boolean;
}

/** Pointer actions and clicks need the element in the viewport; scrolling first avoids "not clickable". */
export async function scrollAndClick(webDriver: WebDriver, el: WebElement): Promise<void> {
  await webDriver.executeScript(scripts.SCROLL_INTO_VIEW, el);
  await el.click();
}

/** Mink's setValue: text is typed, a select chooses, a radio group picks by value, a file input attaches. */
export async function setFieldValue(webDriver: WebDriver, element: ElementHandle, value: string): Promise<void> {
  const field = await onElement(
    element,
    'fill in',
    async (el) => (await webDriver.executeScript(scripts.DESCRIBE_FIELD, el)) as FieldDescription,
  );
  if (field.tag === 'select') return selectOption(webDriver, element, value, false);
  if (field.tag === 'input' && field.type === 'checkbox') {
    throw new DriverError(`cannot fill in ${element.description}: it is a checkbox; check or uncheck it instead`);
  }
  if (field.tag === 'input' && field.type === 'radio') return chooseRadio(webDriver, element, value);
  if (field.tag === 'input' && field.type === 'file') return attachFile(element, value);
  if (field.tag !== 'textarea' && field.tag !== 'input' && !field.editable) {
    throw new DriverError(`cannot fill in ${element.description}: it is a <${field.tag}>, not a field`);
  }
  // Typing into these does nothing in a browser; say so, as the HTTP driver does, instead of passing.
  // Scripts may enable the field later, so the session keeps trying until its wait timeout.
  if (field.disabled || field.readOnly) {
    const reason = field.disabled ? 'it is disabled' : 'it is read-only';
    throw notYet('ElementNotInteractableError', `Cannot type into ${element.description}: ${reason}`);
  }
  await onElement(element, 'fill in', async (el) => {
    if (SCRIPTED_INPUT_TYPES.has(field.type)) {
      await webDriver.executeScript(scripts.SET_VALUE_WITH_EVENTS, el, value);
      return;
    }
    await webDriver.executeScript(scripts.SCROLL_INTO_VIEW, el);
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
    // The field is empty by now: typing fires one `input` per character, as for a user.
    if (value) await el.sendKeys(value);
    // Leaving the field fires `change` exactly once.
    await webDriver.executeScript(scripts.BLUR_IF_FOCUSED, el);
  });
}

async function chooseRadio(webDriver: WebDriver, element: ElementHandle, value: string): Promise<void> {
  await onElement(element, `choose "${value}" in`, async (el) => {
    const radio = (await webDriver.executeScript(scripts.FIND_RADIO, el, value)) as WebElement | null;
    if (!radio) throw new DriverError(`cannot choose "${value}" in ${element.description}: no radio button of its group has that value`);
    if (!(await radio.isSelected())) await scrollAndClick(webDriver, radio);
  });
}

export function setChecked(webDriver: WebDriver, element: ElementHandle, checked: boolean): Promise<void> {
  return onElement(element, checked ? 'check' : 'uncheck', async (el) => {
    const type = String(await webDriver.executeScript('return (arguments[0].type || "").toLowerCase();', el));
    if (type !== 'checkbox' && type !== 'radio') {
      throw new DriverError(`cannot ${checked ? 'check' : 'uncheck'} ${element.description}: it is not a checkbox or radio button`);
    }
    if (!checked && type === 'radio') {
      throw new DriverError(`cannot uncheck ${element.description}: a radio button is unchecked by choosing another one`);
    }
    if ((await el.isSelected()) !== checked) await scrollAndClick(webDriver, el);
  });
}

export function selectOption(webDriver: WebDriver, element: ElementHandle, value: string, multiple: boolean): Promise<void> {
  return onElement(element, `select "${value}" in`, async (el) => {
    const option = (await webDriver.executeScript(scripts.FIND_OPTION, el, value)) as WebElement | null;
    if (!option) {
      const labels = (await webDriver.executeScript(scripts.OPTION_LABELS, el)) as string[];
      throw new DriverError(
        `cannot select "${value}" in ${element.description}: no option has that value or text (options: ${labels.join(', ') || 'none'})`,
      );
    }
    const isMultiple = Boolean(await webDriver.executeScript('return !!arguments[0].multiple;', el));
    if (isMultiple && !multiple) await webDriver.executeScript(scripts.DESELECT_ALL, el);
    // Clicking an option is what a user does: the browser fires input and change itself.
    if (!(await option.isSelected())) await option.click();
  });
}

export function attachFile(element: ElementHandle, path: string): Promise<void> {
  // The file detector (set for remote servers) uploads the file and types the remote path.
  return onElement(element, `attach "${path}" to`, (el) => el.sendKeys(path));
}
