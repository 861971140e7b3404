/**
 * Conformance cases for shadow DOM: named selectors and page text reach into open shadow roots (the
 * flat tree: a host shows its shadow root, a slot what is assigned to it), CSS stays standard and
 * does not pierce, a closed root is out of reach. Pages: shadow-pages.ts (declarative shadow DOM, so
 * the HTTP driver reads the same tree as the browser).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ElementHandle } from '../../support/drivers/driver';
import type { Session } from '../../support/session/session';
import { normalizeWhitespace } from '../../support/session/text';

export function shadowCases(session: () => Session): void {
  const driver = () => session().driver;
  const ids = async (found: ElementHandle[]) => Promise.all(found.map((element) => driver().attribute(element, 'id')));
  const submitted = async (): Promise<string[]> => {
    const items = await driver().findAll({ css: 'li' }, await session().findCss('#submitted'));
    return Promise.all(items.map((item) => session().text(item)));
  };

  const rejectsWith = async (action: Promise<unknown>, message: RegExp): Promise<void> => {
    await assert.rejects(action, (error: Error) => {
      assert.match(error.message, message);
      return true;
    });
  };

  describe('shadow DOM: open roots are part of the page, closed ones are not', () => {
    it('page text includes what open shadow roots draw and what their slots show, in place', async () => {
      await session().visit('/components');
      const pageText = normalizeWhitespace(await driver().pageText());
      assert.match(pageText, /Components Email Slotted note Sign up Inside the component Outer panel Deep link After the components/);
      for (const text of ['Unslotted text', 'No note', 'Secret', 'Closed text']) {
        assert.ok(!pageText.includes(text), `"${text}" is not drawn: ${pageText}`);
      }
    });

    it('fills in a field by its label and presses a button inside a component\'s form', async () => {
      await session().visit('/components');
      assert.equal(await driver().isVisible((await driver().findAll({ named: 'field', locator: 'Email' }))[0]), true);
      await session().fillField('Email', 'ada@example.org');
      await session().pressButton('Sign up');
      assert.deepEqual(await submitted(), ['email=ada@example.org', 'via=shadow-form']);
    });

    it('a label names the control of its own shadow root: two instances of a component share ids, not labels', async () => {
      await session().visit('/components');
      const names = async (locator: string) => Promise.all((await driver().findAll({ named: 'field', locator })).map((field) => driver().attribute(field, 'name')));
      assert.deepEqual(await names('Work phone'), ['work-phone']);
      assert.deepEqual(await names('Home phone'), ['home-phone']);
    });

    it('follows a link inside nested components', async () => {
      await session().visit('/components');
      await session().clickLink('Deep link');
      assert.deepEqual(await submitted(), ['via=deep']);
    });

    it('CSS does not pierce a shadow root; inside a found component element it matches as usual', async () => {
      await session().visit('/components');
      assert.deepEqual(await ids(await driver().findAll({ css: '#email, sign-up input, #deep' })), []);
      assert.deepEqual(await ids(await driver().findAll({ css: 'sign-up, #note' })), ['sign-up', 'note']);
      const [field] = await driver().findAll({ named: 'field', locator: 'Email' });
      assert.equal(await driver().attribute(field, 'name'), 'email');
    });

    it('CSS crosses into open shadow roots with ">>>", one or several, the dialect\'s extensions included; never into a closed one', async () => {
      await session().visit('/components');
      assert.deepEqual(await ids(await driver().findAll({ css: 'sign-up >>> #email' })), ['email']);
      assert.deepEqual(await ids(await driver().findAll({ css: 'body > outer-panel >>> inner-toolbar >>> a[href*="deep"]' })), ['deep']);
      assert.deepEqual(await ids(await driver().findAll({ css: 'sign-up >>> p:contains("Inside the component")' })), ['inside']);
      assert.deepEqual(await ids(await driver().findAll({ css: 'secret-box >>> button' })), []);
      assert.equal(await session().text(await session().findCss('sign-up >>> #inside')), 'Inside the component');
      await rejectsWith(driver().findAll({ css: 'sign-up >>>' }), /^Invalid CSS selector "sign-up >>>": ">>>" finds inside the open shadow roots of what its left side matches: write a selector on both sides/);
    });

    it('a closed root is out of reach: a step on what it holds fails saying so, and other misses note it', async () => {
      await session().visit('/components');
      assert.deepEqual(await driver().findAll({ named: 'button', locator: 'Secret' }), []);
      await rejectsWith(session().pressButton('Secret'),
        /^Button with [a-z| -]+ "Secret" not found\.\nButton "Secret" is inside the closed shadow root of <secret-box#secret-box>, which no step can reach/);
      await rejectsWith(session().clickLink('Nowhere'),
        /not found\.\n[^]*\nThe page has a closed shadow root at <secret-box#secret-box>: what it holds cannot be reached\.\n\+--\[/);
    });

    it('a button and a checkbox are named by the words their slots show, and the button is pressed where those words are drawn', async () => {
      await session().visit('/design-system');
      assert.deepEqual(await ids(await driver().findAll({ named: 'button', locator: 'Save profile' })), ['inner-save']);
      const [terms] = await driver().findAll({ named: 'checkbox', locator: 'I agree to the terms' });
      assert.equal(await driver().attribute(terms, 'name'), 'terms');
      await session().pressButton('Save profile');
      assert.deepEqual(await submitted(), ['via=ds-button']);
    });

    it('checks a checkbox drawn invisible under a custom one (no pointer events) by clicking its label, as a user does', async () => {
      await session().visit('/design-system');
      await session().checkField('terms');
      assert.equal(await driver().isChecked(await session().findCss('ds-checkbox >>> input')), true);
      await session().uncheckField('terms');
      assert.equal(await driver().isChecked(await session().findCss('ds-checkbox >>> input')), false);
    });
  });
}
