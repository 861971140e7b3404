/**
 * The page API steps talk to (Mink's Session + DocumentElement): navigation, finding elements by
 * named selector or CSS, and acting on them. It knows its driver only through the Driver contract
 * and its declared capabilities. Every lookup runs inside synchronize(), so browser pages are
 * waited for and HTTP pages are answered at once.
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
  type Query,
} from '../drivers/driver';
import type { NamedSelectorKind } from '../selectors/named';
import { NAMED_KINDS } from '../selectors/kinds';
import { encodeApiRequest, type ApiRequest } from './api-request';
import { contextLine, ExpectationError, hasContextLine, type PageContext } from './errors';
import { checkCookie, checkHeader } from './http-syntax';
import { escapeControlCharacters } from './printable';
import { normalizeWhitespace } from './text';
import { unreachableBaseUrlHint } from './unreachable';
import { isInsideWait, synchronize } from './synchronize';
import { savedStates, SessionStateError } from './saved-states';
import { FieldActions } from './field-actions';
import { ElementFinder } from './element-finder';

export interface SessionSettings {
  baseUrl: string;
  filesPath: string;
  /** Seconds a scripting driver keeps retrying; the HTTP driver never waits. */
  waitTimeout: number;
}

export type { ApiRequest } from './api-request';

export class Session {
  /** An API request's response in a browser session, which keeps its page: read until the page changes. */
  private apiResponse: DriverResponse | null = null;
  /** Headers for every API request of the scenario (behatch's "I add … header equal to …"). */
  private readonly apiHeaders = new Map<string, string>();

  private readonly fields: FieldActions;
  private readonly finder: ElementFinder;

  constructor(
    readonly name: string,
    readonly driver: Driver,
    readonly settings: SessionSettings,
  ) {
    this.fields = new FieldActions(driver, settings.filesPath);
    this.finder = new ElementFinder(driver);
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  async ensureStarted(): Promise<void> {
    if (!this.driver.isStarted()) await this.driver.start();
  }

  /** Forget what a scenario left: the driver's state and this session's API headers and response. */
  async reset(): Promise<void> {
    this.apiResponse = null;
    this.apiHeaders.clear();
    if (this.driver.isStarted()) await this.driver.reset();
  }

  /**
   * Run a finder, action or assertion, retrying it while the page may still change. Inside another
   * wait it runs once: the outer call retries, and describes the failure once, after its last attempt.
   */
  synchronize<T>(attempt: () => Promise<T>): Promise<T> {
    if (isInsideWait()) return attempt();
    const timeoutMs = this.driver.capabilities.javascript ? this.settings.waitTimeout * 1000 : 0;
    return synchronize(attempt, { timeoutMs }).catch(async (error: unknown) => {
      if (error instanceof ExpectationError && !error.context) error.withContext(await this.pageContext());
      else if ((error instanceof DriverError || error instanceof UnsupportedDriverActionError) && !hasContextLine(error.message)) {
        // Where it happened helps here too; the page excerpt would only repeat what the message says.
        error.message = escapeControlCharacters(`${error.message}\n${contextLine(await this.pageContext())}`);
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

  async visit(page: string): Promise<void> {
    this.apiResponse = null;
    await this.ensureStarted();
    const url = this.locatePath(page);
    try {
      await this.driver.visit(url);
    } catch (error) {
      if (error instanceof DriverError) {
        const hint = unreachableBaseUrlHint(error.message, url, this.settings.baseUrl);
        if (hint) error.message += `\n${hint}`;
      }
      throw error;
    }
  }

  async reload(): Promise<void> {
    this.apiResponse = null;
    await this.driver.reload();
  }

  async back(): Promise<void> {
    this.apiResponse = null;
    await this.driver.back();
  }

  async forward(): Promise<void> {
    this.apiResponse = null;
    await this.driver.forward();
  }

  currentUrl(): Promise<string> {
    return this.driver.currentUrl();
  }

  // ---- finding (the rules are in element-finder.ts) ----------------------------------------------

  /** First element matching a named selector, waiting for it on a scripting driver. */
  findNamed(kind: NamedSelectorKind, locator: string, within?: ElementHandle): Promise<ElementHandle> {
    return this.synchronize(() => this.finder.named(kind, locator, within));
  }

  findNamedOnce(kind: NamedSelectorKind, locator: string, within?: ElementHandle): Promise<ElementHandle> {
    return this.finder.named(kind, locator, within);
  }

  findNamedInRegionOnce(kind: NamedSelectorKind, locator: string, regionCss?: string): Promise<ElementHandle> {
    return this.finder.namedInRegion(kind, locator, regionCss);
  }

  findRegionsOnce(css: string): Promise<ElementHandle[]> {
    return this.finder.regions(css);
  }

  findCss(css: string): Promise<ElementHandle> {
    return this.synchronize(() => this.finder.first(css));
  }

  findCssOnce(css: string): Promise<ElementHandle> {
    return this.finder.first(css);
  }

  findVisibleCssOnce(css: string): Promise<ElementHandle> {
    return this.finder.firstVisible(css);
  }

  findAll(query: Query, within?: ElementHandle): Promise<ElementHandle[]> {
    return this.driver.findAll(query, within);
  }

  // ---- actions ---------------------------------------------------------------------------------

  // Every action by name takes an optional CSS region: the action happens inside the first element
  // matching it that holds a match ("I press "Edit" in the ".card" element").

  clickLink(locator: string, regionCss?: string): Promise<void> {
    return this.actOnNamed('link', locator, regionCss, (link) => this.click(link));
  }

  pressButton(locator: string, regionCss?: string): Promise<void> {
    return this.actOnNamed('button', locator, regionCss, (button) => this.pressElement(button, `Button "${locator}"`));
  }

  fillField(locator: string, value: string, regionCss?: string): Promise<void> {
    return this.actOnNamed('field', locator, regionCss, (field) => this.fillElement(field, value, `form field "${locator}"`));
  }

  checkField(locator: string, regionCss?: string): Promise<void> {
    return this.actOnNamed('field', locator, regionCss, (field) => this.checkElement(field, `form field "${locator}"`));
  }

  uncheckField(locator: string, regionCss?: string): Promise<void> {
    return this.actOnNamed('field', locator, regionCss, (field) => this.uncheckElement(field, `form field "${locator}"`));
  }

  /** Mink's selectFieldOption: a select's option by value or text, or a radio of the group by value or label. */
  selectOption(locator: string, option: string, multiple = false, regionCss?: string): Promise<void> {
    return this.actOnNamed('field', locator, regionCss, (field) => this.selectElementOption(field, option, multiple, `"${locator}"`));
  }

  /**
   * Find by name and act, waiting for both. A hidden element is found only when nothing visible
   * matches (the last resort); when the browser then refuses it, the failure says it is hidden, as
   * Capybara's "Unable to find visible …" would, rather than leave "hidden, disabled or covered" open.
   */
  private actOnNamed(kind: NamedSelectorKind, locator: string, regionCss: string | undefined, act: (element: ElementHandle) => Promise<void>): Promise<void> {
    return this.synchronize(async () => {
      const element = await this.findNamedInRegionOnce(kind, locator, regionCss);
      try {
        await act(element);
      } catch (error) {
        if (error instanceof TransientDriverError && error.name === 'ElementNotInteractableError' && !(await this.driver.isVisible(element).catch(() => true))) {
          throw new TransientDriverError(error.name, `${error.message}\nIt is hidden: no visible ${NAMED_KINDS[kind].noun} matches "${locator}", so a hidden one was the last resort.`, error.cause);
        }
        throw error;
      }
    });
  }

  // ---- acting on a found element (CSS steps and custom steps; once, without waiting) -----------
  // What each action means for each kind of control is decided in field-actions.ts.

  /** Type `value` into a text field, choose it in a select, pick the radio of that value, or attach that file. */
  fillElement(element: ElementHandle, value: string, name = element.description): Promise<void> {
    return this.fields.fill(element, value, name);
  }

  /** A select's option by value or text, or the radio of the element's group by value or label. */
  selectElementOption(element: ElementHandle, option: string, multiple = false, name = element.description): Promise<void> {
    return this.fields.selectOption(element, option, multiple, name);
  }

  /** Check a checkbox, or choose a radio button. */
  checkElement(element: ElementHandle, name = element.description): Promise<void> {
    return this.fields.check(element, name);
  }

  uncheckElement(element: ElementHandle, name = element.description): Promise<void> {
    return this.fields.uncheck(element, name);
  }

  /** Click a button, refusing a disabled one as a browser would ignore the click. */
  pressElement(element: ElementHandle, name = element.description): Promise<void> {
    this.apiResponse = null;
    return this.fields.press(element, name);
  }

  attachFile(locator: string, file: string): Promise<void> {
    return this.synchronize(async () => {
      // A missing file is the step's mistake whether or not the field is there yet: say that first.
      const resolved = this.fields.resolveUpload(file);
      await this.fields.attach(await this.findNamedOnce('field', locator), resolved, `form field "${locator}"`);
    });
  }

  // ---- reading elements and the response (for custom steps: a step never talks to a driver) ----

  content(): Promise<string> {
    return this.driver.content();
  }

  async text(element: ElementHandle): Promise<string> {
    return normalizeWhitespace(await this.driver.text(element));
  }

  attribute(element: ElementHandle, name: string): Promise<string | null> {
    return this.driver.attribute(element, name);
  }

  /** A click may load a page: the response steps then read that page, not an earlier API response. */
  click(element: ElementHandle): Promise<void> {
    this.apiResponse = null;
    return this.driver.click(element);
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
    // A failed request leaves no earlier response behind for the response steps to read.
    this.apiResponse = null;
    this.apiResponse = await this.driver.request({ method, url: this.locatePath(request.path), headers, body });
  }

  /**
   * Status of the last response: an API request's in a browser session, else the page's (waited
   * for: a browser may report the page's response a moment after the page itself).
   */
  statusCode(): Promise<number> {
    return this.apiResponse ? Promise.resolve(this.apiResponse.status) : this.synchronize(() => this.driver.statusCode());
  }

  responseHeaders(): Promise<Record<string, string[]>> {
    return this.apiResponse ? Promise.resolve(this.apiResponse.headers) : this.synchronize(() => this.driver.responseHeaders());
  }

  /** The body of the last response: an API request's in a browser session, else the page's content. */
  responseContent(): Promise<string> {
    return this.apiResponse ? Promise.resolve(this.apiResponse.body) : this.driver.content();
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
   */
  async useSavedState(name: string, signIn: () => Promise<void>): Promise<void> {
    try {
      await this.restoreState(name);
      return;
    } catch (error) {
      if (!(error instanceof SessionStateError)) throw error;
    }
    await signIn();
    await this.saveState(name);
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
