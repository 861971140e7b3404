/**
 * The page API steps talk to (Mink's Session + DocumentElement): navigation, finding elements by
 * named selector or CSS, and acting on them. It knows its driver only through the Driver contract
 * and its declared capabilities. Every lookup runs inside synchronize(), so browser pages are
 * waited for and HTTP pages are answered at once. Elements are found and acted on through one path,
 * MinkElement (element.ts), for the predefined steps and custom steps alike.
 */
import {
  browserOperationsOf,
  DriverError,
  NEEDS_BROWSER,
  TransientDriverError,
  UnsupportedDriverActionError,
  type BrowserOperations,
  type Driver,
  type ElementHandle,
  type NavigationNote,
  type Query,
} from '../drivers/driver';
import type { NamedSelectorKind } from '../selectors/named';
import { MinkElement, type SelectorArgument, type SelectorType } from './element';
import { parseKeyCombination } from './keys';
import { ResponseInView } from './response-in-view';
import { encodeApiRequest, type ApiRequest } from './api-request';
import { contextLine, ExpectationError, hasContextLine, withDriverContext, type PageContext } from './errors';
import { checkCookie, checkHeader } from './http-syntax';
import { normalizeWhitespace } from './text';
import { unreachableBaseUrlHint } from './unreachable';
import { isInsideWait, synchronize } from './synchronize';
import { savedStates, SessionStateError } from './saved-states';
import { FieldActions } from './field-actions';
import { ElementFinder } from './element-finder';
import { ElementLocators } from './element-locators';
import { RequestStubs } from './request-stubs';
import { downloadedFiles, lastDownloadedFile, type DownloadedFile } from './downloaded-file';

export interface SessionSettings {
  baseUrl: string;
  filesPath: string;
  /** Seconds a scripting driver keeps retrying; the HTTP driver never waits. */
  waitTimeout: number;
}

export type { ApiRequest } from './api-request';

/** What proves a restored session state still signs in: a page to open, and what it must show or answer. */
export interface SavedStateCheck {
  visit: string;
  text?: string;
  status?: number;
}

/** A found element in either form custom steps hold: the driver's handle, or an element object. */
export type ElementLike = ElementHandle | MinkElement;

export class Session {
  /** The driver, watched: whether the page may have changed since the last API response. */
  readonly driver: Driver;
  private readonly responses = new ResponseInView();
  /** Headers for every API request of the scenario (behatch's "I add … header equal to …"). */
  private readonly apiHeaders = new Map<string, string>();

  private readonly fields: FieldActions;
  private readonly finder: ElementFinder;
  private readonly locate: ElementLocators;
  /** Stubbed answers to what the page's scripts request (browser only). */
  readonly requestStubs = new RequestStubs(this);

  constructor(
    readonly name: string,
    driver: Driver,
    readonly settings: SessionSettings,
  ) {
    this.driver = this.responses.watch(driver);
    this.fields = new FieldActions(this.driver, settings.filesPath);
    this.finder = new ElementFinder(this.driver);
    this.locate = new ElementLocators(this, this.driver, this.finder);
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  async ensureStarted(): Promise<void> {
    if (!this.driver.isStarted()) await this.driver.start();
  }

  /** Forget what a scenario left: the driver's state and this session's API headers and response. */
  async reset(): Promise<void> {
    this.responses.pageMayHaveChanged();
    this.apiHeaders.clear();
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
    return this.synchronize(async () => this.finder.named(kind, locator, await this.handleOf(within)));
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
    if (typeof selectorOrQuery !== 'string') return this.driver.findAll(selectorOrQuery, await this.handleOf(locatorOrWithin as ElementLike | undefined));
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

  // ---- acting on a found element (the handle form; once, without waiting) -------------------
  // What each action means for each kind of control is decided in field-actions.ts.

  /** Type `value` into a text field, choose it in a select, pick the radio of that value, or attach that file. */
  async fillElement(element: ElementLike, value: string, name?: string): Promise<void> {
    const handle = await this.handleOf(element);
    return this.fields.fill(handle, value, name ?? handle.description);
  }

  /** Type `value` key by key into a text field, replacing what it held, and stay in it. */
  async typeIntoElement(element: ElementLike, value: string, name?: string): Promise<void> {
    const handle = await this.handleOf(element);
    return this.fields.typeInto(handle, value, name ?? handle.description);
  }

  /** A select's option by value or text, or the radio of the element's group by value or label. */
  async selectElementOption(element: ElementLike, option: string, multiple = false, name?: string): Promise<void> {
    const handle = await this.handleOf(element);
    return this.fields.selectOption(handle, option, multiple, name ?? handle.description);
  }

  /** Check a checkbox, or choose a radio button. */
  async checkElement(element: ElementLike, name?: string): Promise<void> {
    const handle = await this.handleOf(element);
    return this.fields.check(handle, name ?? handle.description);
  }

  async uncheckElement(element: ElementLike, name?: string): Promise<void> {
    const handle = await this.handleOf(element);
    return this.fields.uncheck(handle, name ?? handle.description);
  }

  /** Click a button, refusing a disabled one as a browser would ignore the click. */
  async pressElement(element: ElementLike, name?: string): Promise<void> {
    const handle = await this.handleOf(element);
    return this.fields.press(handle, name ?? handle.description);
  }

  async attachFileToElement(element: ElementLike, file: string, name?: string): Promise<void> {
    const handle = await this.handleOf(element);
    return this.fields.attach(handle, this.fields.resolveUpload(file), name ?? handle.description);
  }

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
    return normalizeWhitespace(await this.driver.text(await this.handleOf(element)));
  }

  async attribute(element: ElementLike, name: string): Promise<string | null> {
    return this.driver.attribute(await this.handleOf(element), name);
  }

  async click(element: ElementLike): Promise<void> {
    return this.driver.click(await this.handleOf(element));
  }

  /** The driver's handle of an element object (found, waited for), or the handle itself. */
  private handleOf(element: ElementLike): Promise<ElementHandle>;
  private handleOf(element: ElementLike | undefined): Promise<ElementHandle | undefined>;
  private async handleOf(element: ElementLike | undefined): Promise<ElementHandle | undefined> {
    return element instanceof MinkElement ? element.handle() : element;
  }

  // ---- API requests (behatch's RestContext) ----------------------------------------------------

  /** A header for every later API request of this scenario; an empty value removes it. */
  setApiHeader(name: string, value: string): void {
    if (value === '') this.apiHeaders.delete(name.toLowerCase());
    else this.apiHeaders.set(name.toLowerCase(), value);
  }

  /**
   * Send a request from the scenario with the session's cookies for its origin. Over HTTP the
   * response becomes the current page; in a browser the page stays and the response steps (status,
   * headers, JSON, "the response should contain") read this response until the next page change.
   */
  async sendRequest(request: ApiRequest): Promise<void> {
    const { method, headers, body } = encodeApiRequest(request, this.apiHeaders);
    await this.ensureStarted();
    this.responses.apiAnswered(await this.driver.request({ method, url: this.locatePath(request.path), headers, body }));
  }

  /**
   * Status of the last response: an API request's in a browser session, else the page's (waited
   * for: a browser may report the page's response a moment after the page itself).
   */
  statusCode(): Promise<number> {
    const api = this.responses.newestApiResponse();
    return api ? Promise.resolve(api.status) : this.synchronize(() => this.driver.statusCode());
  }

  responseHeaders(): Promise<Record<string, string[]>> {
    const api = this.responses.newestApiResponse();
    return api ? Promise.resolve(api.headers) : this.synchronize(() => this.driver.responseHeaders());
  }

  /** The body of the last response: an API request's in a browser session, else the page's content. */
  responseContent(): Promise<string> {
    const api = this.responses.newestApiResponse();
    return api ? Promise.resolve(api.body) : this.driver.content();
  }

  // ---- headers, credentials and cookies --------------------------------------------------------

  /**
   * The page whose origin headers, credentials and cookies apply to: the current page, or the base
   * URL before the first visit, so a scenario can set them up before it opens any page.
   */
  async originUrl(): Promise<string> {
    if (this.driver.isStarted()) {
      const current = await this.driver.currentUrl().catch(() => null);
      if (current && /^https?:/.test(current)) return current;
    }
    return this.locatePath('/');
  }

  async setRequestHeader(name: string, value: string): Promise<void> {
    checkHeader(name, value);
    await this.ensureStarted();
    await this.driver.setRequestHeader(name, value, await this.originUrl());
  }

  async setBasicAuth(credentials: { user: string; password: string } | null): Promise<void> {
    await this.ensureStarted();
    await this.driver.setBasicAuth(credentials, await this.originUrl());
  }

  async setCookie(name: string, value: string | null): Promise<void> {
    checkCookie(name, value);
    await this.ensureStarted();
    await this.driver.setCookie(name, value, await this.originUrl());
  }

  // ---- saved session states (cookies of every origin, local and session storage) ---------------

  /** Save this session's cookies and storage under `name` for later scenarios of this process. */
  async saveState(name: string): Promise<void> {
    await this.ensureStarted();
    savedStates.save(name, await this.driver.saveState(), this.name);
  }

  /** Start from a saved state; meant for the beginning of a scenario, before its first visit. */
  async restoreState(name: string): Promise<void> {
    const state = savedStates.load(name);
    await this.ensureStarted();
    await this.driver.restoreState(state);
  }

  hasSavedState(name: string): boolean {
    return savedStates.has(name);
  }

  /**
   * Restore the state `name` if this process saved it and it has not expired; otherwise run
   * `signIn` and save the result. Safe with --parallel, SHARD and single-scenario runs, where an
   * earlier scenario that saves may not have run in this process.
   *
   * A restored state may have outlived the server's session (a scenario signed out, the server
   * restarted): its cookies restore, and the failures show up steps later. With `check`, the state
   * proves itself when it is restored: `check.visit` is opened and must show `check.text` (and answer
   * `check.status`, when given); if it does not, the session starts again empty, signs in and saves anew.
   */
  async useSavedState(name: string, signIn: () => Promise<void>, check?: SavedStateCheck): Promise<void> {
    try {
      await this.restoreState(name);
      if (!check || (await this.stateStillValid(check))) return;
      await this.driver.reset();
    } catch (error) {
      if (!(error instanceof SessionStateError)) throw error;
    }
    await signIn();
    await this.saveState(name);
  }

  /** Whether the restored session still shows what a signed-in user sees (no waiting for it). */
  private async stateStillValid(check: SavedStateCheck): Promise<boolean> {
    await this.visit(check.visit);
    if (check.status !== undefined && this.driver.capabilities.statusCode && (await this.driver.statusCode().catch(() => null)) !== check.status) return false;
    return check.text === undefined || normalizeWhitespace(await this.driver.pageText()).toLowerCase().includes(normalizeWhitespace(check.text).toLowerCase());
  }

  async cookie(name: string): Promise<string | null> {
    await this.ensureStarted();
    return this.driver.getCookie(name, await this.originUrl());
  }

  // ---- browser-only operations -----------------------------------------------------------------

  /** The scripting operations of the driver, or the one message that says how to get them. */
  async browser(): Promise<BrowserOperations> {
    const operations = browserOperationsOf(this.driver);
    if (!operations) throw new UnsupportedDriverActionError(`${NEEDS_BROWSER}\n${contextLine(await this.pageContext())}`);
    return operations;
  }

  // ---- context for failures --------------------------------------------------------------------

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
