/**
 * The page API steps talk to (Mink's Session + DocumentElement): navigation, finding elements by
 * named selector or CSS, and acting on them. It knows its driver only through the Driver contract
 * and its declared capabilities. Every lookup runs inside synchronize(), so browser pages are
 * waited for and HTTP pages are answered at once.
 */
import path from 'node:path';
import fs from 'node:fs';
import {
  browserOperationsOf,
  DriverError,
  NEEDS_BROWSER,
  UnsupportedDriverActionError,
  type BrowserOperations,
  type Driver,
  type ElementHandle,
  type Query,
} from '../drivers/driver';
import { closestMatches, describeNamedKind, type NamedSelectorKind } from '../selectors/named';
import { contextLine, didYouMean, ElementNotFoundError, ExpectationError, hasContextLine, quoteList, type PageContext } from './errors';
import { normalizeWhitespace } from './text';
import { synchronize } from './synchronize';
import { savedStates, SessionStateError } from './saved-states';

export interface SessionSettings {
  baseUrl: string;
  filesPath: string;
  /** Seconds a scripting driver keeps retrying; the HTTP driver never waits. */
  waitTimeout: number;
}

export class Session {
  constructor(
    readonly name: string,
    readonly driver: Driver,
    readonly settings: SessionSettings,
  ) {}

  // ---- lifecycle -------------------------------------------------------------------------------

  async ensureStarted(): Promise<void> {
    if (!this.driver.isStarted()) await this.driver.start();
  }

  /** Run a finder or assertion, retrying it while the page may still change. */
  synchronize<T>(attempt: () => Promise<T>): Promise<T> {
    const timeoutMs = this.driver.capabilities.javascript ? this.settings.waitTimeout * 1000 : 0;
    return synchronize(attempt, { timeoutMs }).catch(async (error: unknown) => {
      if (error instanceof ExpectationError && !error.context) error.withContext(await this.pageContext());
      else if ((error instanceof DriverError || error instanceof UnsupportedDriverActionError) && !hasContextLine(error.message)) {
        // Where it happened helps here too; the page excerpt would only repeat what the message says.
        error.message += `\n${contextLine(await this.pageContext())}`;
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
    await this.ensureStarted();
    await this.driver.visit(this.locatePath(page));
  }

  async reload(): Promise<void> {
    await this.driver.reload();
  }

  async back(): Promise<void> {
    await this.driver.back();
  }

  async forward(): Promise<void> {
    await this.driver.forward();
  }

  currentUrl(): Promise<string> {
    return this.driver.currentUrl();
  }

  // ---- finding ---------------------------------------------------------------------------------

  /** First element matching a named selector, waiting for it on a scripting driver. */
  findNamed(kind: NamedSelectorKind, locator: string, within?: ElementHandle): Promise<ElementHandle> {
    return this.synchronize(() => this.findNamedOnce(kind, locator, within));
  }

  async findNamedOnce(kind: NamedSelectorKind, locator: string, within?: ElementHandle): Promise<ElementHandle> {
    const [first] = await this.driver.findAll({ named: kind, locator }, within);
    if (first) return first;
    const candidates = await this.driver.namedCandidates(kind, within);
    throw new ElementNotFoundError(
      `${describeNamedKind(kind)} "${locator}" not found.`,
      didYouMean(closestMatches(locator, candidates)),
    );
  }

  findCss(css: string): Promise<ElementHandle> {
    return this.synchronize(() => this.findCssOnce(css));
  }

  async findCssOnce(css: string): Promise<ElementHandle> {
    const [first] = await this.driver.findAll({ css });
    if (!first) throw new ElementNotFoundError(`Element matching css "${css}" not found.`);
    return first;
  }

  findAll(query: Query, within?: ElementHandle): Promise<ElementHandle[]> {
    return this.driver.findAll(query, within);
  }

  // ---- actions ---------------------------------------------------------------------------------

  clickLink(locator: string): Promise<void> {
    return this.synchronize(async () => this.driver.click(await this.findNamedOnce('link', locator)));
  }

  pressButton(locator: string): Promise<void> {
    return this.synchronize(async () => {
      const button = await this.findNamedOnce('button', locator);
      if ((await this.driver.attribute(button, 'disabled')) !== null) {
        throw new ExpectationError(`Button "${locator}" is disabled, so it cannot be pressed.`);
      }
      await this.driver.click(button);
    });
  }

  fillField(locator: string, value: string): Promise<void> {
    return this.synchronize(async () => this.driver.setValue(await this.findNamedOnce('field', locator), value));
  }

  checkField(locator: string): Promise<void> {
    return this.synchronize(async () => {
      const field = await this.findNamedOnce('field', locator);
      if ((await this.inputType(field)) === 'radio') return this.driver.check(field);
      await this.requireType(field, locator, 'checkbox', 'I check');
      await this.driver.check(field);
    });
  }

  uncheckField(locator: string): Promise<void> {
    return this.synchronize(async () => {
      const field = await this.findNamedOnce('field', locator);
      await this.requireType(field, locator, 'checkbox', 'I uncheck');
      await this.driver.uncheck(field);
    });
  }

  /** Mink's selectFieldOption: a select's option by value or text, or a radio of the group by value or label. */
  selectOption(locator: string, option: string, multiple = false): Promise<void> {
    return this.synchronize(async () => {
      const field = await this.findNamedOnce('field', locator);
      if ((await this.inputType(field)) === 'radio') return this.selectRadio(field, locator, option);
      if ((await this.driver.tagName(field)) !== 'select') {
        throw new ExpectationError(`Form field "${locator}" is not a select box or a radio group, so no option can be selected.`, [], false);
      }
      const [match] = await this.driver.findAll({ named: 'option', locator: option }, field);
      if (!match) {
        const offered = await this.driver.namedCandidates('option', field);
        throw new ElementNotFoundError(
          `Select option with value|text "${option}" not found in select "${locator}".`,
          [`Available options: ${quoteList(offered.map(([label]) => label))}.`],
        );
      }
      const value = (await this.driver.attribute(match, 'value')) ?? normalizeWhitespace(await this.driver.text(match));
      await this.driver.selectOption(field, value, multiple);
    });
  }

  attachFile(locator: string, file: string): Promise<void> {
    return this.synchronize(async () => {
      const inFilesPath = path.resolve(this.settings.filesPath, file);
      const resolved = fs.existsSync(inFilesPath) ? inFilesPath : path.resolve(file);
      if (!fs.existsSync(resolved)) {
        throw new ExpectationError(
          `File "${file}" to attach does not exist (looked in ${inFilesPath} and ${path.resolve(file)}).`,
          ['Set filesPath (FILES_PATH) to the folder holding your upload fixtures.'],
          false,
        );
      }
      const field = await this.findNamedOnce('field', locator);
      await this.requireType(field, locator, 'file', 'I attach the file');
      await this.driver.attachFile(field, resolved);
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

  click(element: ElementHandle): Promise<void> {
    return this.driver.click(element);
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
    await this.ensureStarted();
    await this.driver.setRequestHeader(name, value, await this.originUrl());
  }

  async setBasicAuth(credentials: { user: string; password: string } | null): Promise<void> {
    await this.ensureStarted();
    await this.driver.setBasicAuth(credentials, await this.originUrl());
  }

  async setCookie(name: string, value: string | null): Promise<void> {
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
    const url = await this.driver.currentUrl().catch(() => null);
    const status = this.driver.capabilities.statusCode ? await this.driver.statusCode().catch(() => null) : null;
    const excerpt = url ? await this.driver.pageText().catch(() => '') : '';
    return { url, status, driver: this.driver.name, excerpt };
  }

  private async inputType(element: ElementHandle): Promise<string | null> {
    if ((await this.driver.tagName(element)) !== 'input') return null;
    return ((await this.driver.attribute(element, 'type')) ?? 'text').toLowerCase();
  }

  private async requireType(element: ElementHandle, locator: string, type: string, step: string): Promise<void> {
    const actual = (await this.inputType(element)) ?? (await this.driver.tagName(element));
    if (actual !== type) {
      throw new ExpectationError(`"${step}" needs a ${type} input, but form field "${locator}" is ${element.description} (${actual}).`, [], false);
    }
  }

  private async selectRadio(field: ElementHandle, locator: string, option: string): Promise<void> {
    const name = await this.driver.attribute(field, 'name');
    const group = name ? await this.driver.findAll({ css: `input[type="radio"][name="${cssEscape(name)}"]` }) : [field];
    for (const radio of group) {
      if ((await this.driver.attribute(radio, 'value')) === option) return this.driver.check(radio);
    }
    const labelled = await this.driver.findAll({ named: 'radio', locator: option });
    for (const radio of labelled) {
      if ((await this.driver.attribute(radio, 'name')) === name) return this.driver.check(radio);
    }
    const values = await Promise.all(group.map(async (radio) => (await this.driver.attribute(radio, 'value')) ?? 'on'));
    throw new ElementNotFoundError(`Radio group "${locator}" has no option "${option}".`, [`Available options: ${quoteList(values)}.`]);
  }
}

function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
