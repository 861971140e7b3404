/**
 * Assertions with Mink's WebAssert wording. Each runs inside the session's synchronize(), so on a
 * browser a positive check waits for the thing to appear and a negative one waits for it to go.
 * The page a user sees is checked here; the response (response-assertions.ts), what only a browser
 * shows (browser-assertions.ts) and form fields (field-assertions.ts) by the parts this class offers
 * beside its own.
 */
import type { ElementHandle } from '../drivers/driver';
import { BrowserAssert } from './browser-assertions';
import { DownloadAssert } from './download-assertions';
import { ElementFinder } from './element-finder';
import { ExpectationError } from './errors';
import { FieldAssert } from './field-assertions';
import type { Session } from './session';
import { containsIgnoringCase, foundInContext, normalizeWhitespace, patternFoundInContext, patternText } from './text';
import { JsonAssert } from './json-assertions';
import { ResponseAssert } from './response-assertions';
import { nearestText } from './nearest-text';
import { comparableAddress, decoded, pathAndFragment, pathQueryAndFragment } from './address-forms';

function describeCss(css: string): string {
  return `element matching css "${css}"`;
}

const LISTED_MATCHES = 10;

/** Numbered lines, one per element (the first ten), for messages about several matches. */
function listed(items: readonly string[]): string {
  const lines = items.slice(0, LISTED_MATCHES).map((item, index) => `  ${index + 1}. ${item}`);
  if (items.length > LISTED_MATCHES) lines.push(`  … and ${items.length - LISTED_MATCHES} more`);
  return lines.join('\n');
}

/**
 * A pattern written between slashes, as in PHP ("/^\/login/"): in these steps, as in Behat's, the quotes
 * are the delimiters, so the slashes are part of what must match. Said when such a pattern fails.
 */
function slashesHint(pattern: RegExp): string[] {
  const written = patternText(pattern);
  if (!/^\/.*\/[a-z]*$/s.test(written) || written.length < 2) return [];
  const inner = written.replace(/^\/(.*)\/[a-z]*$/s, '$1');
  return [`The quotes are the pattern's delimiters, as in Behat: the slashes around it are characters it must match. Without them: "${inner}".`];
}

/**
 * Mink matches the path (and fragment) only: a regex written for the query string (`id=wiki:syntax`)
 * fails with nothing said of why. When the whole address, as written or decoded, would match: say so,
 * and name the step that checks a query parameter.
 */
function queryStringHint(pattern: RegExp, url: string): string[] {
  const whole = pathQueryAndFragment(url);
  if (whole === pathAndFragment(url)) return [];
  const readable = decoded(whole);
  if (!pattern.test(whole) && !pattern.test(readable)) return [];
  const pair = /^\^?\??([\w.-]+)=([^&$^\\()[\]{}|*+?]*)\$?$/.exec(patternText(pattern));
  const step = pair ? `the "${pair[1]}" query parameter should be "${pair[2]}"` : 'the "NAME" query parameter should be "VALUE"';
  return [`As in Mink, the regex is matched against the path and fragment, not the query string; the whole address "${readable}" would match. To check a query parameter, write: ${step}.`];
}

const HTML_EXCERPT = 300;

function excerptOf(html: string): string {
  const text = html.trim();
  if (text.length <= HTML_EXCERPT) return text;
  return `${text.slice(0, HTML_EXCERPT)}… (${text.length - HTML_EXCERPT} more characters)`;
}

/** Every assertion behind the steps: the page a user sees (address, text, elements, fields) here, the rest by its part. */
export class WebAssert {
  private readonly finder: ElementFinder;
  /** The response: status, body, headers, cookies. */
  readonly response: ResponseAssert;
  /** A JSON response, in behatch's wording. */
  readonly json: JsonAssert;
  /** What only a scripting browser shows: a dialog, a page expression. */
  readonly browser: BrowserAssert;
  /** The files the scenario downloaded. */
  readonly downloads: DownloadAssert;
  /** Form fields: their values and states. */
  readonly fields: FieldAssert;

  constructor(private readonly session: Session) {
    this.finder = new ElementFinder(session.driver);
    this.response = new ResponseAssert(session);
    this.json = new JsonAssert(session);
    this.browser = new BrowserAssert(session);
    this.downloads = new DownloadAssert(session);
    this.fields = new FieldAssert(session);
  }

  private get driver() {
    return this.session.driver;
  }

  private check(assertion: () => Promise<void>): Promise<void> {
    return this.session.synchronize(assertion);
  }

  // ---- the response (response-assertions.ts, json-assertions.ts); new checks are on their parts ------

  statusCodeEquals = (code: number) => this.response.statusCodeEquals(code);
  statusCodeNotEquals = (code: number) => this.response.statusCodeNotEquals(code);
  responseContains = (text: string) => this.response.responseContains(text);
  responseNotContains = (text: string) => this.response.responseNotContains(text);
  responseHeaderEquals = (name: string, expected: string) => this.response.responseHeaderEquals(name, expected);
  responseHeaderContains = (name: string, text: string) => this.response.responseHeaderContains(name, text);
  responseHeaderMatches = (name: string, pattern: RegExp) => this.response.responseHeaderMatches(name, pattern);
  responseHeaderNotSet = (name: string) => this.response.responseHeaderNotSet(name);
  cookieEquals = (name: string, expected: string) => this.response.cookieEquals(name, expected);
  cookieNotSet = (name: string) => this.response.cookieNotSet(name);
  responseIsJson = () => this.json.document();
  jsonPathEquals = (jsonPath: string, expected: string) => this.json.nodeEquals(jsonPath, expected);

  // ---- what only a browser shows (browser-assertions.ts) -----------------------------------------

  dialogSays = (text: string) => this.browser.dialogSays(text);
  expressionReturns = (expression: string, expected: string) => this.browser.expressionReturns(expression, expected);

  // ---- address and status ----------------------------------------------------------------------

  addressEquals(page: string): Promise<void> {
    const expected = pathAndFragment(this.session.locatePath(page));
    return this.check(async () => {
      const actual = pathAndFragment(await this.session.currentUrl());
      if (actual !== expected) throw new ExpectationError(`Current page is "${actual}", but "${expected}" expected.`);
    });
  }

  addressMatches(pattern: RegExp): Promise<void> {
    return this.check(async () => {
      const url = await this.session.currentUrl();
      const actual = pathAndFragment(url);
      if (!pattern.test(actual)) {
        throw new ExpectationError(`Current page "${actual}" does not match the regex "${patternText(pattern)}".`, [...slashesHint(pattern), ...queryStringHint(pattern, url)]);
      }
    });
  }

  /** The whole address as the page sees it: path, query string and fragment (host ignored for relative ones). */
  addressWithQueryEquals(page: string): Promise<void> {
    const absolute = /^https?:\/\//i.test(page);
    const expected = comparableAddress(this.session.locatePath(page), absolute);
    return this.check(async () => {
      const current = await this.session.currentUrl();
      if (comparableAddress(current, absolute) === expected) return;
      const shown = absolute ? new URL(current).href : pathQueryAndFragment(current);
      throw new ExpectationError(`Current address is "${shown}", but "${page}" expected.`, [
        'Compared decoded (%3A is ":", + in a query is a space), query parameters in any order.',
      ]);
    });
  }

  queryParameterEquals(name: string, expected: string): Promise<void> {
    return this.check(async () => {
      const url = await this.session.currentUrl();
      const values = new URL(url).searchParams.getAll(name);
      if (!values.length) {
        throw new ExpectationError(`The query parameter "${name}" is not in the current address "${pathQueryAndFragment(url)}", but "${expected}" expected.`);
      }
      const quoted = values.map((value) => `"${value}"`).join(', ');
      if (values.some((value) => value !== values[0])) {
        // Servers disagree on which one counts (PHP takes the last, others the first): the address is ambiguous.
        throw new ExpectationError(`The query parameter "${name}" is repeated with different values (${quoted}), so "${expected}" cannot be checked: servers differ in which one they read.`);
      }
      if (values[0] !== expected) {
        throw new ExpectationError(`The query parameter "${name}" is ${quoted}, but "${expected}" expected.`);
      }
    });
  }

  queryParameterNotSet(name: string): Promise<void> {
    return this.check(async () => {
      const url = await this.session.currentUrl();
      const values = new URL(url).searchParams.getAll(name);
      if (values.length) {
        throw new ExpectationError(`The query parameter "${name}" is "${values.join('", "')}", but it should not be in the address.`);
      }
    });
  }

  // ---- page text ------------------------------------------------------------------------------

  pageTextContains(text: string): Promise<void> {
    return this.check(async () => {
      const pageText = await this.driver.pageText();
      if (!containsIgnoringCase(pageText, text)) {
        const near = nearestText(pageText, text);
        throw new ExpectationError(
          `The text "${text}" was not found anywhere in the text of the current page.`,
          near ? [`Closest text on the page: "${near}".`] : [],
        );
      }
    });
  }

  pageTextNotContains(text: string): Promise<void> {
    return this.check(async () => {
      const found = foundInContext(await this.driver.pageText(), text);
      if (found !== null) {
        throw new ExpectationError(`The text "${text}" appears in the text of this page, but it should not.`, [`Found here (case and spacing ignored): "${found}".`]);
      }
    });
  }

  pageTextMatches(pattern: RegExp): Promise<void> {
    return this.check(async () => {
      if (!pattern.test(normalizeWhitespace(await this.driver.pageText()))) {
        throw new ExpectationError(`The pattern "${patternText(pattern)}" was not found anywhere in the text of the current page.`, slashesHint(pattern));
      }
    });
  }

  pageTextNotMatches(pattern: RegExp): Promise<void> {
    return this.check(async () => {
      const found = patternFoundInContext(await this.driver.pageText(), pattern);
      if (found !== null) {
        throw new ExpectationError(`The pattern "${patternText(pattern)}" was found in the text of the current page, but it should not.`, [`Found here: "${found}".`]);
      }
    });
  }

  // ---- elements by CSS -------------------------------------------------------------------------

  // With several matches, a positive check holds when any of them passes and a negative one when
  // none fails; a failure says how many matched and shows each.

  elementTextContains(css: string, text: string): Promise<void> {
    return this.check(async () => {
      const texts = await this.textsOf(css);
      if (texts.some((elementText) => containsIgnoringCase(elementText, text))) return;
      if (texts.length === 1) {
        throw new ExpectationError(`The text "${text}" was not found in the text of the ${describeCss(css)}.`, [
          `Its text is "${normalizeWhitespace(texts[0])}".`,
        ]);
      }
      throw new ExpectationError(
        `The text "${text}" was not found in the text of any of the ${texts.length} elements matching css "${css}".`,
        [`Their texts are:\n${listed(texts.map((elementText) => `"${normalizeWhitespace(elementText)}"`))}`],
      );
    });
  }

  elementTextNotContains(css: string, text: string): Promise<void> {
    return this.check(async () => {
      const texts = await this.textsOf(css);
      const containing = texts.flatMap((elementText, index) => (containsIgnoringCase(elementText, text) ? [index] : []));
      if (containing.length === 0) return;
      if (texts.length === 1) {
        throw new ExpectationError(`The text "${text}" appears in the text of the ${describeCss(css)}, but it should not.`);
      }
      throw new ExpectationError(
        `The text "${text}" appears in the text of ${containing.length} of the ${texts.length} elements matching css "${css}", but it should not.`,
        [`Found in:\n${containing.map((index) => `  match ${index + 1}: "${normalizeWhitespace(texts[index])}"`).join('\n')}`],
      );
    });
  }

  elementContains(css: string, html: string): Promise<void> {
    return this.check(async () => {
      const elements = await this.finder.regions(css);
      const inners = await Promise.all(elements.map((element) => this.driver.html(element)));
      if (inners.some((inner) => inner.toLowerCase().includes(html.toLowerCase()))) return;
      const where = inners.length === 1 ? `the ${describeCss(css)}` : `any of the ${inners.length} elements matching css "${css}"`;
      const fieldHint = inners.length === 1 ? await this.fieldValueHint(elements[0], html) : null;
      throw new ExpectationError(`The string "${html}" was not found in the HTML of ${where}.`, [
        inners.length === 1 ? `Its HTML is: ${excerptOf(inners[0])}` : `Their HTML:\n${listed(inners.map(excerptOf))}`,
        ...(fieldHint ? [fieldHint] : []),
      ]);
    });
  }

  /** A form control's value is not in its HTML (what a user typed never is): point to the step that reads it. */
  private async fieldValueHint(element: ElementHandle, expected: string): Promise<string | null> {
    const tag = await this.driver.tagName(element);
    if (tag !== 'input' && tag !== 'textarea' && tag !== 'select') return null;
    const name = (await this.driver.attribute(element, 'id')) || (await this.driver.attribute(element, 'name')) || 'label';
    return `It is a form field (<${tag}>), whose value is not part of its HTML: use the "${name}" field should contain "${expected}".`;
  }

  elementNotContains(css: string, html: string): Promise<void> {
    return this.check(async () => {
      const inners = await this.htmlsOf(css);
      const containing = inners.flatMap((inner, index) => (inner.toLowerCase().includes(html.toLowerCase()) ? [index + 1] : []));
      if (containing.length === 0) return;
      if (inners.length === 1) {
        throw new ExpectationError(`The string "${html}" appears in the HTML of the ${describeCss(css)}, but it should not.`);
      }
      throw new ExpectationError(
        `The string "${html}" appears in the HTML of ${containing.length} of the ${inners.length} elements matching css "${css}" ` +
          `(match ${containing.join(', ')}), but it should not.`,
      );
    });
  }

  elementExists(css: string): Promise<void> {
    return this.check(async () => {
      await this.firstByCss(css);
    });
  }

  /** Mink's rule: present in the page at all. A hidden match still counts, and the failure says so. */
  elementNotExists(css: string): Promise<void> {
    return this.check(async () => {
      const found = await this.driver.findAll({ css });
      if (!found.length) return;
      const anyVisible = await this.anyVisible(found);
      throw new ExpectationError(
        `An ${describeCss(css)} appears on this page, but it should not.`,
        anyVisible ? [] : [`It is in the page but hidden (${found.length === 1 ? 'it is' : `all ${found.length} are`} not shown); to check what a user sees, write: the "${css}" element should not be visible.`],
      );
    });
  }

  /** At least one match is shown to the user (behatch's wording). */
  elementVisible(css: string): Promise<void> {
    return this.check(async () => {
      const found = await this.finder.regions(css);
      if (!(await this.anyVisible(found))) {
        throw new ExpectationError(`The ${describeCss(css)} is not visible, but it should be.`, [
          found.length === 1 ? 'It is in the page, hidden.' : `All ${found.length} matches are in the page, hidden.`,
        ]);
      }
    });
  }

  /** No match is shown to the user: hidden, or not in the page at all. */
  elementNotVisible(css: string): Promise<void> {
    return this.check(async () => {
      const found = await this.driver.findAll({ css });
      if (await this.anyVisible(found)) throw new ExpectationError(`An ${describeCss(css)} is visible, but it should not be.`);
    });
  }

  /** At least (`bound` "least") or at most ("most") `count` elements match. */
  elementsCountBounded(css: string, bound: 'least' | 'most', count: number): Promise<void> {
    return this.check(async () => {
      const found = await this.driver.findAll({ css });
      if (bound === 'least' ? found.length < count : found.length > count) {
        throw new ExpectationError(`${found.length} elements matching css "${css}" found on the page, but should be at ${bound} ${count}.`);
      }
    });
  }

  elementsCount(css: string, count: number): Promise<void> {
    return this.check(async () => {
      const found = await this.driver.findAll({ css });
      if (found.length !== count) {
        throw new ExpectationError(`${found.length} elements matching css "${css}" found on the page, but should be ${count}.`);
      }
    });
  }

  // ---- fields (field-assertions.ts) -------------------------------------------------------------

  fieldValueEquals = (locator: string, expected: string, regionCss?: string) => this.fields.fieldValueEquals(locator, expected, regionCss);
  fieldValueContains = (locator: string, text: string) => this.fields.fieldValueContains(locator, text);
  fieldValueNotContains = (locator: string, text: string) => this.fields.fieldValueNotContains(locator, text);
  fieldValueNotEquals = (locator: string, unexpected: string, regionCss?: string) => this.fields.fieldValueNotEquals(locator, unexpected, regionCss);
  fieldDisabled = (locator: string, disabled: boolean) => this.fields.fieldDisabled(locator, disabled);
  checkboxChecked = (locator: string, regionCss?: string) => this.fields.checkboxChecked(locator, regionCss);
  checkboxNotChecked = (locator: string, regionCss?: string) => this.fields.checkboxNotChecked(locator, regionCss);

  // ---- helpers ---------------------------------------------------------------------------------

  private firstByCss(css: string) {
    return this.finder.first(css);
  }

  private async anyVisible(elements: readonly ElementHandle[]): Promise<boolean> {
    for (const element of elements) if (await this.driver.isVisible(element)) return true;
    return false;
  }

  private async textsOf(css: string): Promise<string[]> {
    const elements = await this.finder.regions(css);
    return Promise.all(elements.map((element) => this.driver.text(element)));
  }

  private async htmlsOf(css: string): Promise<string[]> {
    const elements = await this.finder.regions(css);
    return Promise.all(elements.map((element) => this.driver.html(element)));
  }
}
