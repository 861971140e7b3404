/**
 * Element handles of the browser driver, and the translation of WebDriver's errors into messages
 * that say what happened to which element.
 */
import { error as seleniumError, type WebElement } from 'selenium-webdriver';
import { DriverError, type ElementHandle } from '../driver';
import { isLeavePageDialogError } from './dialogs';
import { lostSessionDetail } from './lost-session';

export class BrowserElement implements ElementHandle {
  constructor(
    readonly webElement: WebElement,
    readonly description: string,
  ) {}
}

export function asBrowserElement(element: ElementHandle): BrowserElement {
  if (element instanceof BrowserElement) return element;
  throw new DriverError(`${element.description} was found by another driver; find it again in the browser session`);
}

/** Runs `action` on an element; WebDriver's errors become DriverErrors that name the element. */
export async function onElement<T>(element: ElementHandle, doing: string, action: (webElement: WebElement) => Promise<T>): Promise<T> {
  const browserElement = asBrowserElement(element);
  try {
    return await action(browserElement.webElement);
  } catch (caught) {
    throw translateError(caught, `${doing} ${browserElement.description}`);
  }
}

/** A WebDriver error as a DriverError that says what we were doing; anything else unchanged. */
export function translateError(caught: unknown, doing: string): unknown {
  if (caught instanceof DriverError) return caught;
  const lost = lostSessionDetail(caught);
  // The next scenario gets a new browser (BrowserDriver.reset); this step can only say what happened.
  if (lost) return new DriverError(`cannot ${doing}: the browser is gone (${lost})`);
  if (!(caught instanceof seleniumError.WebDriverError)) return caught;
  const detail = caught.message.split('\n')[0];
  if (caught instanceof seleniumError.StaleElementReferenceError) {
    return new DriverError(`cannot ${doing}: the element went away (the page changed since it was found)`);
  }
  if (caught instanceof seleniumError.ElementClickInterceptedError) {
    return new DriverError(`cannot ${doing}: another element would receive the click (${detail})`);
  }
  if (caught instanceof seleniumError.ElementNotInteractableError) {
    return new DriverError(`cannot ${doing}: the element is not interactable (hidden, disabled or covered)`);
  }
  if (isLeavePageDialogError(caught)) {
    return new DriverError(`cannot ${doing}: a leave-page (beforeunload) dialog is open; accept or dismiss it first`);
  }
  if (caught instanceof seleniumError.UnexpectedAlertOpenError) {
    return new DriverError(`cannot ${doing}: a dialog is open; accept or dismiss it first (${detail})`);
  }
  if (caught instanceof seleniumError.InvalidSelectorError) {
    return new DriverError(`cannot ${doing}: invalid selector (${detail})`);
  }
  return new DriverError(`cannot ${doing}: ${caught.name}: ${detail}`);
}

/** Runs a WebDriver call that is not about one element; its errors become DriverErrors saying what we were doing. */
export async function attempt<T>(doing: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (caught) {
    throw translateError(caught, doing);
  }
}
