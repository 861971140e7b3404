/**
 * The Selenium WebDriver driver: a real browser behind the Driver contract.
 *
 * It answers once and never waits for content (the Session retries). Named lookups are one
 * executeScript round trip each; implicit waits stay at zero.
 */
import './offline';
import { By, Key, error as seleniumError, type WebDriver, type WebElement } from 'selenium-webdriver';
import {
  DriverError,
  UnsupportedDriverActionError,
  type BrowserOperations,
  type DriverCapabilities,
  type ElementHandle,
  type FieldValue,
  type Query,
  type ScriptingDriver,
} from '../driver';
import { browserNamedScript, type NamedSelectorKind } from '../../selectors/named';
import { BidiNetwork } from './bidi-network';
import { BrowserElement, asBrowserElement, onElement, translateError } from './element';
import { describeEndpoint, resolveEndpointOnce, type BrowserName, type Endpoint } from './endpoint';
import { launchBrowser, type LaunchedBrowser } from './launch';
import * as scripts from './page-scripts';
import { processesOf, killProcesses, removeProfile, untrackLocalBrowser } from './processes';

export interface BrowserDriverOptions {
  /** A Selenium server (standalone, Grid hub, launchd service); `null` auto-detects. `/wd/hub` is accepted. */
  seleniumUrl: string | null;
  browser: BrowserName;
  headless: boolean;
  chromedriverPath: string | null;
  chromeBinary: string | null;
  windowSize: { width: number; height: number };
  /** `false` skips probing http://127.0.0.1:4444 for a running Selenium (default `true`). */
  detectSelenium?: boolean;
}

/** Chromium's DevTools bridge through WebDriver (chromedriver and Selenium both forward it). */
interface DevTools {
  sendDevToolsCommand(command: string, params?: Record<string, unknown>): Promise<void>;
  sendAndGetDevToolsCommand(command: string, params?: Record<string, unknown>): Promise<unknown>;
}

const NO_REQUEST_CHANGES =
  'WebDriver has no API for request headers, and BiDi request interception deadlocks chromedriver while a ' +
  'classic navigation waits for the intercepted request. Set it in an untagged scenario (HTTP driver)';

const NO_BIDI =
  'this browser endpoint did not grant a WebDriver BiDi connection (capability webSocketUrl), and classic ' +
  'WebDriver cannot see HTTP traffic. Use chromedriver or Selenium 4 with a BiDi-capable browser, or check it in an ' +
  'untagged scenario (HTTP driver)';

const KEY_NAMES: Record<string, string> = {
  enter: Key.ENTER, return: Key.RETURN, tab: Key.TAB, escape: Key.ESCAPE, esc: Key.ESCAPE,
  backspace: Key.BACK_SPACE, delete: Key.DELETE, space: Key.SPACE, insert: Key.INSERT,
  arrowup: Key.ARROW_UP, up: Key.ARROW_UP, arrowdown: Key.ARROW_DOWN, down: Key.ARROW_DOWN,
  arrowleft: Key.ARROW_LEFT, left: Key.ARROW_LEFT, arrowright: Key.ARROW_RIGHT, right: Key.ARROW_RIGHT,
  home: Key.HOME, end: Key.END, pageup: Key.PAGE_UP, pagedown: Key.PAGE_DOWN,
  f1: Key.F1, f2: Key.F2, f3: Key.F3, f4: Key.F4, f5: Key.F5, f6: Key.F6,
  f7: Key.F7, f8: Key.F8, f9: Key.F9, f10: Key.F10, f11: Key.F11, f12: Key.F12,
};
const MODIFIER_KEYS: Record<string, string> = {
  ctrl: Key.CONTROL, control: Key.CONTROL, alt: Key.ALT, option: Key.ALT, shift: Key.SHIFT,
  meta: Key.META, cmd: Key.META, command: Key.META,
};
/** Input types whose typed value depends on the browser's locale widgets. */
const SCRIPTED_INPUT_TYPES = new Set(['date', 'time', 'datetime-local', 'month', 'week', 'color', 'range']);

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    throw new DriverError(`"${url}" is not an absolute URL`);
  }
}

/** Mink: scripts starting with `function` are wrapped in parentheses (so `function(){…}()` runs). */
function wrapFunctionScript(script: string): string {
  const trimmed = script.trim();
  if (/^function[\s(]/.test(trimmed)) return `(${trimmed.replace(/;\s*$/, '')})`;
  return trimmed;
}

export class BrowserDriver implements ScriptingDriver {
  private launched: LaunchedBrowser | null = null;
  private endpoint: Endpoint | null = null;
  private network: BidiNetwork | null = null;
  private devTools: DevTools | null = null;
  private starting: Promise<void> | null = null;
  /** Origins seen without BiDi (visits, current URLs): reset clears their storage. */
  private readonly visitedOrigins = new Set<string>();
  private firstWindow: string | null = null;
  /** Window handles in the order they were first seen, so `'new'` means the most recent one. */
  private windowOrder: string[] = [];
  private windowResized = false;

  readonly browser: BrowserOperations;

  constructor(private readonly options: BrowserDriverOptions) {
    this.browser = this.browserOperations();
  }

  get name(): string {
    if (!this.endpoint) return `browser (${this.options.browser})`;
    const via = this.endpoint.kind === 'local' ? `local ${this.options.browser === 'chrome' ? 'chromedriver' : 'geckodriver'}` : `Selenium ${this.endpoint.url}`;
    return `browser (${this.options.browser} via ${via})`;
  }

  /** Before start the BiDi-based abilities are assumed; after start they reflect what the endpoint granted. */
  get capabilities(): DriverCapabilities {
    const network = this.launched ? this.network !== null : true;
    return { javascript: true, statusCode: network, responseHeaders: network, requestHeaders: false, basicAuth: false, screenshots: true };
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
        chromedriverPath: this.options.chromedriverPath,
        chromeBinary: this.options.chromeBinary,
        detectSelenium: this.options.detectSelenium,
      },
      this.options.headless,
    );
    const launched = await launchBrowser(endpoint, this.options);
    try {
      const webDriver = launched.webDriver;
      await webDriver.manage().setTimeouts({ implicit: 0, pageLoad: 60_000, script: 30_000 });
      this.network = await BidiNetwork.attach(webDriver).catch(() => null);
      const candidate = webDriver as unknown as Partial<DevTools>;
      this.devTools =
        this.options.browser === 'chrome' && typeof candidate.sendDevToolsCommand === 'function' ? (candidate as DevTools) : null;
      this.firstWindow = await webDriver.getWindowHandle();
      this.windowOrder = [this.firstWindow];
      this.endpoint = endpoint;
      this.launched = launched;
    } catch (error) {
      await this.shutDown(launched);
      throw error;
    }
  }

  async stop(): Promise<void> {
    await this.starting?.catch(() => undefined);
    const launched = this.launched;
    this.launched = null;
    this.network = null;
    this.devTools = null;
    this.visitedOrigins.clear();
    if (launched) await this.shutDown(launched);
  }

  private async shutDown(launched: LaunchedBrowser): Promise<void> {
    await launched.webDriver.quit().catch(() => undefined);
    if (launched.local) {
      await launched.local.stopService().catch(() => undefined);
      // Chromium helpers that outlived their driver (rare) are still ours to end.
      killProcesses(processesOf(launched.local.record));
      untrackLocalBrowser(launched.local.record);
    }
    if (launched.profileDir) removeProfile(launched.profileDir);
  }

  private get webDriver(): WebDriver {
    if (!this.launched) throw new DriverError('the browser is not started: call start() first');
    return this.launched.webDriver;
  }

  /**
   * Cheap isolation between scenarios: a fresh tab replaces every window (which also drops
   * sessionStorage and history), then cookies of every domain and the storage of every origin
   * the browser talked to are cleared.
   */
  async reset(): Promise<void> {
    if (!this.launched) return;
    const webDriver = this.webDriver;
    await this.closeOpenDialog();
    const oldWindows = await webDriver.getAllWindowHandles();
    await webDriver.switchTo().newWindow('tab');
    const freshWindow = await webDriver.getWindowHandle();
    for (const handle of oldWindows) {
      try {
        await webDriver.switchTo().window(handle);
        await this.closeOpenDialog();
        await webDriver.close();
      } catch {
        // The window closed itself meanwhile.
      }
    }
    await webDriver.switchTo().window(freshWindow);
    this.firstWindow = freshWindow;
    this.windowOrder = [freshWindow];
    if (this.windowResized) {
      await webDriver.manage().window().setRect(this.options.windowSize);
      this.windowResized = false;
    }
    const origins = new Set([...this.visitedOrigins, ...(this.network?.visitedOrigins() ?? [])]);
    await this.clearCookiesAndStorage([...origins]);
    this.visitedOrigins.clear();
    this.network?.reset();
  }

  private async clearCookiesAndStorage(origins: string[]): Promise<void> {
    const devTools = this.devTools;
    if (devTools) {
      try {
        await devTools.sendDevToolsCommand('Network.clearBrowserCookies');
        for (const origin of origins) {
          await devTools.sendDevToolsCommand('Storage.clearDataForOrigin', {
            origin,
            storageTypes: 'local_storage,indexeddb,cache_storage,service_workers,websql,file_systems',
          });
        }
        return;
      } catch {
        // The endpoint does not forward DevTools commands: fall back to plain WebDriver below.
        this.devTools = null;
      }
    }
    // Classic WebDriver only sees the current origin's cookies and storage: visit each origin.
    for (const origin of origins) {
      try {
        await this.webDriver.get(`${origin}/`);
        await this.webDriver.manage().deleteAllCookies();
        await this.webDriver.executeScript(scripts.CLEAR_STORAGE);
      } catch {
        // An origin that no longer answers keeps nothing worth clearing.
      }
    }
    await this.webDriver.get('about:blank');
  }

  private async closeOpenDialog(): Promise<void> {
    try {
      await this.webDriver.switchTo().alert().dismiss();
    } catch {
      // No dialog open.
    }
  }

  private noteOrigin(url: string): void {
    if (/^https?:/.test(url)) this.visitedOrigins.add(new URL(url).origin);
  }

  private async run<T>(doing: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (caught) {
      throw translateError(caught, doing);
    }
  }

  async visit(url: string): Promise<void> {
    this.noteOrigin(url);
    await this.run(`visit ${url}`, () => this.webDriver.get(url));
  }

  async reload(): Promise<void> {
    await this.run('reload the page', () => this.webDriver.navigate().refresh());
  }

  async back(): Promise<void> {
    await this.run('go back', () => this.webDriver.navigate().back());
  }

  async forward(): Promise<void> {
    await this.run('go forward', () => this.webDriver.navigate().forward());
  }

  async currentUrl(): Promise<string> {
    const url = await this.run('read the current URL', () => this.webDriver.getCurrentUrl());
    this.noteOrigin(url);
    return url;
  }

  private async navigationResponse(what: string) {
    if (!this.network) throw new UnsupportedDriverActionError(`${what} is not available in this browser session: ${NO_BIDI}`);
    const network = this.network;
    const context = await this.run('read the window handle', () => this.webDriver.getWindowHandle());
    // A BiDi round trip first, so events the browser sent before it have been delivered.
    await (await this.webDriver.getBidi()).status;
    const response = network.navigationResponse(context);
    if (!response) throw new DriverError(`${what}: no page has been loaded over HTTP in this window yet`);
    return response;
  }

  async statusCode(): Promise<number> {
    return (await this.navigationResponse('the response status code')).status;
  }

  async responseHeaders(): Promise<Record<string, string[]>> {
    return (await this.navigationResponse('the response headers')).headers;
  }

  async setRequestHeader(name: string, _value: string, _forUrl: string): Promise<void> {
    throw new UnsupportedDriverActionError(`setting the request header "${name}" is not supported in the browser: ${NO_REQUEST_CHANGES}`);
  }

  async setBasicAuth(_credentials: { user: string; password: string } | null, _forUrl: string): Promise<void> {
    throw new UnsupportedDriverActionError(`basic authentication is not supported in the browser: ${NO_REQUEST_CHANGES}`);
  }

  private async onOriginOf(forUrl: string, what: string): Promise<void> {
    const current = await this.currentUrl();
    if (!/^https?:/.test(current) || new URL(current).origin !== originOf(forUrl)) {
      throw new DriverError(
        `${what} for ${originOf(forUrl)} needs the browser on a page of that origin (WebDriver only reaches the ` +
          `cookies of the current page), but it is on ${current}: visit a page there first`,
      );
    }
  }

  async setCookie(name: string, value: string | null, forUrl: string): Promise<void> {
    const origin = originOf(forUrl);
    this.visitedOrigins.add(origin);
    if (this.devTools) {
      if (value === null) await this.devTools.sendDevToolsCommand('Network.deleteCookies', { name, url: `${origin}/` });
      else await this.devTools.sendDevToolsCommand('Network.setCookie', { name, value, url: `${origin}/`, path: '/' });
      return;
    }
    await this.onOriginOf(forUrl, 'setting a cookie');
    if (value === null) await this.webDriver.manage().deleteCookie(name);
    else await this.webDriver.manage().addCookie({ name, value, path: '/' });
  }

  async getCookie(name: string, forUrl: string): Promise<string | null> {
    if (this.devTools) {
      const answer = (await this.devTools.sendAndGetDevToolsCommand('Network.getCookies', { urls: [forUrl] })) as {
        cookies?: Array<{ name: string; value: string }>;
      };
      return answer?.cookies?.find((cookie) => cookie.name === name)?.value ?? null;
    }
    await this.onOriginOf(forUrl, 'reading a cookie');
    try {
      return (await this.webDriver.manage().getCookie(name))?.value ?? null;
    } catch (caught) {
      if (caught instanceof seleniumError.NoSuchCookieError) return null;
      throw caught;
    }
  }

  async content(): Promise<string> {
    return this.run('read the page HTML', async () => String(await this.webDriver.executeScript(scripts.PAGE_HTML)));
  }

  async pageText(): Promise<string> {
    return this.run('read the page text', async () => String(await this.webDriver.executeScript(scripts.PAGE_TEXT)));
  }

  async findAll(query: Query, within?: ElementHandle): Promise<ElementHandle[]> {
    const scope = within ? asBrowserElement(within) : null;
    const scopeNote = scope ? ` within ${scope.description}` : '';
    if ('css' in query) {
      const found = await (scope
        ? onElement(scope, `find "${query.css}" in`, (element) => element.findElements(By.css(query.css)))
        : this.run(`find "${query.css}"`, () => this.webDriver.findElements(By.css(query.css))));
      return found.map((element, index) => new BrowserElement(element, describeMatch(`element "${query.css}"${scopeNote}`, index)));
    }
    const found = (await this.run(`find ${query.named} "${query.locator}"${scopeNote}`, () =>
      this.webDriver.executeScript(browserNamedScript(), scope?.webElement ?? null, query.named, query.locator, 'find'),
    )) as WebElement[] | null;
    return (found ?? []).map(
      (element, index) => new BrowserElement(element, describeMatch(`${query.named} "${query.locator}"${scopeNote}`, index)),
    );
  }

  async namedCandidates(kind: NamedSelectorKind, within?: ElementHandle): Promise<string[]> {
    const scope = within ? asBrowserElement(within) : null;
    const found = (await this.run(`list ${kind} candidates`, () =>
      this.webDriver.executeScript(browserNamedScript(), scope?.webElement ?? null, kind, '', 'candidates'),
    )) as string[] | null;
    return found ?? [];
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

  outerHtml(element: ElementHandle): Promise<string> {
    return onElement(element, 'read the HTML of', async (el) => String(await this.webDriver.executeScript(scripts.OUTER_HTML, el)));
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

  async setValue(element: ElementHandle, value: string): Promise<void> {
    const field = await onElement(
      element,
      'fill in',
      async (el) =>
        (await this.webDriver.executeScript(scripts.DESCRIBE_FIELD, el)) as {
          tag: string;
          type: string;
          multiple: boolean;
          length: number;
          editable: boolean;
        },
    );
    if (field.tag === 'select') return this.selectOption(element, value, false);
    if (field.tag === 'input' && field.type === 'checkbox') {
      throw new DriverError(`cannot fill in ${element.description}: it is a checkbox; check or uncheck it instead`);
    }
    if (field.tag === 'input' && field.type === 'radio') return this.chooseRadio(element, value);
    if (field.tag === 'input' && field.type === 'file') return this.attachFile(element, value);
    if (field.tag !== 'textarea' && field.tag !== 'input' && !field.editable) {
      throw new DriverError(`cannot fill in ${element.description}: it is a <${field.tag}>, not a field`);
    }
    await onElement(element, 'fill in', async (el) => {
      if (SCRIPTED_INPUT_TYPES.has(field.type)) {
        await this.webDriver.executeScript(scripts.SET_VALUE_WITH_EVENTS, el, value);
        return;
      }
      await this.webDriver.executeScript(scripts.SCROLL_INTO_VIEW, el);
      // Delete what is there key by key, as a user would: `input` fires per keystroke, `change` not yet.
      const erase = field.length > 0 ? Key.END + Key.BACK_SPACE.repeat(field.length) : '';
      if (erase || value) await el.sendKeys(erase + value);
      // Leaving the field fires `change` exactly once.
      await this.webDriver.executeScript(scripts.BLUR_IF_FOCUSED, el);
    });
  }

  private async chooseRadio(element: ElementHandle, value: string): Promise<void> {
    await onElement(element, `choose "${value}" in`, async (el) => {
      const radio = (await this.webDriver.executeScript(scripts.FIND_RADIO, el, value)) as WebElement | null;
      if (!radio) throw new DriverError(`cannot choose "${value}" in ${element.description}: no radio button of its group has that value`);
      if (!(await radio.isSelected())) await this.clickElement(radio);
    });
  }

  check(element: ElementHandle): Promise<void> {
    return this.setChecked(element, true);
  }

  uncheck(element: ElementHandle): Promise<void> {
    return this.setChecked(element, false);
  }

  private setChecked(element: ElementHandle, checked: boolean): Promise<void> {
    return onElement(element, checked ? 'check' : 'uncheck', async (el) => {
      const type = String(await this.webDriver.executeScript('return (arguments[0].type || "").toLowerCase();', el));
      if (type !== 'checkbox' && type !== 'radio') {
        throw new DriverError(`cannot ${checked ? 'check' : 'uncheck'} ${element.description}: it is not a checkbox or radio button`);
      }
      if (!checked && type === 'radio') {
        throw new DriverError(`cannot uncheck ${element.description}: a radio button is unchecked by choosing another one`);
      }
      if ((await el.isSelected()) !== checked) await this.clickElement(el);
    });
  }

  isChecked(element: ElementHandle): Promise<boolean> {
    return onElement(element, 'read the state of', (el) => el.isSelected());
  }

  selectOption(element: ElementHandle, value: string, multiple: boolean): Promise<void> {
    return onElement(element, `select "${value}" in`, async (el) => {
      const option = (await this.webDriver.executeScript(scripts.FIND_OPTION, el, value)) as WebElement | null;
      if (!option) {
        const labels = (await this.webDriver.executeScript(scripts.OPTION_LABELS, el)) as string[];
        throw new DriverError(
          `cannot select "${value}" in ${element.description}: no option has that value or text (options: ${labels.join(', ') || 'none'})`,
        );
      }
      const isMultiple = Boolean(await this.webDriver.executeScript('return !!arguments[0].multiple;', el));
      if (isMultiple && !multiple) await this.webDriver.executeScript(scripts.DESELECT_ALL, el);
      // Clicking an option is what a user does: the browser fires input and change itself.
      if (!(await option.isSelected())) await option.click();
    });
  }

  attachFile(element: ElementHandle, path: string): Promise<void> {
    // The file detector (set for remote servers) uploads the file and types the remote path.
    return onElement(element, `attach "${path}" to`, (el) => el.sendKeys(path));
  }

  private async clickElement(el: WebElement): Promise<void> {
    await this.webDriver.executeScript(scripts.SCROLL_INTO_VIEW, el);
    await el.click();
  }

  click(element: ElementHandle): Promise<void> {
    return onElement(element, 'click', (el) => this.clickElement(el));
  }

  isVisible(element: ElementHandle): Promise<boolean> {
    return onElement(element, 'check the visibility of', (el) => el.isDisplayed());
  }

  private browserOperations(): BrowserOperations {
    return {
      executeScript: (script) => this.run('run a script', () => this.webDriver.executeScript(wrapFunctionScript(script))),
      evaluateScript: (expression) => {
        let script = wrapFunctionScript(expression);
        if (!script.startsWith('return ')) script = `return ${script}`;
        return this.run('evaluate a script', () => this.webDriver.executeScript(script));
      },
      screenshot: async () => Buffer.from(await this.run('take a screenshot', () => this.webDriver.takeScreenshot()), 'base64'),
      hover: (element) =>
        onElement(element, 'hover over', async (el) => {
          await this.webDriver.executeScript(scripts.SCROLL_INTO_VIEW, el);
          await this.webDriver.actions({ async: true }).move({ origin: el }).perform();
        }),
      doubleClick: (element) =>
        onElement(element, 'double-click', async (el) => {
          await this.webDriver.executeScript(scripts.SCROLL_INTO_VIEW, el);
          await this.webDriver.actions({ async: true }).doubleClick(el).perform();
        }),
      rightClick: (element) =>
        onElement(element, 'right-click', async (el) => {
          await this.webDriver.executeScript(scripts.SCROLL_INTO_VIEW, el);
          await this.webDriver.actions({ async: true }).contextClick(el).perform();
        }),
      dragTo: (source, target) => this.dragTo(source, target),
      pressKey: (element, key, modifiers) => this.pressKey(element, key, modifiers),
      switchToWindow: (nameOrTitle) => this.switchToWindow(nameOrTitle),
      switchToIFrame: (locator) => this.switchToIFrame(locator),
      resizeWindow: async (width, height) => {
        this.windowResized = true;
        await this.run('resize the window', () => this.webDriver.manage().window().setRect({ width, height }));
      },
      dialogText: async () => {
        try {
          return await this.webDriver.switchTo().alert().getText();
        } catch (caught) {
          if (caught instanceof seleniumError.NoSuchAlertError) return null;
          throw translateError(caught, 'read the dialog');
        }
      },
      acceptDialog: (promptAnswer) =>
        this.onDialog('accept the dialog', async () => {
          const alert = this.webDriver.switchTo().alert();
          if (promptAnswer !== undefined) await alert.sendKeys(promptAnswer);
          await alert.accept();
        }),
      dismissDialog: () => this.onDialog('dismiss the dialog', () => this.webDriver.switchTo().alert().dismiss()),
    };
  }

  private async onDialog(doing: string, action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (caught) {
      if (caught instanceof seleniumError.NoSuchAlertError) throw new DriverError(`cannot ${doing}: no alert, confirm or prompt is open`);
      throw translateError(caught, doing);
    }
  }

  /**
   * Mouse actions for drags that listen to mouse events, plus the HTML5 drag events dispatched
   * by script, because WebDriver's pointer actions never start an HTML5 drag in Chrome.
   */
  private async dragTo(source: ElementHandle, target: ElementHandle): Promise<void> {
    const from = asBrowserElement(source).webElement;
    const to = asBrowserElement(target).webElement;
    await onElement(source, `drag onto ${target.description}:`, async () => {
      await this.webDriver.executeScript(scripts.SCROLL_INTO_VIEW, from);
      await this.webDriver.actions({ async: true }).move({ origin: from }).press().move({ origin: to }).release().perform();
      await this.webDriver.executeScript(scripts.HTML5_DRAG_AND_DROP, from, to);
    });
  }

  private async pressKey(element: ElementHandle, key: string, modifiers: string[]): Promise<void> {
    const modifierKeys = modifiers.map((modifier) => {
      const found = MODIFIER_KEYS[modifier.toLowerCase()];
      if (!found) throw new DriverError(`unknown modifier "${modifier}" (use ctrl, alt, shift or meta)`);
      return found;
    });
    let typed: string;
    if (/^\d+$/.test(key) && key.length > 1) typed = String.fromCharCode(Number(key));
    else if (key.length === 1) typed = key;
    else {
      const named = KEY_NAMES[key.toLowerCase().replace(/[\s_-]/g, '')];
      if (!named) throw new DriverError(`unknown key "${key}" (use a character or a key name such as Enter, Tab, ArrowDown, Escape)`);
      typed = named;
    }
    await onElement(element, `press ${key} in`, (el) => el.sendKeys(Key.chord(...modifierKeys, typed)));
  }

  private async switchToWindow(nameOrTitle: string | null): Promise<void> {
    const webDriver = this.webDriver;
    const handles = await this.run('list the windows', () => webDriver.getAllWindowHandles());
    for (const handle of handles) if (!this.windowOrder.includes(handle)) this.windowOrder.push(handle);
    this.windowOrder = this.windowOrder.filter((handle) => handles.includes(handle));
    if (nameOrTitle === null) {
      const first = this.firstWindow && handles.includes(this.firstWindow) ? this.firstWindow : handles[0];
      await this.run('switch to the first window', () => webDriver.switchTo().window(first));
      return;
    }
    if (nameOrTitle === 'new') {
      const newest = this.windowOrder[this.windowOrder.length - 1];
      if (!newest || newest === this.firstWindow) throw new DriverError('cannot switch to the new window: no other window is open');
      await this.run('switch to the new window', () => webDriver.switchTo().window(newest));
      return;
    }
    const current = await webDriver.getWindowHandle().catch(() => null);
    const seen: string[] = [];
    for (const handle of this.windowOrder) {
      try {
        await webDriver.switchTo().window(handle);
        const [name, title] = (await webDriver.executeScript(scripts.WINDOW_NAME_AND_TITLE)) as [string, string];
        if (name === nameOrTitle || title === nameOrTitle) return;
        seen.push(name ? `name "${name}" / title "${title}"` : `title "${title}"`);
      } catch {
        // A window that closed or shows a dialog cannot be the one asked for.
      }
    }
    if (current) await webDriver.switchTo().window(current).catch(() => undefined);
    throw new DriverError(`no window named or titled "${nameOrTitle}" (open windows: ${seen.join('; ') || 'none'})`);
  }

  private async switchToIFrame(locator: string | null): Promise<void> {
    const webDriver = this.webDriver;
    if (locator === null) {
      await this.run('switch to the main page', () => webDriver.switchTo().defaultContent());
      return;
    }
    const frame = (await this.run(`find the iframe "${locator}"`, () => webDriver.executeScript(scripts.FIND_FRAME, locator))) as WebElement | null;
    if (!frame) throw new DriverError(`no iframe with id, name or CSS selector "${locator}"`);
    await this.run(`switch to the iframe "${locator}"`, () => webDriver.switchTo().frame(frame));
  }
}

function describeMatch(description: string, index: number): string {
  return index === 0 ? description : `${description} (match ${index + 1})`;
}
