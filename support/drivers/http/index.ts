/**
 * The headless HTTP driver: a browser with JavaScript off (Symfony BrowserKit's role), built on
 * undici, tough-cookie and cheerio.
 */
import type { Element } from 'domhandler';
import {
  DriverError,
  type Driver,
  type DriverCapabilities,
  type DriverRequest,
  type DriverResponse,
  type ElementHandle,
  type ControlFacts,
  type Download,
  type FieldValue,
  type Query,
  type ClosedShadowRoot,
} from '../driver';
import type { NamedCandidate, NamedSelectorKind } from '../../selectors/named';
import { InvalidCssSelector } from '../../selectors/css-dialect';
import type { SessionStateData } from '../state';
import type { ExchangeLog } from '../exchange-log';
import { clickAction } from './clicks';
import { closedShadowRootsIn } from './closed-shadow-roots';
import { selectCss } from './css';
import { HttpClient, type HttpClientOptions, type HttpRequest } from './client';
import { tagName } from './dom';
import { chooseFile, chooseOption, readChecked, readValue, setChecked, writeValue } from './fields';
import { formControls, isDisabled, radioGroup } from './forms/controls';
import { isOptionDisabled } from './forms/options';
import { buildSubmission } from './forms/submission';
import { DownloadLog, downloadOf, type DownloadRequest } from './downloads';
import { HttpElement, liveNode } from './element';
import { History } from './history';
import { Page } from './page';
import { documentTextOf, findNamedElements, namedCandidateLabels, visibleTextOf } from './selectors';
import { isSameDocument, parseAbsoluteUrl, resolveUrl } from './url';
import { isVisible } from './visibility';

export type HttpDriverOptions = HttpClientOptions;

const NO_DOWNLOAD_ATTRIBUTE: DownloadRequest = { downloadAttribute: null };

const NO_PAGE_YET = `No page has been visited yet: start with a step like 'Given I am on "/"'`;

export class HttpDriver implements Driver {
  readonly name = 'http';
  readonly capabilities: DriverCapabilities = {
    javascript: false,
    statusCode: true,
    responseHeaders: true,
    requestHeaders: true,
    basicAuth: true,
    screenshots: false,
  };

  private readonly client: HttpClient;
  private readonly history = new History();
  private readonly downloadLog = new DownloadLog();
  private page: Page | null = null;
  private started = false;

  constructor(options: HttpDriverOptions = {}) {
    this.client = new HttpClient(options);
  }

  get exchanges(): ExchangeLog {
    return this.client.exchanges;
  }

  async start(): Promise<void> {
    this.started = true;
  }

  isStarted(): boolean {
    return this.started;
  }

  async reset(): Promise<void> {
    this.client.clearState();
    this.history.clear();
    this.downloadLog.clear();
    this.page = null;
  }

  async stop(): Promise<void> {
    await this.reset();
    await this.client.close();
    this.started = false;
  }

  // ── navigation ──────────────────────────────────────────────────────────────

  /** As a browser's address bar: an address that only adds a fragment to the page's own moves within the page. */
  async visit(url: string): Promise<void> {
    const target = parseAbsoluteUrl(url).href;
    if (this.moveToFragment(target, false)) return;
    await this.navigate({ method: 'GET', url: target }, NO_DOWNLOAD_ATTRIBUTE);
  }

  /** The current document again, at the entry's own address: a fragment the page moved to stays. */
  async reload(): Promise<void> {
    const entry = this.history.current;
    if (entry === null) throw new DriverError(NO_PAGE_YET);
    const response = await this.load({ ...entry.request, url: entry.url });
    this.history.reloadCurrent({ request: response.request, url: response.url });
  }

  async back(): Promise<void> {
    await this.traverse(-1);
  }

  async forward(): Promise<void> {
    await this.traverse(1);
  }

  async currentUrl(): Promise<string> {
    return this.requirePage().url;
  }

  /**
   * A new document: request it, show it, and record one history entry however many redirects it took.
   * A user's navigation (`download` given) whose response a browser would save is a download instead:
   * the page and history stay as they were.
   */
  private async navigate(request: HttpRequest, download?: DownloadRequest): Promise<void> {
    const response = await this.client.send(request);
    const saved = download === undefined ? null : downloadOf(response, download);
    if (saved !== null) return this.downloadLog.add(saved);
    this.page = new Page(response);
    this.history.push({ request: response.request, url: response.url });
  }

  private async load(request: HttpRequest): Promise<{ request: HttpRequest; url: string }> {
    const response = await this.client.send(request);
    this.page = new Page(response);
    return response;
  }

  /** Like a browser's back/forward: same-document entries only move the fragment, others load again. */
  private async traverse(delta: number): Promise<void> {
    const current = this.history.current;
    const target = this.history.peek(delta);
    if (current === null || target === null) return;
    if (this.page !== null && target.request === current.request) {
      this.page.url = target.url;
      this.history.move(delta);
      return;
    }
    const response = await this.load({ ...target.request, url: target.url });
    this.history.move(delta);
    this.history.reloadCurrent({ request: response.request, url: response.url });
  }

  private requirePage(): Page {
    if (this.page === null) throw new DriverError(NO_PAGE_YET);
    return this.page;
  }

  // ── HTTP ────────────────────────────────────────────────────────────────────

  async statusCode(): Promise<number> {
    return this.requirePage().status;
  }

  async responseHeaders(): Promise<Record<string, string[]>> {
    const headers = this.requirePage().headers;
    return Object.fromEntries(Object.entries(headers).map(([name, values]) => [name, [...values]]));
  }

  async setRequestHeader(name: string, value: string, forUrl: string): Promise<void> {
    this.client.originHeaders.setHeader(name, value, parseAbsoluteUrl(forUrl).href);
  }

  async setBasicAuth(credentials: { user: string; password: string } | null, forUrl: string): Promise<void> {
    this.client.originHeaders.setBasicAuth(credentials, parseAbsoluteUrl(forUrl).href);
  }

  async setCookie(name: string, value: string | null, forUrl: string): Promise<void> {
    const url = parseAbsoluteUrl(forUrl).href;
    if (value === null) await this.client.cookies.delete(name, url);
    else await this.client.cookies.set(name, value, url);
  }

  /** Cookies only: without JavaScript there is no local or session storage. */
  async saveState(): Promise<SessionStateData> {
    return { cookies: await this.client.cookies.all(), origins: [] };
  }

  async restoreState(state: SessionStateData): Promise<void> {
    await this.client.cookies.restore(state.cookies);
  }

  async getCookie(name: string, forUrl: string): Promise<string | null> {
    return this.client.cookies.get(name, parseAbsoluteUrl(forUrl).href);
  }

  /** A scenario's own request becomes the current page, as in BrowserKit: every response step reads it. */
  async request(request: DriverRequest): Promise<DriverResponse | null> {
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
    await this.navigate({ method: request.method, url: parseAbsoluteUrl(request.url).href, body: request.body, headers });
    return null;
  }

  async downloads(): Promise<Download[]> {
    return this.downloadLog.all();
  }

  // ── document ────────────────────────────────────────────────────────────────

  async content(): Promise<string> {
    return this.requireTextPage().content;
  }

  async pageText(): Promise<string> {
    const page = this.requireTextPage();
    if (!page.isMarkup) return page.content;
    return documentTextOf(page.document);
  }

  /** Text steps on an image or archive would match stray bytes: they fail and say what the response is. */
  private requireTextPage(): Page {
    const page = this.requirePage();
    if (page.kind === 'binary') {
      throw new DriverError(
        `The response is ${page.mediaType || 'binary data'} (${page.byteLength} bytes), not text: this step reads the ` +
          'text of HTML, XML, JSON or plain-text responses. Check the status code or a response header instead.',
      );
    }
    return page;
  }

  async findAll(query: Query, within?: ElementHandle): Promise<ElementHandle[]> {
    const page = this.requirePage();
    const scope = within === undefined ? null : liveNode(within, page);
    if (!page.isMarkup) return [];
    const nodes = 'css' in query ? this.findCss(page, query.css, scope) : this.findNamed(page, query.named, query.locator, scope, query.behindModal);
    return nodes.map((node) => this.handle(node, page));
  }

  private findCss(page: Page, css: string, scope: Element | null): readonly Element[] {
    try {
      return selectCss(page, css, scope);
    } catch (error) {
      throw error instanceof InvalidCssSelector ? new DriverError(error.message) : error;
    }
  }

  private findNamed(page: Page, kind: NamedSelectorKind, locator: string, scope: Element | null, behindModal = false): readonly Element[] {
    const documentElement = page.documentElement;
    return findNamedElements(documentElement, scope ?? documentElement, kind, locator, behindModal, page.document.namedFinds);
  }

  async namedCandidates(kind: NamedSelectorKind, within?: ElementHandle): Promise<NamedCandidate[]> {
    const page = this.requirePage();
    const scope = within === undefined ? null : liveNode(within, page);
    if (!page.isMarkup) return [];
    const documentElement = page.documentElement;
    return namedCandidateLabels(documentElement, scope ?? documentElement, kind);
  }

  async closedShadowRoots(kind: NamedSelectorKind, locator: string, within?: ElementHandle): Promise<ClosedShadowRoot[]> {
    const page = this.requirePage();
    if (!page.isMarkup) return [];
    return closedShadowRootsIn(within === undefined ? page.documentElement : liveNode(within, page), kind, locator);
  }

  // ── elements ────────────────────────────────────────────────────────────────

  private handle(node: Element, page: Page): HttpElement {
    return new HttpElement(node, page);
  }

  private node(element: ElementHandle): Element {
    return liveNode(element, this.page);
  }

  async tagName(element: ElementHandle): Promise<string> {
    return tagName(this.node(element));
  }

  async text(element: ElementHandle): Promise<string> {
    return visibleTextOf(this.node(element));
  }

  async html(element: ElementHandle): Promise<string> {
    const node = this.node(element);
    return this.requirePage().innerHtml(node);
  }

  async attribute(element: ElementHandle, name: string): Promise<string | null> {
    return this.node(element).attribs[name.toLowerCase()] ?? null;
  }

  async value(element: ElementHandle): Promise<FieldValue> {
    return readValue(this.node(element), this.requirePage().forms);
  }

  async setValue(element: ElementHandle, value: string): Promise<void> {
    writeValue(this.node(element), value, this.requirePage().forms);
  }

  async check(element: ElementHandle): Promise<void> {
    setChecked(this.node(element), true, this.requirePage().forms);
  }

  async uncheck(element: ElementHandle): Promise<void> {
    setChecked(this.node(element), false, this.requirePage().forms);
  }

  async isChecked(element: ElementHandle): Promise<boolean> {
    return readChecked(this.node(element), this.requirePage().forms);
  }

  async controlFacts(element: ElementHandle): Promise<ControlFacts> {
    const node = this.node(element);
    const tag = tagName(node);
    const editable = node.attribs.contenteditable;
    return {
      tag,
      type: node.attribs.type?.trim().toLowerCase() ?? null,
      disabled: tag === 'option' ? isOptionDisabled(node) : isDisabled(node),
      readOnly: node.attribs.readonly !== undefined,
      editable: editable !== undefined && editable.toLowerCase() !== 'false',
    };
  }

  async radioGroup(radio: ElementHandle): Promise<ElementHandle[]> {
    return radioGroup(this.node(radio)).map((node) => this.handle(node, this.requirePage()));
  }

  async selectOption(select: ElementHandle, option: ElementHandle, multiple: boolean): Promise<void> {
    chooseOption(this.node(select), this.node(option), multiple, this.requirePage().forms);
  }

  async attachFile(element: ElementHandle, path: string): Promise<void> {
    await chooseFile(this.node(element), path, this.requirePage().forms);
  }

  async isVisible(element: ElementHandle): Promise<boolean> {
    return isVisible(this.node(element));
  }

  async click(element: ElementHandle): Promise<void> {
    const node = this.node(element);
    const page = this.requirePage();
    const action = clickAction(node);
    switch (action.kind) {
      case 'follow':
        return this.follow(page, resolveUrl(action.href, page.baseUrl), action.download);
      case 'submit':
        // A browser ignores a click on a disabled control; the Session refuses to *press* one.
        if (isDisabled(node)) return;
        return this.navigate(
          await buildSubmission(action.form, node, page.forms, { documentUrl: page.url, baseUrl: page.baseUrl }),
          NO_DOWNLOAD_ATTRIBUTE,
        );
      case 'reset':
        if (!isDisabled(node)) page.forms.reset(formControls(action.form));
        return;
      case 'toggle':
        if (isDisabled(action.control)) return;
        page.forms.setChecked(action.control, action.control.attribs.type?.toLowerCase() === 'radio' || !page.forms.isChecked(action.control));
        return;
      case 'nothing':
        return;
    }
  }

  /**
   * A navigation to the page's own address with a fragment stays in the document (HTML's "navigate to a
   * fragment"): no request, what was typed stays, and history gets an entry of the same document. A link
   * to the very address shown replaces its entry instead (HTML's rule for a click); WebDriver's navigation
   * to it, which `I go to` is in a browser, adds one (`replaceSameAddress` false), as Chromium does.
   */
  private moveToFragment(target: string, replaceSameAddress: boolean): boolean {
    const page = this.page;
    const current = this.history.current;
    // `#` alone is a fragment too (an empty one): `<a href="#">` stays on the page.
    if (page === null || current === null || !target.includes('#') || !isSameDocument(page.url, target)) return false;
    if (!replaceSameAddress || target !== page.url) this.history.push({ request: current.request, url: target });
    page.url = target;
    return true;
  }

  /** `download`: the link's attribute, which a browser heeds only for a link to the page's own origin. */
  private async follow(page: Page, target: string, download: string | null): Promise<void> {
    const scheme = new URL(target).protocol;
    if (scheme !== 'http:' && scheme !== 'https:') {
      throw new DriverError(`Cannot follow a link to ${target}: the HTTP driver only opens http and https URLs`);
    }
    if (this.moveToFragment(target, true)) return;
    const downloadAttribute = download !== null && new URL(target).origin === new URL(page.url).origin ? download : null;
    await this.navigate({ method: 'GET', url: target, initiator: page.url }, { downloadAttribute });
  }
}
