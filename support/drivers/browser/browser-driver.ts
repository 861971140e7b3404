/**
 * The Selenium WebDriver driver: a real browser behind the Driver contract.
 *
 * It answers once and never waits for content (the Session retries). Named lookups are one
 * executeScript round trip each; implicit waits stay at zero. Browser-only operations, navigation,
 * field values, cookies and storage, and reset live in their own modules; this class owns the
 * browser's lifecycle and hands them the running WebDriver.
 */
import './offline';
import type { WebDriver } from 'selenium-webdriver';
import {
  DriverError,
  type BrowserOperations,
  type DriverCapabilities,
  type DriverRequest,
  type DriverResponse,
  type ElementHandle,
  type ControlFacts,
  type Download,
  type FieldValue,
  type NavigationNote,
  type Query,
  type ScriptingDriver,
  type SetValueOptions,
} from '../driver';
import type { NamedCandidate, NamedSelectorKind } from '../../selectors/named';
import { BidiNetwork } from './bidi-network';
import { ExchangeLog } from '../exchange-log';
import { closedShadowRootsInPage } from './closed-shadow-roots';
import { createBrowserOperations } from './browser-operations';
import { CookiesAndStorage, devToolsOf } from './cookies-and-storage';
import { BrowserElement, asBrowserElement, attempt, onElement } from './element';
import { describeEndpoint, resolveEndpointOnce, type Endpoint } from './endpoint';
import { attachFile, radioGroup, scrollAndClick, selectOption, setChecked, setFieldValue } from './fields';
import { launchBrowser, shutDownBrowser, type LaunchedBrowser } from './launch';
import { downloadsOf } from './downloads';
import { lostSessionDetail } from './lost-session';
import { BrowserNavigation } from './navigation';
import * as scripts from './page-scripts';
import { findElements, listNamedCandidates } from './finding';
import { CommandClock } from './found-facts';
import { sendScenarioRequest, sentByPage } from './page-request';
import { isRunning } from '../running-process';
import { resetBrowser } from './reset';
import { restoreBrowserState, saveBrowserState } from './session-state';
import { RequestChanges } from './request-changes';
import { NetworkStubs } from './network-stubs';
import { DevToolsFetch } from './devtools-fetch';
import type { SessionStateData } from '../state';
import { WindowTracker } from './windows';
import { WindowConnection } from './window-devtools';
import type { BrowserParameters } from '../../config/browser';
import { maskUrlCredentials } from '../../config/mask';
import { DEFAULT_SESSION_START_TIMEOUT_S, PAGE_LOAD_TIMEOUT_MS, SCRIPT_TIMEOUT_MS } from '../../config/timeouts';

/**
 * What the browser driver is told: the browser parameters, and what tests and tools may change. The
 * composition root (support/runtime.ts) fills it from the parameters.
 */
export interface BrowserDriverOptions extends BrowserParameters {
  /** `false` skips probing http://127.0.0.1:4444 for a running Selenium (default `true`). */
  detectSelenium?: boolean;
  /** Seconds the WebDriver server has to answer POST /session (default 60, the sessionStartTimeout parameter's). */
  sessionStartTimeout?: number;
  /** Exchanges of a scenario kept for the report of a failed one (default 100; 0: none recorded). */
  exchangesKept?: number;
}

export class BrowserDriver implements ScriptingDriver {
  private launched: LaunchedBrowser | null = null;
  private endpoint: Endpoint | null = null;
  private network: BidiNetwork | null = null;
  private starting: Promise<void> | null = null;
  private readonly windows = new WindowTracker();
  /** Counts this session's WebDriver commands: what a lookup read stays good until the next one. */
  private readonly clock = new CommandClock();
  private readonly storage = new CookiesAndStorage(() => this.webDriver, () => this.currentUrl());
  private readonly requestChanges: RequestChanges;
  /** The window's one DevTools Fetch interception: request headers, credentials and stubs, ended at reset and stop. */
  private readonly interception: DevToolsFetch;
  private readonly navigation: BrowserNavigation;
  /** The reset's own DevTools connection to its window. */
  private readonly windowConnection: WindowConnection;

  readonly browser: BrowserOperations;
  readonly exchanges: ExchangeLog;
  readonly requestStubs: NetworkStubs;

  constructor(private readonly options: BrowserDriverOptions) {
    this.browser = createBrowserOperations({ webDriver: () => this.webDriver, windows: this.windows, devTools: () => this.storage.bridge() });
    const interception = new DevToolsFetch(() => this.webDriver, options.browser);
    this.interception = interception;
    this.requestChanges = new RequestChanges(interception);
    this.requestStubs = new NetworkStubs(() => this.webDriver, interception);
    this.exchanges = new ExchangeLog(options.exchangesKept);
    const { windows, storage, requestStubs } = this;
    this.windowConnection = new WindowConnection(() => this.webDriver, options.browser);
    this.navigation = new BrowserNavigation({ webDriver: () => this.webDriver, network: () => this.network, windows, storage, requestStubs });
  }

  get name(): string {
    if (!this.endpoint) return `browser (${this.options.browser})`;
    const via = this.endpoint.kind === 'local' ? `local ${this.driverProgram()}` : `Selenium ${maskUrlCredentials(this.endpoint.url)}`;
    return `browser (${this.options.browser} via ${via})`;
  }

  /** Before start the BiDi-based abilities are assumed; after start they reflect what the endpoint granted. */
  get capabilities(): DriverCapabilities {
    const network = this.launched ? this.network !== null : true;
    return { javascript: true, statusCode: network, responseHeaders: network, requestHeaders: this.requestChanges.available, basicAuth: this.requestChanges.available, screenshots: true };
  }

  /** One line for logs, e.g. `browser via local chromedriver /usr/bin/chromedriver (…)`. */
  describe(): string | null {
    return this.endpoint ? describeEndpoint(this.endpoint, this.options.browser, this.options.headless) : null;
  }

  /** The temporary profile of a browser started locally (diagnostics and process accounting). */
  launchedProfileDir(): string | null {
    return this.launched?.profileDir ?? null;
  }

  isStarted(): boolean {
    return this.launched !== null;
  }

  start(): Promise<void> {
    if (this.launched) return Promise.resolve();
    this.starting ??= this.launch().finally(() => (this.starting = null));
    return this.starting;
  }

  private async launch(): Promise<void> {
    const endpoint = await resolveEndpointOnce(
      {
        seleniumUrl: this.options.seleniumUrl,
        browser: this.options.browser,
        driverPath: this.options.driverPath,
        browserBinary: this.options.browserBinary,
        detectSelenium: this.options.detectSelenium,
      },
      this.options.headless,
    );
    const launched = await launchBrowser(endpoint, {
      ...this.options,
      sessionStartTimeout: this.options.sessionStartTimeout ?? DEFAULT_SESSION_START_TIMEOUT_S,
    });
    try {
      const webDriver = launched.webDriver;
      this.clock.watch(webDriver);
      await webDriver.manage().setTimeouts({ implicit: 0, pageLoad: PAGE_LOAD_TIMEOUT_MS, script: SCRIPT_TIMEOUT_MS });
      this.network = await BidiNetwork.attach(webDriver, this.exchanges).catch(() => null);
      this.storage.attach(devToolsOf(webDriver, this.options.browser));
      const window = await webDriver.getWindowHandle();
      this.windows.startIn(window);
      this.endpoint = endpoint;
      this.launched = launched;
      // Opened now, while no dialog can hold the page: the first reset then finds it ready.
      void this.windowConnection.to(window);
    } catch (error) {
      await shutDownBrowser(launched);
      throw error;
    }
  }

  async stop(options: { runEnding?: boolean } = {}): Promise<void> {
    await this.starting?.catch(() => undefined);
    const launched = this.launched;
    await this.interception.clear();
    this.requestStubs.forget();
    // Closed, not broken by the browser's end; not awaited: a hung driver must not hold the stop.
    this.network?.close();
    this.launched = null;
    this.network = null;
    this.storage.detach();
    this.windowConnection.forget();
    if (launched) await shutDownBrowser(launched, options.runEnding === true);
  }

  private get webDriver(): WebDriver {
    if (!this.launched) throw new DriverError('the browser is not started: call start() first');
    return this.launched.webDriver;
  }

  /** The driver process (chromedriver, geckodriver) started for a local browser; `null` otherwise. */
  driverPid(): number | null {
    return this.launched?.local?.record.driverPid ?? null;
  }

  /**
   * Forget the last scenario. A browser that died meanwhile is said once and dropped, so the next
   * start() launches a fresh one rather than every later scenario failing on the dead one.
   */
  async reset(): Promise<void> {
    if (!this.launched) return;
    let lost = this.driverExit();
    if (lost === null) {
      try {
        await this.interception.clear();
        await this.requestStubs.clear();
        await resetBrowser({
          webDriver: this.webDriver,
          windows: this.windows,
          windowSize: this.options.windowSize,
          storage: this.storage,
          network: this.network,
          windowConnection: this.windowConnection,
        });
        await this.launched.downloads?.clear();
        return;
      } catch (error) {
        lost = this.lostSession(error);
        if (lost === null) throw error;
      }
    }
    process.stderr.write(`cucumber-mink: ${lost}: a new browser replaces it\n`);
    await this.stop();
  }

  /** `chromedriver (pid N) exited`, when the driver process we started is gone. */
  private driverExit(): string | null {
    const pid = this.driverPid();
    if (pid === null || isRunning(pid)) return null;
    return `${this.driverProgram()} (pid ${pid}) exited`;
  }

  /** What ended the session, when `error` says it has ended; `null` for any other failure. */
  private lostSession(error: unknown): string | null {
    const detail = lostSessionDetail(error);
    if (detail === null) return null;
    const pid = this.driverPid();
    if (pid !== null) return this.driverExit() ?? `the browser of ${this.driverProgram()} (pid ${pid}) exited (${detail})`;
    const where = this.endpoint?.kind === 'selenium' ? ` at Selenium ${maskUrlCredentials(this.endpoint.url)}` : '';
    return `the browser session${where} ended (${detail})`;
  }

  private driverProgram(): string {
    return this.options.browser === 'chrome' ? 'chromedriver' : 'geckodriver';
  }

  // Navigating, and the page's URL and response: navigation.ts.

  visit(url: string): Promise<NavigationNote> {
    return this.navigation.visit(url);
  }

  reload(): Promise<NavigationNote> {
    return this.navigation.reload();
  }

  back(): Promise<NavigationNote> {
    return this.navigation.back();
  }

  forward(): Promise<NavigationNote> {
    return this.navigation.forward();
  }

  currentUrl(): Promise<string> {
    return this.navigation.currentUrl();
  }

  statusCode(): Promise<number> {
    return this.navigation.statusCode();
  }

  responseHeaders(): Promise<Record<string, string[]>> {
    return this.navigation.responseHeaders();
  }

  setRequestHeader(name: string, value: string, forUrl: string): Promise<void> {
    return this.requestChanges.setHeader(name, value, forUrl);
  }

  setBasicAuth(credentials: { user: string; password: string } | null, forUrl: string): Promise<void> {
    return this.requestChanges.setBasicAuth(credentials, forUrl);
  }

  setCookie(name: string, value: string | null, forUrl: string): Promise<void> {
    return this.storage.setCookie(name, value, forUrl);
  }

  getCookie(name: string, forUrl: string): Promise<string | null> {
    return this.storage.getCookie(name, forUrl);
  }

  async request(request: DriverRequest): Promise<DriverResponse | null> {
    const currentUrl = await this.currentUrl().catch(() => 'about:blank');
    this.requestStubs.refuseWaitedRequest(request.url, `sending ${request.method} ${maskUrlCredentials(request.url)}`, sentByPage(currentUrl, request.url));
    return sendScenarioRequest(this.webDriver, currentUrl, request, this.storage, (url) => this.requestChanges.headersFor(url), this.exchanges);
  }

  saveState(): Promise<SessionStateData> {
    return attempt('save the session state', () => saveBrowserState(this.webDriver, this.storage));
  }

  restoreState(state: SessionStateData): Promise<void> {
    return attempt('restore the session state', () => restoreBrowserState(this.webDriver, this.storage, state));
  }

  downloads(): Promise<Download[]> {
    return downloadsOf(this.launched);
  }

  async content(): Promise<string> {
    return attempt('read the page HTML', async () => String(await this.webDriver.executeScript(scripts.PAGE_HTML)));
  }

  async pageText(): Promise<string> {
    return attempt('read the page text', async () => String(await this.webDriver.executeScript(scripts.PAGE_TEXT)));
  }

  findAll(query: Query, within?: ElementHandle): Promise<ElementHandle[]> {
    return findElements(this.webDriver, this.clock, query, within);
  }

  namedCandidates(kind: NamedSelectorKind, within?: ElementHandle): Promise<NamedCandidate[]> {
    return listNamedCandidates(this.webDriver, kind, within);
  }

  closedShadowRoots(kind: NamedSelectorKind, locator: string, within?: ElementHandle) {
    return closedShadowRootsInPage(this.webDriver, kind, locator, within);
  }

  tagName(element: ElementHandle): Promise<string> {
    return onElement(element, 'read the tag of', async (el) => (await el.getTagName()).toLowerCase());
  }

  text(element: ElementHandle): Promise<string> {
    return onElement(element, 'read the text of', (el) => el.getText());
  }

  html(element: ElementHandle): Promise<string> {
    return onElement(element, 'read the HTML of', async (el) => String(await this.webDriver.executeScript(scripts.INNER_HTML, el)));
  }

  attribute(element: ElementHandle, name: string): Promise<string | null> {
    return onElement(element, `read attribute "${name}" of`, async (el) => {
      const value = await this.webDriver.executeScript(scripts.GET_ATTRIBUTE, el, name);
      return value === null || value === undefined ? null : String(value);
    });
  }

  value(element: ElementHandle): Promise<FieldValue> {
    return onElement(element, 'read the value of', async (el) => (await this.webDriver.executeScript(scripts.READ_VALUE, el)) as FieldValue);
  }

  async setValue(element: ElementHandle, value: string, options?: SetValueOptions): Promise<void> {
    return setFieldValue(this.webDriver, element, value, options?.keepFocus);
  }

  async check(element: ElementHandle): Promise<void> {
    return setChecked(this.webDriver, element, true);
  }

  async uncheck(element: ElementHandle): Promise<void> {
    return setChecked(this.webDriver, element, false);
  }

  isChecked(element: ElementHandle): Promise<boolean> {
    return onElement(element, 'read the state of', (el) => el.isSelected());
  }

  controlFacts(element: ElementHandle): Promise<ControlFacts> {
    const found = asBrowserElement(element).foundControlFacts();
    if (found) return Promise.resolve(found);
    return onElement(element, 'read the state of', async (el) => (await this.webDriver.executeScript(scripts.CONTROL_FACTS, el)) as ControlFacts);
  }

  async radioGroup(radio: ElementHandle): Promise<ElementHandle[]> {
    const group = await radioGroup(this.webDriver, radio);
    return group.map((el, index) => new BrowserElement(el, `radio button ${index + 1} of the group of ${radio.description}`));
  }

  async selectOption(select: ElementHandle, option: ElementHandle, multiple: boolean): Promise<void> {
    return selectOption(this.webDriver, select, option, multiple);
  }

  attachFile(element: ElementHandle, path: string): Promise<void> {
    return attachFile(element, path);
  }

  click(element: ElementHandle): Promise<void> {
    const clickable = asBrowserElement(element).foundClickable();
    return onElement(element, 'click', (el) => scrollAndClick(this.webDriver, el, clickable));
  }

  isVisible(element: ElementHandle): Promise<boolean> {
    return onElement(element, 'check the visibility of', async (el) => (await this.webDriver.executeScript(scripts.IS_VISIBLE, el)) === true);
  }
}
