/**
 * The driver conformance suite (Mink's driver-testsuite): one set of cases, run against every driver
 * by test/unit/conformance-http.test.ts and test/browser/conformance-browser.test.ts. It pins the
 * Driver contract (support/drivers/driver.ts) and what the Session builds on it: the Session decides
 * what a step means, a driver only does it, so both drivers must give the same answers here.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Driver, ElementHandle } from '../../support/drivers/driver';
import { Session } from '../../support/session/session';
import { normalizeWhitespace } from '../../support/session/text';
import { startConformanceServer, type ConformanceServer } from './pages';
import { exchangeCases } from './exchange-cases';
import { shadowCases } from './shadow-cases';
import { downloadCases } from './download-cases';

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
  const session = (): Session => target();
  const driver = (): Driver => target().driver;
  const find = (css: string): Promise<ElementHandle> => session().findCss(css);
  const value = async (css: string) => driver().value(await find(css));
  const open = async (page: string): Promise<void> => {
    await session().visit(page);
  };
  const submitted = async (): Promise<string[]> => {
    // A browser may still be loading the result page after the click: wait for it as a step would.
    const list = await find('#submitted');
    const items = await driver().findAll({ css: 'li' }, list);
    return Promise.all(items.map((item) => session().text(item)));
  };
  const rejectsWith = async (action: Promise<unknown>, message: RegExp): Promise<void> => {
    await assert.rejects(action, (error: Error) => {
      assert.match(error.message, message);
      return true;
    });
  };

  exchangeCases(target);
  shadowCases(target);

  describe('values (Mink: checkbox → value or null, radio → its group, multiple select → list)', () => {
    it('reads every kind of control as it is on the page', async () => {
      await open('/form');
      assert.equal(await value('#name'), 'initial');
      assert.equal(await value('#notes'), 'old notes');
      assert.equal(await value('#size'), 'S');
      assert.deepEqual(await value('#colours'), ['red']);
      assert.equal(await value('#agree'), null);
      assert.equal(await value('#news'), 'on', 'a checked checkbox without a value attribute reads "on"');
      assert.equal(await value('#plan-pro'), 'free', 'a radio reads the checked value of its group');
      assert.equal(await value('#other-free'), 'pro', 'a radio group is per form');
    });
  });

  describe('fill in: one meaning for every control kind', () => {
    it('types into text inputs and textareas, replacing what they held', async () => {
      await open('/form');
      await session().fillField('Name', 'Ada');
      await session().fillField('Notes', 'line one\nline two');
      assert.equal(await value('#name'), 'Ada');
      assert.equal(await value('#notes'), 'line one\nline two');
    });

    it('chooses in a select by option value or text', async () => {
      await open('/form');
      await session().fillField('Size', 'L');
      assert.equal(await value('#size'), 'L');
      await session().fillField('Size', 'Small');
      assert.equal(await value('#size'), 'S');
    });

    it('picks the radio of the group by value or by label', async () => {
      await open('/form');
      await session().fillField('Pro plan', 'pro');
      assert.equal(await value('#plan-free'), 'pro');
      await session().fillField('Pro plan', 'Free plan');
      assert.equal(await value('#plan-free'), 'free');
      assert.equal(await value('#other-free'), 'pro', 'the same name in another form is another group');
    });

    it('attaches a file to a file input', async () => {
      const file = path.join(os.tmpdir(), `conformance-${process.pid}.txt`);
      fs.writeFileSync(file, 'uploaded');
      try {
        await open('/upload');
        await session().fillField('File', file);
        await session().pressButton('Upload');
        assert.deepEqual(await submitted(), [`file=@${path.basename(file)}`]);
      } finally {
        fs.rmSync(file, { force: true });
      }
    });

    it('refuses a checkbox, a disabled field and a read-only field, saying why', async () => {
      await open('/form');
      await rejectsWith(session().fillField('Agree', 'x'), /Cannot fill in form field "Agree": it is a checkbox\. Use "I check" or "I uncheck" instead\./);
      await rejectsWith(session().fillField('Off', 'x'), /form field "Off" is disabled, so it cannot be typed into\./);
      await rejectsWith(session().fillField('In fieldset', 'x'), /form field "In fieldset" is disabled/);
      await rejectsWith(session().fillField('Fixed', 'x'), /Cannot fill in form field "Fixed": it is read-only\./);
      await rejectsWith(session().fillElement(await find('#plain'), 'x'), /Cannot fill in .*not a form field\./);
      assert.equal(await value('#fixed'), 'cannot change');
    });

    it('types into a text field, replacing its value; refuses what fill in refuses, and a control typing cannot set', async () => {
      await open('/form');
      await session().typeInto('Name', 'Ada');
      await session().typeInto('Notes', 'typed notes');
      assert.equal(await value('#name'), 'Ada');
      assert.equal(await value('#notes'), 'typed notes');
      await rejectsWith(session().typeInto('Size', 'L'), /^Cannot type into form field "Size": it is a select box\. Use "I select … from …" instead\./);
      await rejectsWith(session().typeInto('Agree', 'x'), /^Cannot type into form field "Agree": it is a checkbox\. Use "I check" or "I uncheck" instead\./);
      await rejectsWith(session().typeInto('Off', 'x'), /form field "Off" is disabled, so it cannot be typed into\./);
      await rejectsWith(session().typeInto('Fixed', 'x'), /Cannot type into form field "Fixed": it is read-only\./);
      assert.equal(await value('#size'), 'S');
    });

    it('lets the first legend of a disabled fieldset stay enabled, as browsers do', async () => {
      await open('/form');
      await session().fillField('In legend', 'typed');
      assert.equal(await value('#in-legend'), 'typed');
    });
  });

  describe('select options', () => {
    it('selects by exact value or exact text, never a partial match', async () => {
      await open('/form');
      await session().selectOption('Size', 'Large');
      assert.equal(await value('#size'), 'L', '"Large" is the text of L, though "Extra large" contains it');
      await session().selectOption('Size', 'XL');
      assert.equal(await value('#size'), 'XL');
    });

    it('matches an option text with &nbsp; and runs of whitespace as a user reads it', async () => {
      await open('/form');
      await session().selectOption('Size', 'Extra large');
      assert.equal(await value('#size'), 'Extra\u00a0large', 'the option without a value attribute has its text as value');
      await session().selectOption('Size', 'Extra extra large');
      assert.equal(await value('#size'), 'XL');
    });

    it('adds to a multiple select, or replaces its selection', async () => {
      await open('/form');
      await session().selectOption('Colours', 'green', true);
      assert.deepEqual(await value('#colours'), ['red', 'green']);
      await session().selectOption('Colours', 'Blue');
      assert.deepEqual(await value('#colours'), ['blue']);
    });

    it('refuses a missing or disabled option, listing what is offered', async () => {
      await open('/form');
      await rejectsWith(session().selectOption('Size', 'Medium'), /Select option with value\|text "Medium" not found in select "Size"\.[\s\S]*Available options: "Small", "Large"/);
      await rejectsWith(session().selectOption('Tier', 'Sold out'), /Option "Sold out" of select "Tier" is disabled/);
      await rejectsWith(session().selectOption('Tier', 'gold'), /Option "gold" of select "Tier" is disabled/);
      await rejectsWith(session().selectOption('Name', 'x'), /Form field "Name" is not a select box or a radio group/);
      assert.equal(await value('#tier'), 'basic');
    });

    it('submits what was selected', async () => {
      await open('/form');
      await session().selectOption('Size', 'Extra large');
      await session().selectOption('Colours', 'blue', true);
      await session().pressButton('Send');
      const sent = await submitted();
      assert.ok(sent.includes('size=Extra large'), sent.join(' | '));
      assert.ok(sent.includes('colours=red') && sent.includes('colours=blue'), sent.join(' | '));
    });
  });

  describe('check, uncheck and radio', () => {
    it('checks and unchecks a checkbox, and submits it only when checked', async () => {
      await open('/form');
      await session().checkField('Agree');
      await session().uncheckField('News');
      assert.equal(await driver().isChecked(await find('#agree')), true);
      assert.equal(await value('#news'), null);
      await session().pressButton('Send');
      const sent = await submitted();
      assert.ok(sent.includes('agree=yes'), sent.join(' | '));
      assert.ok(!sent.some((line) => line.startsWith('news=')), sent.join(' | '));
    });

    it('choosing a radio unchecks the rest of its group only', async () => {
      await open('/form');
      await session().checkField('Pro plan');
      assert.equal(await driver().isChecked(await find('#plan-free')), false);
      assert.equal(await driver().isChecked(await find('#other-pro')), true);
      const group = await driver().radioGroup(await find('#plan-free'));
      assert.deepEqual(await Promise.all(group.map((radio) => driver().attribute(radio, 'id'))), ['plan-free', 'plan-pro']);
    });

    it('refuses what a step cannot do to a control', async () => {
      await open('/form');
      await rejectsWith(session().checkField('Name'), /"I check" needs a checkbox input, but (form field "Name" is .*|it is form field "Name") \(text\)\./);
      await assert.rejects(session().checkField('Name'), (error: Error) => {
        assert.equal(error.message.split('\n')[0].split('"Name"').length, 2, `the name is said once: ${error.message}`);
        return true;
      });
      await rejectsWith(session().uncheckField('Pro plan'), /Cannot uncheck form field "Pro plan": a radio button is unchecked by choosing another one of its group\./);
      await rejectsWith(session().selectOption('Plan', 'gold'), /not found/);
    });
  });

  describe('disabled', () => {
    it('follows the browser: own attribute, disabled fieldset except its first legend, disabled optgroup', async () => {
      await open('/form');
      const disabled = async (css: string) => (await driver().controlFacts(await find(css))).disabled;
      assert.equal(await disabled('#name'), false);
      assert.equal(await disabled('#off'), true);
      assert.equal(await disabled('#in-fieldset'), true);
      assert.equal(await disabled('#in-legend'), false);
      assert.equal(await disabled('#tier option[value=gold]'), true);
      assert.equal(await disabled('#tier option[value=basic]'), false);
    });

    it('reports the facts a step decides on in one read', async () => {
      await open('/form');
      const facts = async (css: string) => driver().controlFacts(await find(css));
      assert.deepEqual(await facts('#name'), { tag: 'input', type: null, disabled: false, readOnly: false, editable: false });
      assert.deepEqual(await facts('#fixed'), { tag: 'input', type: null, disabled: false, readOnly: true, editable: false });
      assert.deepEqual(await facts('#upload'), { tag: 'input', type: 'file', disabled: false, readOnly: false, editable: false });
      assert.deepEqual(await facts('#never'), { tag: 'button', type: 'submit', disabled: true, readOnly: false, editable: false });
      assert.deepEqual(await facts('#plain'), { tag: 'div', type: null, disabled: false, readOnly: false, editable: false });
    });

    it('refuses to press a disabled button', async () => {
      await open('/form');
      await rejectsWith(session().pressButton('Never'), /Button "Never" is disabled, so it cannot be pressed\./);
    });
  });

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
