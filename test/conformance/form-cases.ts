/**
 * Conformance cases for form controls: how each kind of control reads, what filling in, typing,
 * selecting and checking mean for it, and which controls are disabled. The Session decides these
 * (support/session/field-actions.ts) from the facts a driver reports, so both drivers must report the same.
 * Pages: the /form and /upload pages of pages.ts.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Session } from '../../support/session/session';
import { caseHelpers } from './case-helpers';

export function formCases(target: () => Session): void {
  const { session, driver, find, value, open, submitted, rejectsWith } = caseHelpers(target);

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
}
