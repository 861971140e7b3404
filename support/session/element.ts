/**
 * An element as steps and custom steps use it (Mink's NodeElement, Capybara's Node::Element): find
 * inside it, read it, act on it. Every call waits and retries as a step does (in a browser; over HTTP
 * it runs once), and finds the element again when the page replaced it in the meantime. Until its
 * first use nothing is looked up, so one step's find and act share one wait.
 */
import { StaleElementError, TransientDriverError, type BrowserOperations, type Driver, type ElementHandle, type FieldValue } from '../drivers/driver';
import type { NamedSelectorKind } from '../selectors/named';
import { WrongKindError } from './errors';
import { parseKeyCombination } from './keys';
import { normalizeWhitespace } from './text';

/** How to find an element (once, without waiting), and how to name it when it cannot be used. */
interface ElementLocator {
  readonly find: () => Promise<ElementHandle>;
  /** Said when the browser refuses a hidden last-resort match: `no visible button matches "Save"`. */
  readonly noVisibleMatch: string;
  /** The name failure messages use (`Button "Save"`); the found element's own description when absent. */
  readonly label?: string;
  /** The page's other elements of the same name, as a line for a click that stays covered (none: nothing to add). */
  readonly sameName?: () => Promise<string | null>;
  /** Said when the element is of the wrong kind for the action (found by CSS: several elements match); null: nothing to add. */
  readonly wrongKindHint?: () => Promise<string | null>;
}

/** How a custom step names what it looks for: CSS, a named selector kind, or Mink's `['named', [kind, locator]]`. */
export type SelectorType = 'css' | 'named' | NamedSelectorKind;
export type SelectorArgument = string | readonly [NamedSelectorKind, string];

/** What an element needs of its session: the Session, as seen from here. */
export interface ElementSession {
  readonly driver: Driver;
  synchronize<T>(attempt: () => Promise<T>, explain?: (error: unknown) => Promise<void>): Promise<T>;
  browser(): Promise<BrowserOperations>;
  element(selector: SelectorType, locator: SelectorArgument, within?: MinkElement): MinkElement;
  findAll(selector: SelectorType, locator: SelectorArgument, within?: MinkElement): Promise<MinkElement[]>;
  click(element: ElementHandle): Promise<void>;
  pressElement(element: ElementHandle, name?: string): Promise<void>;
  fillElement(element: ElementHandle, value: string, name?: string): Promise<void>;
  typeIntoElement(element: ElementHandle, value: string, name?: string): Promise<void>;
  selectElementOption(element: ElementHandle, option: string, multiple?: boolean, name?: string): Promise<void>;
  checkElement(element: ElementHandle, name?: string): Promise<void>;
  uncheckElement(element: ElementHandle, name?: string): Promise<void>;
  attachFileToElement(element: ElementHandle, file: string, name?: string): Promise<void>;
}

export class MinkElement {
  private found: ElementHandle | null = null;

  constructor(
    private readonly session: ElementSession,
    private readonly locator: ElementLocator,
  ) {}

  // ---- finding inside it ---------------------------------------------------------------------

  /** The first match inside this element, waited for: a not-found failure says what was close. */
  async find(selector: SelectorType, locator: SelectorArgument): Promise<MinkElement> {
    const element = this.element(selector, locator);
    await element.handle();
    return element;
  }

  /** The first match inside this element, looked up at its first use. */
  element(selector: SelectorType, locator: SelectorArgument): MinkElement {
    return this.session.element(selector, locator, this);
  }

  /** Every match inside this element now (none is an empty list: no wait). */
  findAll(selector: SelectorType, locator: SelectorArgument): Promise<MinkElement[]> {
    return this.session.findAll(selector, locator, this);
  }

  /** The driver's handle, for the Session methods that take one. */
  handle(): Promise<ElementHandle> {
    return this.session.synchronize(() => this.current());
  }

  // ---- reading ---------------------------------------------------------------------------------

  /** Visible text, whitespace collapsed. */
  text(): Promise<string> {
    return this.read(async (handle) => normalizeWhitespace(await this.session.driver.text(handle)));
  }

  html(): Promise<string> {
    return this.read((handle) => this.session.driver.html(handle));
  }

  attribute(name: string): Promise<string | null> {
    return this.read((handle) => this.session.driver.attribute(handle, name));
  }

  /** Mink's value: a checkbox's value or null, a multiple select's values, else a string. */
  value(): Promise<FieldValue> {
    return this.read((handle) => this.session.driver.value(handle));
  }

  isVisible(): Promise<boolean> {
    return this.read((handle) => this.session.driver.isVisible(handle));
  }

  isChecked(): Promise<boolean> {
    return this.read((handle) => this.session.driver.isChecked(handle));
  }

  // ---- acting (what each control accepts is decided in field-actions.ts) ---------------------------

  click(): Promise<void> {
    return this.act((handle) => this.session.click(handle));
  }

  /** Press a button, refusing a disabled one. */
  press(): Promise<void> {
    return this.act((handle, name) => this.session.pressElement(handle, name));
  }

  /** Type into a text field, choose in a select or radio group, or attach a file, as `I fill in` does. */
  fill(value: string): Promise<void> {
    return this.act((handle, name) => this.session.fillElement(handle, value, name));
  }

  /**
   * Type key by key into a text field, replacing what it held, and stay in it (`fill` leaves the field,
   * so `change` fires): what an autocomplete needs. Over HTTP the value is set as `fill` sets it.
   */
  type(value: string): Promise<void> {
    return this.act((handle, name) => this.session.typeIntoElement(handle, value, name));
  }

  selectOption(option: string, multiple = false): Promise<void> {
    return this.act((handle, name) => this.session.selectElementOption(handle, option, multiple, name));
  }

  check(): Promise<void> {
    return this.act((handle, name) => this.session.checkElement(handle, name));
  }

  uncheck(): Promise<void> {
    return this.act((handle, name) => this.session.uncheckElement(handle, name));
  }

  /** Attach a file (relative to filesPath, else to the working directory) to a file input. */
  attachFile(file: string): Promise<void> {
    return this.act((handle, name) => this.session.attachFileToElement(handle, file, name));
  }

  // ---- browser only: on the HTTP driver these fail at once, saying to tag the scenario @javascript

  async hover(): Promise<void> {
    const browser = await this.session.browser();
    return this.act((handle) => browser.hover(handle));
  }

  async doubleClick(): Promise<void> {
    const browser = await this.session.browser();
    return this.act((handle) => browser.doubleClick(handle));
  }

  async rightClick(): Promise<void> {
    const browser = await this.session.browser();
    return this.act((handle) => browser.rightClick(handle));
  }

  async dragTo(target: MinkElement): Promise<void> {
    const browser = await this.session.browser();
    return this.act(async (handle) => browser.dragTo(handle, await target.current()));
  }

  /** A key or combination ("Enter", "ctrl+a", "shift+Tab") pressed while this element has the focus. */
  async pressKey(combination: string): Promise<void> {
    const browser: BrowserOperations = await this.session.browser();
    const { key, modifiers } = parseKeyCombination(combination);
    return this.act((handle) => browser.pressKey(handle, key, modifiers));
  }

  // ---- the one way each call finds, waits and retries --------------------------------------------

  private async current(): Promise<ElementHandle> {
    this.found ??= await this.locator.find();
    return this.found;
  }

  private read<T>(reading: (handle: ElementHandle) => Promise<T>): Promise<T> {
    return this.act((handle) => reading(handle));
  }

  /**
   * Find (again, after a failed attempt: the page may have replaced it) and act, inside one wait. A
   * hidden element is found only when nothing visible matches (the last resort); when the browser then
   * refuses it, the failure says it is hidden, as Capybara's "Unable to find visible …" would, rather
   * than leave "hidden, disabled or covered" open. A click still covered when the wait ends names the
   * other elements of the same name: the one meant may be another (in the dialog over the page).
   */
  private act<T>(action: (handle: ElementHandle, name: string) => Promise<T>): Promise<T> {
    return this.session.synchronize(async () => {
      for (let attempt = 1; ; attempt++) {
        const handle = await this.current();
        try {
          return await action(handle, this.locator.label ?? handle.description);
        } catch (error) {
          this.found = null;
          // Found on a page since replaced (over HTTP, where the attempt runs once): found again on this
          // one, as a browser's wait does.
          if (error instanceof StaleElementError && attempt === 1) continue;
          if (error instanceof WrongKindError && this.locator.wrongKindHint) {
            const hint = await this.locator.wrongKindHint().catch(() => null);
            if (hint) error.hints.push(hint);
          }
          if (error instanceof TransientDriverError && error.name === 'ElementNotInteractableError' && !(await this.session.driver.isVisible(handle).catch(() => true))) {
            throw new TransientDriverError(error.name, `${error.message}\nIt is hidden: ${this.locator.noVisibleMatch}, so a hidden one was the last resort.`, error.cause);
          }
          throw error;
        }
      }
    }, (error) => this.explainCovered(error));
  }

  private async explainCovered(error: unknown): Promise<void> {
    if (!(error instanceof TransientDriverError) || error.name !== 'ElementClickInterceptedError' || !this.locator.sameName) return;
    const others = await this.locator.sameName();
    if (others) error.message += `\n${others}`;
  }
}
