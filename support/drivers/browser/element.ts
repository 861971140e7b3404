/**
 * Element handles of the browser driver, and the translation of WebDriver's errors into messages
 * that say what happened to which element, keeping the transient ones recognisable.
 */
import { error as seleniumError, type WebElement } from 'selenium-webdriver';
import { DriverError, TransientDriverError, type ControlFacts, type ElementHandle } from '../driver';
import { briefElement, briefElementInMessage } from '../../selectors/brief-element';
import { isLeavePageDialogError } from './dialogs';
import { lostSessionDetail } from './lost-session';
import type { ClickPoint } from './click-point';
import type { FactsAtFind } from './found-facts';

export class BrowserElement implements ElementHandle {
  constructor(
    readonly webElement: WebElement,
    readonly description: string,
    /** What the lookup that found it read of it (found-facts.ts), while fresh. */
    readonly found: FactsAtFind | null = null,
  ) {}

  /** The control facts its lookup read, once, if still fresh (found-facts.ts); null: read them. */
  foundControlFacts(): ControlFacts | null {
    return this.found?.takeFacts() ?? null;
  }

  /** Whether its lookup saw a click reach it where it is, once, if still fresh; false: scroll it into view first. */
  foundClickable(): boolean {
    return this.found?.takeClickable() ?? false;
  }
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

/**
 * The WebDriver failures that mean "not yet" (Capybara's `invalid_element_errors` for Selenium):
 * the page changed under the command, and the same lookup and action tried again may work. This is
 * the only list of them: each becomes a TransientDriverError, which the Session's synchronize
 * retries until the wait timeout; every other failure is final and fails the step at once.
 */
const TRANSIENT_WEBDRIVER_ERRORS = {
  /** The page re-rendered the element since it was found (React and Vue replace nodes). */
  StaleElementReferenceError: seleniumError.StaleElementReferenceError,
  /** An overlay, a spinner or an animation covers the element for now. */
  ElementClickInterceptedError: seleniumError.ElementClickInterceptedError,
  /** Hidden, disabled or of no size yet: scripts may show or enable it. */
  ElementNotInteractableError: seleniumError.ElementNotInteractableError,
  /** A frame or window a script is about to open. */
  NoSuchFrameError: seleniumError.NoSuchFrameError,
  NoSuchWindowError: seleniumError.NoSuchWindowError,
  /** A dialog a script is about to open (the dialog steps). */
  NoSuchAlertError: seleniumError.NoSuchAlertError,
  /** A dialog blocks the page (a leave-page dialog too): once answered, the page can be read again. */
  UnexpectedAlertOpenError: seleniumError.UnexpectedAlertOpenError,
} as const;

/**
 * Transient failures of the browser driver's own: WebDriver's kinds above, plus `NoResponseYet`,
 * the BiDi response event of a navigation that has not arrived yet (it may trail the navigation).
 */
type TransientKind = keyof typeof TRANSIENT_WEBDRIVER_ERRORS | 'NoResponseYet';

/** A failure of the browser driver's own checks that waiting may cure, named as WebDriver names its kind. */
export function notYet(kind: TransientKind, message: string, cause?: unknown): TransientDriverError {
  return new TransientDriverError(kind, message, cause);
}

/**
 * Chromium's words (since 134) for an element the page moved out of its document (into a <template>,
 * another frame's document): an "unknown error", where WebDriver would say stale. Capybara and others
 * do not retry it; it is a stale element all the same.
 */
const MOVED_OUT_OF_DOCUMENT = /Node with given id does not belong to the document|No node with given id found|Argument should belong to the same JavaScript world as target object/;

function isMovedOutOfDocument(caught: unknown): boolean {
  return caught instanceof seleniumError.WebDriverError && MOVED_OUT_OF_DOCUMENT.test(caught.message);
}

function transientKindOf(caught: unknown): TransientKind | null {
  // Chromium reports a leave-page dialog with its own wording, not always as UnexpectedAlertOpenError.
  if (isLeavePageDialogError(caught)) return 'UnexpectedAlertOpenError';
  if (isMovedOutOfDocument(caught)) return 'StaleElementReferenceError';
  for (const [kind, type] of Object.entries(TRANSIENT_WEBDRIVER_ERRORS)) if (caught instanceof type) return kind as TransientKind;
  return null;
}

/**
 * A WebDriver error as a DriverError that says what we were doing (a TransientDriverError when it
 * is one of the transient kinds above); anything else unchanged.
 */
export function translateError(caught: unknown, doing: string): unknown {
  if (caught instanceof DriverError) return caught;
  const lost = lostSessionDetail(caught);
  // The next scenario gets a new browser (BrowserDriver.reset); this step can only say what happened.
  if (lost) return new DriverError(`cannot ${doing}: the browser is gone (${lost})`);
  if (!(caught instanceof seleniumError.WebDriverError)) return caught;
  const message = `cannot ${doing}: ${whatWentWrong(caught)}`;
  const kind = transientKindOf(caught);
  return kind ? notYet(kind, message, caught) : new DriverError(message);
}

/**
 * An intercepted click, with the element clicked and the one covering it named as our messages name
 * elements, and the element's own label when that is what covers it (label-click.ts clicks it then).
 */
export class CoveredClickError extends seleniumError.ElementClickInterceptedError {
  constructor(
    readonly target: string,
    readonly cover: string,
    readonly label: WebElement | null,
    intercepted: Error,
  ) {
    super(intercepted.message);
  }
}

/**
 * A click WebDriver refused because another element would receive it: the same error, with what
 * covers the element as the page shows it now (WebDriver's own message names it in markup); as it came
 * when the page cannot say (the cover went away meanwhile).
 */
export function coveredClick(intercepted: Error, point: ClickPoint | null): Error {
  return point?.cover ? new CoveredClickError(briefElement(point.target), briefElement(point.cover), point.label, intercepted) : intercepted;
}

function whatWentWrong(caught: InstanceType<typeof seleniumError.WebDriverError>): string {
  const detail = caught.message.split('\n')[0];
  if (caught instanceof seleniumError.StaleElementReferenceError || isMovedOutOfDocument(caught)) return 'the element went away (the page changed since it was found)';
  if (caught instanceof CoveredClickError) return `${caught.target} is covered by ${caught.cover}`;
  if (caught instanceof seleniumError.ElementClickInterceptedError) {
    const cover = briefElementInMessage(detail);
    return cover ? `it is covered by ${cover}` : 'another element would receive the click';
  }
  if (caught instanceof seleniumError.ElementNotInteractableError) return 'the element is not interactable (hidden, disabled or covered)';
  if (isLeavePageDialogError(caught)) return 'a leave-page (beforeunload) dialog is open; accept or dismiss it first';
  if (caught instanceof seleniumError.UnexpectedAlertOpenError) return `a dialog is open; accept or dismiss it first (${detail})`;
  if (caught instanceof seleniumError.InvalidSelectorError) return `invalid selector (${detail})`;
  return `${caught.name}: ${detail}`;
}

/** Runs a WebDriver call that is not about one element; its errors become DriverErrors saying what we were doing. */
export async function attempt<T>(doing: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (caught) {
    throw translateError(caught, doing);
  }
}
