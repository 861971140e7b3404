/**
 * The driver conformance suite (Mink's driver-testsuite): one set of cases, run against every driver
 * by test/unit/conformance-http.test.ts and test/browser/conformance-browser.test.ts. It pins the
 * Driver contract (support/drivers/driver.ts) and what the Session builds on it: the Session decides
 * what a step means, a driver only does it, so both drivers must give the same answers here.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Driver, ElementHandle } from '../../support/drivers/driver';
import { Session } from '../../support/session/session';
import { normalizeWhitespace } from '../../support/session/text';
import { startConformanceServer, type ConformanceServer } from './pages';
import { exchangeCases } from './exchange-cases';
import { shadowCases } from './shadow-cases';
import { downloadCases } from './download-cases';
import { formCases } from './form-cases';
import { caseHelpers } from './case-helpers';

/**
 * Runs every case against a new driver from `createDriver`, over one page server and one session
 * reset before each case. `waitTimeout` is the session's wait in seconds (0 for a driver that never waits).
 */
export function runConformance(name: string, createDriver: () => Driver, waitTimeout: number): void {
  describe(`driver conformance: ${name}`, () => {
    let server: ConformanceServer | undefined;
    let current: Session | undefined;
    before(async () => {
      server = await startConformanceServer();
      current = new Session(name, createDriver(), { baseUrl: server.base, filesPath: '.', waitTimeout });
    });
    after(async () => {
      await current?.driver.stop();
      await server?.close();
    });
    beforeEach(async () => {
      await current?.reset();
    });
    conformanceCases(() => {
      if (!current) throw new Error('the session starts in before()');
      return current;
    });
  });
}

function conformanceCases(target: () => Session): void {
  const { session, driver, find, open, submitted, rejectsWith } = caseHelpers(target);

  exchangeCases(target);
  shadowCases(target);
  formCases(target);

  describe('CSS: one dialect on every driver (Symfony CssSelector\'s :contains() included)', () => {
    const matches = async (css: string, within?: ElementHandle): Promise<string[]> => {
      const found = await driver().findAll({ css }, within);
      return Promise.all(found.map(async (element) => (await driver().attribute(element, 'id')) ?? driver().tagName(element)));
    };

    it('finds with :contains() and the other extensions, mixed with standard CSS', async () => {
      await open('/css');
      assert.deepEqual(await matches("tr:contains('Frankenstein')"), ['frankenstein']);
      assert.deepEqual(await matches('tr:contains("Mary Shelley") a.edit'), ['edit-frankenstein', 'edit-mathilda']);
      assert.deepEqual(await matches('tr:contains(frankenstein)'), [], 'case-sensitive, as in Symfony');
      assert.deepEqual(await matches('tr:icontains(DRACULA)'), ['dracula']);
      assert.deepEqual(await matches("tbody tr:not(:contains('Shelley'))"), ['dracula']);
      assert.deepEqual(await matches("tr:has(td:contains('1818'))"), ['frankenstein']);
      assert.deepEqual(await matches('tr:has(> td:contains(1959)) + tr'), ['dracula']);
      assert.deepEqual(await matches('a:contains(Edit):not(:link)'), ['edit-dracula']);
      assert.deepEqual(await matches('tr:contains(Mathilda), tr:contains(Frankenstein)'), ['frankenstein', 'mathilda'], 'document order');
      assert.deepEqual(await matches("#books :contains('Frankenstein')"), ['tbody', 'frankenstein', 'td'], 'a template\'s content is not searched');
    });

    it('gives standard CSS the same matches, the form as the user left it included', async () => {
      await open('/css');
      assert.deepEqual(await matches('input:checked'), ['keep']);
      assert.deepEqual(await matches('option:selected'), ['pick-b']);
      assert.deepEqual(await matches('#choices :disabled'), ['locked', 'locked-input']);
      assert.deepEqual(await matches('#choices :enabled'), ['keep', 'drop', 'pick', 'pick-a', 'pick-b', 'open-input']);
      assert.deepEqual(await matches('tbody > tr:nth-child(2n+1)'), ['frankenstein', 'dracula']);
      assert.deepEqual(await matches('p:empty'), ['empty']);
      assert.deepEqual(await matches('a[href^="/EDIT" i]'), ['edit-frankenstein', 'edit-mathilda']);
      await session().checkField('Drop');
      await session().uncheckField('Keep');
      await session().selectOption('Pick', 'A');
      assert.deepEqual(await matches('input:checked'), ['drop']);
      assert.deepEqual(await matches('option:selected, option:checked'), ['pick-a']);
      assert.deepEqual(await matches('form:has(input:checked) [name=drop]'), ['drop']);
    });

    it('finds inside an element as querySelectorAll does: its descendants, the rest of the selector may match around it', async () => {
      await open('/css');
      const table = await find('#books');
      assert.deepEqual(await matches('table tr:contains("Shelley")', table), ['frankenstein', 'mathilda']);
      assert.deepEqual(await matches('body :contains(Dracula)', table), ['tbody', 'dracula', 'td'], 'never the table itself');
      assert.deepEqual(await matches(':scope > tbody > tr:first-child, :scope > thead th:contains(Year)', table), ['th', 'frankenstein']);
      assert.deepEqual(await matches('tr:contains(Dracula) :scope', table), [], ':scope is the element searched');
    });

    it('refuses what neither driver supports, in the same words, naming the part not understood', async () => {
      await open('/css');
      const refusals: [string, RegExp][] = [
        ['tr:first', /^Invalid CSS selector "tr:first": the pseudo-class ":first" is not supported \(supported: :not\(\) .*:contains\(\)/],
        ['a[href=/edit/1]', /^Invalid CSS selector "a\[href=\/edit\/1\]": an attribute value is a name or a quoted string at "\/edit\/1\]"$/],
        ['td:contains(Mary Shelley)', /^Invalid CSS selector "td:contains\(Mary Shelley\)": quote text with spaces/],
        ['p::before', /^Invalid CSS selector "p::before": "::before" is a pseudo-element: it selects no element$/],
        ['#1a', /^Invalid CSS selector "#1a": an id after "#" starts with a letter/],
        ['tr >', /^Invalid CSS selector "tr >": expected a selector at the end$/],
      ];
      for (const [css, message] of refusals) await rejectsWith(driver().findAll({ css }), message);
    });
  });

  describe('text and visibility', () => {
    it('reads an element text with whitespace as a user reads it', async () => {
      await open('/text');
      assert.equal(await session().text(await find('#spaced')), 'Several words and lines');
    });

    it('agrees on what is hidden: not visible and not page text', async () => {
      await open('/text');
      const pageText = await driver().pageText();
      for (const id of ['none', 'attribute', 'invisible']) {
        assert.equal(await driver().isVisible(await find(`#${id}`)), false, `#${id} is hidden`);
      }
      assert.equal(await driver().isVisible(await find('#shown')), true);
      assert.match(pageText, /Shown text/);
      for (const text of ['Display none text', 'Hidden attribute text', 'Visibility hidden text', 'never text']) {
        assert.doesNotMatch(pageText, new RegExp(text), `"${text}" is not page text`);
      }
    });

    it('folds away a closed details but its summary, and a dialog without open', async () => {
      await open('/folded');
      const pageText = normalizeWhitespace(await driver().pageText());
      const shown = ['summary', 'unfolded', 'outer-summary', 'nested-summary', 'open-dialog'];
      const folded = ['folded', 'folded-field', 'second-summary', 'inner-open', 'inner-summary', 'inner', 'nested-folded', 'no-summary', 'dialog'];
      for (const id of [...shown, ...folded]) {
        assert.equal(await driver().isVisible(await find(`#${id}`)), shown.includes(id), `#${id} is ${shown.includes(id) ? 'shown' : 'folded away'}`);
      }
      for (const text of ['Summary text', 'Open summary text', 'Unfolded text', 'Outer summary text', 'Outer open text', 'Nested summary text', 'Open dialog text']) {
        assert.ok(pageText.includes(text), `"${text}" is page text: ${pageText}`);
      }
      for (const text of ['Folded text', 'Loose folded text', 'Second summary text', 'Inner summary text', 'Inner text', 'Nested folded text', 'No summary text', 'Closed dialog text']) {
        assert.ok(!pageText.includes(text), `"${text}" is not page text: ${pageText}`);
      }
      const [save] = await driver().findAll({ named: 'button', locator: 'Save' });
      assert.equal(await driver().attribute(save, 'id'), 'save', 'the shown twin comes before a folded one');
    });
  });

  describe('a modal dialog open (aria-modal="true", shown): named lookups reach only what is in it', () => {
    const ids = async (found: ElementHandle[]) => Promise.all(found.map((element) => driver().attribute(element, 'id')));

    it('finds by name inside the dialog only, and acts there', async () => {
      await open('/modal');
      assert.deepEqual(await ids(await driver().findAll({ named: 'button', locator: 'Login' })), ['dialog-login'], 'not the header\'s, nor the hidden dialog\'s');
      assert.deepEqual(await ids(await driver().findAll({ named: 'link', locator: 'Help' })), []);
      assert.deepEqual(await ids(await driver().findAll({ named: 'field', locator: 'Search' })), []);
      assert.deepEqual((await driver().namedCandidates('field')).map(([label]) => label), ['Email']);
      assert.deepEqual(await ids(await driver().findAll({ named: 'link', locator: 'Help', behindModal: true })), ['header-help']);
      assert.deepEqual(await ids(await driver().findAll({ named: 'button', locator: 'Login', behindModal: true })), ['header-login']);
      await session().fillField('Email', 'ada');
      await session().pressButton('Login');
      assert.deepEqual(await submitted(), ['email=ada', 'via=dialog']);
    });

    it('a step on what the dialog covers fails saying so; CSS and page text still see the whole page', async () => {
      await open('/modal');
      await rejectsWith(session().clickLink('Help'), /Link with [a-z| -]+ "Help" not found\.\nA modal dialog is open: link "Help" is behind it, out of reach until the dialog closes\./);
      assert.deepEqual(await ids(await driver().findAll({ css: '#header-login, #header-help' })), ['header-login', 'header-help']);
      assert.match(normalizeWhitespace(await driver().pageText()), /Login Help Search Behind the dialog Email Login/);
    });

    it('a hidden aria-modal element, or a dialog open without being modal, leaves the whole page in reach', async () => {
      await open('/modal-closed');
      assert.deepEqual(await ids(await driver().findAll({ named: 'button', locator: 'Login' })), ['header-login', 'note-login']);
      assert.deepEqual(await ids(await driver().findAll({ named: 'button', locator: 'Login', behindModal: true })), []);
      await session().clickLink('Help');
      assert.deepEqual(await submitted(), ['from=help']);
    });
  });

  describe('compressed responses', () => {
    it('reads a page sent gzip, deflate (zlib or raw) or br as the page, and one in an unknown coding as it came', async () => {
      for (const name of ['gzip', 'deflate', 'raw-deflate', 'br', 'unknown']) {
        await open(`/compressed/${name}`);
        assert.equal(normalizeWhitespace(await driver().pageText()), 'Read from a compressed body: caf\u00e9 Closed', name);
        assert.equal(await session().text(await find('#compressed')), 'Read from a compressed body: caf\u00e9', name);
      }
    });
  });

  describe('one answer for the same visit and the same request', () => {
    it('a page served with an ETag is 200 when visited, reloaded, and visited again after a reset', async () => {
      await open('/cached');
      assert.equal(await session().statusCode(), 200);
      await session().reload();
      assert.equal(await session().statusCode(), 200, 'a browser revalidates on reload (304) and shows its copy: 200');
      await session().reset();
      await open('/cached');
      assert.equal(await session().statusCode(), 200, 'the reset leaves no cached copy to revalidate');
      assert.match(await driver().pageText(), /Cached page/);
    });

    it('a request before the first page carries the cookies of its origin and keeps those it sets, HttpOnly too', async () => {
      await session().ensureStarted();
      await session().sendRequest({ method: 'POST', path: '/api/sign-in' });
      assert.equal(await session().statusCode(), 200);
      await session().sendRequest({ method: 'PUT', path: '/api/items/one', body: '{"name":"one"}' });
      assert.equal(await session().statusCode(), 201);
      assert.deepEqual(JSON.parse(await session().responseContent()), { method: 'PUT', body: '{"name":"one"}', cookies: 'user=ada' });
      await open('/api/me');
      assert.match(await driver().pageText(), /"cookies":\s*"user=ada"/, 'the cookie the request got is the session\'s');
    });
  });

  downloadCases(session);
}
