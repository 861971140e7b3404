/**
 * The contract between the Session and a transport (Mink's DriverInterface, Capybara's Driver::Base).
 *
 * A driver knows nothing about cucumber, steps or waiting. It answers one question at a time, once.
 * What it cannot do it refuses with UnsupportedDriverActionError, whose message says how to get it.
 */
import type { NamedCandidate, NamedSelectorKind } from '../selectors/named';
import type { SessionStateData } from './state';
import type { DeviceProfile } from './devices';
import type { ExchangeLog } from './exchange-log';

/** An element found by a driver. Opaque to everyone but the driver that made it. */
export interface ElementHandle {
  /** Short human description for messages, e.g. `button "Save"` or `input#email`. */
  readonly description: string;
}

/**
 * What to find: CSS, or a named selector. While a modal dialog is open a named query finds only what
 * is inside it, as a user can reach nothing else (support/selectors/resolve-named.ts); `behindModal`
 * asks instead for the matches the modal keeps out of reach (none when no modal is open), which
 * messages name. CSS sees the whole page either way.
 */
export type Query =
  | { readonly css: string }
  | { readonly named: NamedSelectorKind; readonly locator: string; readonly behindModal?: boolean };

/**
 * A shadow root a page closed (`attachShadow({mode: 'closed'})`, `<template shadowrootmode="closed">`):
 * its host, briefly (`<secret-box#vault>`), and whether it holds a match of the query asked about.
 */
export interface ClosedShadowRoot {
  readonly host: string;
  readonly holdsMatch: boolean;
}

/** What a driver can do; the Session checks these instead of asking which driver it has. */
export interface DriverCapabilities {
  /** Runs page scripts; finders and assertions are retried until the wait timeout. */
  readonly javascript: boolean;
  readonly statusCode: boolean;
  readonly responseHeaders: boolean;
  readonly requestHeaders: boolean;
  readonly basicAuth: boolean;
  readonly screenshots: boolean;
}

export type FieldValue = string | string[] | boolean | null;

export interface SetValueOptions {
  /** Leave the focus in the field after typing (no `change` until it is left). */
  readonly keepFocus?: boolean;
}

/** Facts about a form control (any element answers), as the page has them now. */
export interface ControlFacts {
  /** Lower-case tag name. */
  readonly tag: string;
  /** The `type` attribute as written, lower-cased and trimmed; null when absent. */
  readonly type: string | null;
  /** Disabled as the browser decides: its own attribute, a disabled fieldset (not its first legend), an option's disabled optgroup. */
  readonly disabled: boolean;
  /** Has the `readonly` attribute. */
  readonly readOnly: boolean;
  /** Has `contenteditable` other than "false". */
  readonly editable: boolean;
}

/** A request sent from a scenario rather than by a page (API set-up, REST checks). */
export interface DriverRequest {
  readonly method: string;
  /** Absolute URL. */
  readonly url: string;
  /** Sent as given, after the session's own headers for that origin (these win). */
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface DriverResponse {
  readonly url: string;
  readonly status: number;
  /** Names lower-cased. */
  readonly headers: Record<string, string[]>;
  readonly body: string;
}

/** A file the session downloaded: what a click or visit saved instead of showing a page. */
export interface Download {
  /** The file name as saved: the server's (Content-Disposition), the link's `download` attribute, else the URL's last segment. */
  readonly name: string;
  /** The MIME type without parameters, lower-cased: the response's Content-Type, or in a browser the file name's. */
  readonly type: string;
  readonly bytes: Uint8Array;
}

/** What a navigation did beyond its words, said in the step's output; nothing when it did just that. */
export type NavigationNote = string | void;

export interface Driver {
  /** Short name shown in failure context, e.g. `http` or `browser (chrome via chromedriver)`. */
  readonly name: string;
  readonly capabilities: DriverCapabilities;
  /**
   * The HTTP exchanges since the last reset, oldest first (support/drivers/exchange-log.ts), which
   * the report of a failed scenario lists; absent for a driver that cannot see its traffic.
   */
  readonly exchanges?: ExchangeLog;

  start(): Promise<void>;
  isStarted(): boolean;
  /** Forget everything a scenario left behind: cookies, history, headers, auth, storage, windows. */
  reset(): Promise<void>;
  /**
   * `runEnding`: nothing will start after this (the run's end), so a local browser may be ended
   * outright; mid-run (an @insulated scenario, a lost browser) it is asked to quit, which reaps its
   * processes: killed ones become zombies of init, and an init that does not reap them (Node as a
   * container's PID 1) would pile up a browser's worth each time.
   */
  stop(options?: { runEnding?: boolean }): Promise<void>;

  // A navigation resolves to a note for the step's output when it did more than its words say (a
  // browser accepted a leave-page dialog to go on), else to nothing.
  visit(url: string): Promise<NavigationNote>;
  reload(): Promise<NavigationNote>;
  back(): Promise<NavigationNote>;
  forward(): Promise<NavigationNote>;
  currentUrl(): Promise<string>;

  statusCode(): Promise<number>;
  /** Header names lower-cased; repeated headers keep every value. */
  responseHeaders(): Promise<Record<string, string[]>>;
  /** Sent with every later request to the origin of `forUrl` (never to another origin). */
  setRequestHeader(name: string, value: string, forUrl: string): Promise<void>;
  /** `null` clears the credentials. Sent only to the origin of `forUrl`. */
  setBasicAuth(credentials: { user: string; password: string } | null, forUrl: string): Promise<void>;
  /** `null` deletes the cookie. Applies to the origin of `forUrl`. */
  setCookie(name: string, value: string | null, forUrl: string): Promise<void>;
  getCookie(name: string, forUrl: string): Promise<string | null>;
  /** Cookies of every origin and the storage of every origin this driver has seen. */
  saveState(): Promise<SessionStateData>;
  /** Start from a saved state: called on a reset driver, before the scenario's first visit. */
  restoreState(state: SessionStateData): Promise<void>;

  /**
   * Send a request with the session's cookies for its origin, and keep the cookies it sets. The HTTP
   * driver makes the response its current page (as BrowserKit's request() does) and returns null; a
   * browser keeps its page, sends it with fetch() from the page, and returns the response.
   */
  request(request: DriverRequest): Promise<DriverResponse | null>;

  /**
   * The files downloaded since the last reset, oldest first. A download leaves the page as it was.
   * A browser that is still writing one throws a TransientDriverError (the Session waits); one whose
   * downloads are out of reach (a remote Selenium) refuses with UnsupportedDriverActionError.
   */
  downloads(): Promise<Download[]>;

  /** The raw response body (HTTP) or the current DOM serialised (browser). */
  content(): Promise<string>;
  /** Visible page text, whitespace as in the document (the Session normalises it). */
  pageText(): Promise<string>;

  /** Every match in document order; named queries apply exact-then-partial matching. */
  findAll(query: Query, within?: ElementHandle): Promise<ElementHandle[]>;
  /** Every element of that kind as its names (label to show first), for "did you mean" hints. */
  namedCandidates(kind: NamedSelectorKind, within?: ElementHandle): Promise<NamedCandidate[]>;
  /**
   * The closed shadow roots in the page (or in `within`), each with whether what it holds matches the
   * named selector, for a not-found message: named queries never reach into a closed root.
   */
  closedShadowRoots(kind: NamedSelectorKind, locator: string, within?: ElementHandle): Promise<ClosedShadowRoot[]>;

  tagName(element: ElementHandle): Promise<string>;
  text(element: ElementHandle): Promise<string>;
  html(element: ElementHandle): Promise<string>;
  attribute(element: ElementHandle, name: string): Promise<string | null>;
  /** Mink's value contract: checkbox → its value or null; multiple select → string[]; else string. */
  value(element: ElementHandle): Promise<FieldValue>;
  /** What the Session needs to decide what a step may do with a control, read in one go. */
  controlFacts(element: ElementHandle): Promise<ControlFacts>;
  isChecked(element: ElementHandle): Promise<boolean>;
  /** The radio buttons that exclude `radio` and itself (same name, same form owner), in document order. */
  radioGroup(radio: ElementHandle): Promise<ElementHandle[]>;

  // The writes below do what they are told. Which element, whether it is the right kind and whether it
  // is enabled was decided by the Session before (see support/session/field-actions.ts).

  /**
   * Replace a text control's value as typing would (a one-line input drops line breaks; maxlength
   * holds). A browser types key by key, then leaves the field so that `change` fires, as Mink does;
   * with `keepFocus` it stays in the field, as a user still typing (an autocomplete's list stays
   * open). A driver without focus (HTTP) sets the value either way.
   */
  setValue(element: ElementHandle, value: string, options?: SetValueOptions): Promise<void>;
  /** Tick a checkbox, or choose a radio button (which unchecks the rest of its group). */
  check(element: ElementHandle): Promise<void>;
  uncheck(element: ElementHandle): Promise<void>;
  /** Select `option` of `select`; `multiple` adds it to a multiple select's selection instead of replacing it. */
  selectOption(select: ElementHandle, option: ElementHandle, multiple: boolean): Promise<void>;
  attachFile(element: ElementHandle, path: string): Promise<void>;
  click(element: ElementHandle): Promise<void>;
  isVisible(element: ElementHandle): Promise<boolean>;
}

/** A driver was asked for something it cannot do. The message names the way to get it. */
export class UnsupportedDriverActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedDriverActionError';
  }
}

/** The transport failed (connection refused, redirect loop, bad value for a field …). */
export class DriverError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DriverError';
  }
}

/**
 * An element handle used after its page was replaced (the HTTP driver's; a browser's comes as a
 * TransientDriverError, which the wait retries). An element object finds its element again on the new
 * page, as it does in a browser; a bare handle is refused in both.
 */
export class StaleElementError extends DriverError {
  override name = 'StaleElementError';
}

/**
 * A failure that may pass when tried again, because the page was changing under the driver: the
 * element was replaced, covered or not shown yet; the window, frame or dialog is not there yet.
 * Each driver decides which of its failures these are (Capybara's `invalid_element_errors`) and
 * throws them as this class; the Session's synchronize retries exactly these, and not-found, until
 * the wait timeout. `name` is the transport's own name for the failure (e.g. WebDriver's
 * `StaleElementReferenceError`), `cause` the transport's error when there was one; the message says
 * what failed, like any DriverError's.
 */
export class TransientDriverError extends DriverError {
  constructor(name: string, message: string, cause?: unknown) {
    super(message);
    this.name = name;
    if (cause !== undefined) this.cause = cause;
  }
}

export const NEEDS_BROWSER = 'this step needs a browser: tag the scenario @javascript';

/**
 * Operations only a scripting browser has. The Session calls them through `driver.browser`;
 * a driver without them makes every browser-only step fail with NEEDS_BROWSER.
 */
export interface BrowserOperations {
  executeScript(script: string): Promise<unknown>;
  /** `return` is optional, as in Mink. */
  evaluateScript(expression: string): Promise<unknown>;
  screenshot(): Promise<Buffer>;
  hover(element: ElementHandle): Promise<void>;
  doubleClick(element: ElementHandle): Promise<void>;
  rightClick(element: ElementHandle): Promise<void>;
  dragTo(source: ElementHandle, target: ElementHandle): Promise<void>;
  /** `key` is a character or a key name (Enter, Tab, ArrowDown …); modifiers: ctrl, alt, shift, meta. */
  pressKey(element: ElementHandle, key: string, modifiers: string[]): Promise<void>;
  /** The same, to whatever has the focus (the page's body when nothing has): a keyboard shortcut. */
  pressKeyOnPage(key: string, modifiers: string[]): Promise<void>;
  /** By window name, title, or `null` for the first window; `'new'` is the most recently opened one. */
  switchToWindow(nameOrTitle: string | null): Promise<void>;
  /** By id, name or CSS of the frame element; `null` goes back to the top document. */
  switchToIFrame(locator: string | null): Promise<void>;
  resizeWindow(width: number, height: number): Promise<void>;
  /** A device's viewport, pixel ratio, touch and user agent, for the rest of the scenario (undone by reset). */
  emulateDevice(device: DeviceProfile): Promise<void>;
  /** Text of the open alert/confirm/prompt, or null when none is open. */
  dialogText(): Promise<string | null>;
  acceptDialog(promptAnswer?: string): Promise<void>;
  dismissDialog(): Promise<void>;
  /** Where a failure happened when it is not simply the page: `dialog open: "…"`, `inside iframe "…"`, or null. */
  situation(): Promise<string | null>;
}

export interface ScriptingDriver extends Driver {
  readonly browser: BrowserOperations;
}

export function browserOperationsOf(driver: Driver): BrowserOperations | null {
  return (driver as Partial<ScriptingDriver>).browser ?? null;
}

/**
 * A stub of the requests a page's scripts send to one URL (fetch, XHR), for the rest of the scenario:
 * answered without the server, held for a while first, or both.
 */
export interface RequestStub {
  /** Answered with this; absent: the request reaches the server (after the delay). */
  readonly answer?: { readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: string };
  /** Held this long before it is answered or let through. */
  readonly delayMs?: number;
}

/** What stubs requests: a browser driver's `requestStubs` (support/drivers/browser/network-stubs.ts). */
export interface RequestStubbing {
  /** `url` is absolute; a later call for the same URL adds to its stub. Removed at reset. */
  stub(url: string, change: RequestStub): Promise<void>;
}

/** The driver's request stubbing, or null when it runs no page scripts that could send a request (HTTP). */
export function requestStubbingOf(driver: Driver): RequestStubbing | null {
  return (driver as { requestStubs?: RequestStubbing }).requestStubs ?? null;
}
