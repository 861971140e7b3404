/**
 * The page API steps talk to (Mink's Session + DocumentElement): navigation, finding elements by
 * named selector or CSS, and acting on them. It knows its driver only through the Driver contract
 * and its declared capabilities. Every lookup runs inside synchronize(), so browser pages are
 * waited for and HTTP pages are answered at once. Elements are found and acted on through one path,
 * MinkElement (element.ts), for the predefined steps and custom steps alike. API requests, the
 * origin's headers and cookies, saved states and the handle form of the actions are modules of their
 * own (api-requests.ts, origin-settings.ts, session-states.ts, handle-actions.ts) the Session hands on to.
 */
import {
  browserOperationsOf,
  DriverError,
  NEEDS_BROWSER,
  TransientDriverError,
  UnsupportedDriverActionError,
  type BrowserOperations,
  type Driver,
  type DriverResponse,
  type ElementHandle,
  type NavigationNote,
  type Query,
} from '../drivers/driver';
import type { NamedSelectorKind } from '../selectors/named';
import { MinkElement, type SelectorArgument, type SelectorType } from './element';
import { parseKeyCombination } from './keys';
import type { ApiRequest } from './api-request';
import { ApiRequests } from './api-requests';
import { contextLine, ElementNotFoundError, ExpectationError, hasContextLine, withDriverContext, type PageContext } from './errors';
import { OriginSettings } from './origin-settings';
import { normalizeWhitespace } from './text';
import { unreachableBaseUrlHint } from './unreachable';
import { isInsideWait, synchronize } from './synchronize';
import { SessionStates, type SavedStateCheck } from './session-states';
import { FieldActions } from './field-actions';
import { ElementFinder } from './element-finder';
import { ElementLocators } from './element-locators';
import { handleOf, HandleActions, type ElementLike } from './handle-actions';
import { RequestStubs } from './request-stubs';
import { downloadedFiles, lastDownloadedFile, type DownloadedFile } from './downloaded-file';

export interface SessionSettings {
  baseUrl: string;
  filesPath: string;
  /** Seconds a scripting driver keeps retrying; the HTTP driver never waits. */
  waitTimeout: number;
}

export type { ApiRequest } from './api-request';
export type { SavedStateCheck } from './session-states';
export type { ElementLike } from './handle-actions';

export class Session {
  /** The driver, watched: whether the page may have changed since the last API response. */
  readonly driver: Driver;
  private readonly api = new ApiRequests(this);
  private readonly origin = new OriginSettings(this);
  private readonly states = new SessionStates(this);

  private readonly fields: FieldActions;
  private readonly handleActions: HandleActions;
  private readonly finder: ElementFinder;
  private readonly locate: ElementLocators;
  /** Stubbed answers to what the page's scripts request (browser only). */
  readonly requestStubs = new RequestStubs(this);

  constructor(
    readonly name: string,
    driver: Driver,
    readonly settings: SessionSettings,
  ) {
    this.driver = this.api.watch(driver);
    this.fields = new FieldActions(this.driver, settings.filesPath);
    this.handleActions = new HandleActions(this.fields);
    this.finder = new ElementFinder(this.driver);
    this.locate = new ElementLocators(this, this.driver, this.finder);
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  async ensureStarted(): Promise<void> {
    if (!this.driver.isStarted()) await this.driver.start();
  }

  /** Forget what a scenario left: the driver's state and this session's API headers and response. */
  async reset(): Promise<void> {
    this.api.forget();
    if (this.driver.isStarted()) await this.driver.reset();
  }

  /**
   * Run a finder, action or assertion, retrying it while the page may still change. Inside another
   * wait it runs once: the outer call retries, and describes the failure once, after its last attempt
   * (`explain` may add to the message of that failure first).
   */
  synchronize<T>(attempt: () => Promise<T>, explain?: (error: unknown) => Promise<void>): Promise<T> {
    if (isInsideWait()) return attempt();
    const timeoutMs = this.driver.capabilities.javascript ? this.settings.waitTimeout * 1000 : 0;
    return synchronize(attempt, { timeoutMs }).catch(async (error: unknown) => {
      // What only the last failure deserves (it may cost lookups of its own), said before where it happened.
      if (error instanceof ElementNotFoundError) await error.explain();
      await explain?.(error).catch(() => undefined);
      if (error instanceof ExpectationError && !error.context) error.withContext(await this.pageContext());
      else if ((error instanceof DriverError || error instanceof UnsupportedDriverActionError) && !hasContextLine(error.message)) {
        // Where it happened helps too; the page excerpt only where the page is the reason (a transient failure).
        error.message = withDriverContext(error.message, await this.pageContext(), error instanceof TransientDriverError);
      }
      throw error;
    });
  }

  // ---- navigation ------------------------------------------------------------------------------

  /** Mink's locatePath: absolute http(s) URLs as they are, otherwise joined to the base URL. */
  locatePath(page: string): string {
    if (/^https?:\/\//i.test(page)) return page;
    return `${this.settings.baseUrl.replace(/\/+$/, '')}/${page.replace(/^\/+/, '')}`;
  }

  /** Each navigation resolves to the note its step shows when it did more than its words say (NavigationNote). */
  async visit(page: string): Promise<NavigationNote> {
    await this.ensureStarted();
    const url = this.locatePath(page);
    try {
      return await this.driver.visit(url);
    } catch (error) {
      if (error instanceof DriverError) {
        const hint = unreachableBaseUrlHint(error.message, url, this.settings.baseUrl);
        if (hint) error.message += `\n${hint}`;
      }
      throw error;
    }
  }

  reload(): Promise<NavigationNote> {
    return this.driver.reload();
  }

  back(): Promise<NavigationNote> {
    return this.driver.back();
  }

  forward(): Promise<NavigationNote> {
    return this.driver.forward();
  }

  currentUrl(): Promise<string> {
    return this.driver.currentUrl();
  }

  // ---- finding (the rules are in element-finder.ts) ----------------------------------------------

  /**
   * The first match, waited for (a not-found failure says what was looked for and what was close):
   * `find('css', 'tr.book')`, `find('button', 'Save')`, or Mink's `find('named', ['button', 'Save'])`.
   * With CSS, the first match a user can see, else the first.
   */
  async find(selector: SelectorType, locator: SelectorArgument, within?: MinkElement): Promise<MinkElement> {
    const element = this.element(selector, locator, within);
    await element.handle();
    return element;
  }

  /** Like `find`, but looked up at the element's first use, inside that call's wait. */
  element(selector: SelectorType, locator: SelectorArgument, within?: MinkElement): MinkElement {
    return this.locate.bySelector(selector, locator, within);
  }


  /** First element matching a named selector, waiting for it on a scripting driver (the handle form). */
  findNamed(kind: NamedSelectorKind, locator: string, within?: ElementLike): Promise<ElementHandle> {
    return this.synchronize(async () => this.finder.named(kind, locator, await handleOf(within)));
  }

  findCss(css: string): Promise<ElementHandle> {
    return this.synchronize(() => this.finder.first(css));
  }

  /**
   * Every match now, no wait (none is an empty list): `findAll('css', 'tr')` or `findAll('link', 'Edit')`
   * gives element objects; the handle form `findAll({ css: 'tr' })` gives the driver's handles.
   */
  findAll(selector: SelectorType, locator: SelectorArgument, within?: MinkElement): Promise<MinkElement[]>;
  findAll(query: Query, within?: ElementLike): Promise<ElementHandle[]>;
  async findAll(
    selectorOrQuery: SelectorType | Query,
    locatorOrWithin?: SelectorArgument | ElementLike,
    within?: MinkElement,
  ): Promise<MinkElement[] | ElementHandle[]> {
    if (typeof selectorOrQuery !== 'string') return this.driver.findAll(selectorOrQuery, await handleOf(locatorOrWithin as ElementLike | undefined));
    return this.locate.all(selectorOrQuery, locatorOrWithin as SelectorArgument, within);
  }

  // ---- actions by name ------------------------------------------------------------------------

  // Every action by name takes an optional CSS region: the action happens inside the first element
  // matching it that holds a match ("I press "Edit" in the ".card" element").

  clickLink(locator: string, regionCss?: string): Promise<void> {
    return this.named('link', locator, regionCss).click();
  }

  pressButton(locator: string, regionCss?: string): Promise<void> {
    return this.named('button', locator, regionCss, `Button "${locator}"`).press();
  }

  fillField(locator: string, value: string, regionCss?: string): Promise<void> {
    return this.named('field', locator, regionCss, `form field "${locator}"`).fill(value);
  }

  /**
   * Type `value` key by key into a text field, replacing what it held, and leave the focus in it (an
   * autocomplete keeps its suggestions). Over HTTP no key is typed: the value is set as `fillField`
   * sets it, and the note returned says so, for the step's output.
   */
  async typeInto(locator: string, value: string, regionCss?: string): Promise<string | void> {
    await this.named('field', locator, regionCss, `form field "${locator}"`).type(value);
    if (!this.driver.capabilities.javascript) return TYPED_WITHOUT_KEYS;
  }

  /** Each `[field, value]` in turn, as "I fill in the following:" does. */
  async fillFields(rows: ReadonlyArray<readonly [string, string]>): Promise<void> {
    for (const [locator, value] of rows) await this.fillField(locator, value);
  }

  checkField(locator: string, regionCss?: string): Promise<void> {
    return this.named('field', locator, regionCss, `form field "${locator}"`).check();
  }

  uncheckField(locator: string, regionCss?: string): Promise<void> {
    return this.named('field', locator, regionCss, `form field "${locator}"`).uncheck();
  }

  /** Mink's selectFieldOption: a select's option by value or text, or a radio of the group by value or label. */
  selectOption(locator: string, option: string, multiple = false, regionCss?: string): Promise<void> {
    return this.named('field', locator, regionCss, `"${locator}"`).selectOption(option, multiple);
  }

  attachFile(locator: string, file: string): Promise<void> {
    return this.synchronize(async () => {
      // A missing file is the step's mistake whether or not the field is there yet: say that first.
      this.fields.resolveUpload(file);
      await this.named('field', locator, undefined, `form field "${locator}"`).attachFile(file);
    });
  }

  /** The `position`-th (1 for the first) of the elements a named selector matches, in document order. */
  nth(kind: NamedSelectorKind, locator: string, position: number): MinkElement {
    return this.locate.nth(kind, locator, position);
  }

  /**
   * Click what shows `text`: a link or button first (by the names they are found by), else the
   * innermost element whose text contains it (a tab, a menu entry, a card).
   */
  clickText(text: string): Promise<void> {
    return this.locate.byText(text).click();
  }

  /** A named element, in the first element matching `regionCss` that holds one (or the whole page). */
  private named(kind: NamedSelectorKind, locator: string, regionCss: string | undefined, label?: string): MinkElement {
    return this.locate.named(kind, locator, regionCss, label);
  }

  /**
   * An operation of the scripting browser (windows, frames, dialogs), waited for like any step; on
   * the HTTP driver it fails at once, saying to tag the scenario @javascript.
   */
  async inBrowser<T>(operation: (browser: BrowserOperations) => Promise<T>): Promise<T> {
    const browser = await this.browser();
    return this.synchronize(() => operation(browser));
  }

  /** A key or combination ("ctrl+f", "meta+k", "Escape") to whatever has the focus: once, never retried. */
  async pressKeysOnPage(combination: string): Promise<void> {
    const { key, modifiers } = parseKeyCombination(combination);
    await (await this.browser()).pressKeyOnPage(key, modifiers);
  }

  // ---- acting on a found element (the handle form; once, without waiting): handle-actions.ts ----
  // What each action means for each kind of control is decided in field-actions.ts.

  /** Type `value` into a text field, choose it in a select, pick the radio of that value, or attach that file. */
  fillElement = (element: ElementLike, value: string, name?: string): Promise<void> => this.handleActions.fill(element, value, name);
  /** Type `value` key by key into a text field, replacing what it held, and stay in it. */
  typeIntoElement = (element: ElementLike, value: string, name?: string): Promise<void> => this.handleActions.typeInto(element, value, name);
  /** A select's option by value or text, or the radio of the element's group by value or label. */
  selectElementOption = (element: ElementLike, option: string, multiple = false, name?: string): Promise<void> =>
    this.handleActions.selectOption(element, option, multiple, name);
  /** Check a checkbox, or choose a radio button. */
  checkElement = (element: ElementLike, name?: string): Promise<void> => this.handleActions.check(element, name);
  uncheckElement = (element: ElementLike, name?: string): Promise<void> => this.handleActions.uncheck(element, name);
  /** Click a button, refusing a disabled one as a browser would ignore the click. */
  pressElement = (element: ElementLike, name?: string): Promise<void> => this.handleActions.press(element, name);
  attachFileToElement = (element: ElementLike, file: string, name?: string): Promise<void> => this.handleActions.attachFile(element, file, name);

  // ---- reading elements and the response (for custom steps: a step never talks to a driver) ----

  /** The files downloaded in this scenario, oldest first; in a browser, once none is still being written. */
  downloads(): Promise<DownloadedFile[]> {
    return this.synchronize(() => downloadedFiles(this.driver));
  }

  /** The newest download; in a browser it waits for one to arrive and be complete. */
  lastDownload(): Promise<DownloadedFile> {
    return this.synchronize(() => lastDownloadedFile(this.driver));
  }

  content(): Promise<string> {
    return this.driver.content();
  }

  async text(element: ElementLike): Promise<string> {
    return normalizeWhitespace(await this.driver.text(await handleOf(element)));
  }

  async attribute(element: ElementLike, name: string): Promise<string | null> {
    return this.driver.attribute(await handleOf(element), name);
  }

  async click(element: ElementLike): Promise<void> {
    return this.driver.click(await handleOf(element));
  }

  // ---- API requests (behatch's RestContext): api-requests.ts ------------------------------------

  /** A header for every later API request of this scenario; an empty value removes it. */
  setApiHeader = (name: string, value: string): void => this.api.setHeader(name, value);
  /** Send a request with the session's cookies; in a browser the response steps read its response until the page changes. */
  sendRequest = (request: ApiRequest): Promise<void> => this.api.send(request);
  /** Status of the last response: an API request's in a browser session, else the page's (waited for). */
  statusCode = (): Promise<number> => this.api.statusCode();
  responseHeaders = (): Promise<Record<string, string[]>> => this.api.responseHeaders();
  /** The body of the last response: an API request's in a browser session, else the page's content. */
  responseContent = (): Promise<string> => this.api.responseContent();

  // ---- headers, credentials and cookies of the origin (the current page's, else the base URL's): origin-settings.ts

  /** The page whose origin they apply to: the current page, or the base URL before the first visit. */
  originUrl = (): Promise<string> => this.origin.originUrl();
  setRequestHeader = (name: string, value: string): Promise<void> => this.origin.setRequestHeader(name, value);
  setBasicAuth = (credentials: { user: string; password: string } | null): Promise<void> => this.origin.setBasicAuth(credentials);
  setCookie = (name: string, value: string | null): Promise<void> => this.origin.setCookie(name, value);
  cookie = (name: string): Promise<string | null> => this.origin.cookie(name);

  // ---- saved session states (cookies of every origin, local and session storage): session-states.ts

  /** Save this session's cookies and storage under `name` for later scenarios of this process. */
  saveState = (name: string): Promise<void> => this.states.save(name);
  /** Start from a saved state; meant for the beginning of a scenario, before its first visit. */
  restoreState = (name: string): Promise<void> => this.states.restore(name);
  hasSavedState = (name: string): boolean => this.states.has(name);
  /** Restore the state `name`, proved by `check` when given; else sign in and save it (see session-states.ts). */
  useSavedState = (name: string, signIn: () => Promise<void>, check?: SavedStateCheck): Promise<void> => this.states.useSaved(name, signIn, check);

  // ---- browser-only operations -----------------------------------------------------------------

  /** The scripting operations of the driver, or the one message that says how to get them. */
  async browser(): Promise<BrowserOperations> {
    const operations = browserOperationsOf(this.driver);
    if (!operations) throw new UnsupportedDriverActionError(`${NEEDS_BROWSER}\n${contextLine(await this.pageContext())}`);
    return operations;
  }

  // ---- context for failures --------------------------------------------------------------------

  /** In a browser session after an API request, its response (what the response steps read); else `null`. */
  apiResponseInView(): DriverResponse | null {
    return this.api.responseInView();
  }

  /**
   * Where a check of the last response failed: in a browser session after an API request, that
   * request's response (the page did not change, and showing it would point at the wrong thing);
   * otherwise the page, which over HTTP is the response.
   */
  async responseContext(): Promise<PageContext> {
    const api = this.api.responseInView();
    if (!api) return this.pageContext();
    return { url: api.url, status: api.status, driver: this.driver.name, excerpt: api.body, situation: 'the response of an API request' };
  }

  async pageContext(): Promise<PageContext> {
    const browser = this.driver.isStarted() ? browserOperationsOf(this.driver) : null;
    const situation = browser ? await browser.situation().catch(() => null) : null;
    const url = await this.driver.currentUrl().catch(() => null);
    const status = this.driver.capabilities.statusCode ? await this.driver.statusCode().catch(() => null) : null;
    const excerpt = url ? await this.driver.pageText().catch(() => '') : '';
    return { url, status, driver: this.driver.name, excerpt, situation };
  }
}

/** What the typing step says over HTTP, where no key is typed. */
const TYPED_WITHOUT_KEYS = 'Over HTTP nothing is typed key by key: the value was set as "I fill in" sets it (tag the scenario @javascript to type in a browser).';
