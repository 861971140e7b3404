/**
 * Custom steps: the World (`this`) is typed. `this.session` visits pages, finds elements by named
 * selector or CSS and acts on them; `this.assert` holds the assertions behind the built-in steps.
 * Both wait on their own in a browser (`@javascript`) and answer at once over HTTP.
 */
import { Then, When, type DataTable } from '@cucumber/cucumber';
import { ExpectationError, type MinkWorld } from 'cucumber-mink';

// A helper step: several actions behind one sentence, written in the words of the business.
When('I sign up as {string} with {string}', async function (this: MinkWorld, name: string, email: string) {
  await this.session.visit('/forms/text');
  await this.session.fillField('Full name', name);
  await this.session.fillField('Email address', email);
  await this.session.pressButton('Send');
});

// A table assertion: compare every row at once and report all differences, not just the first.
Then('the form should have sent:', async function (this: MinkWorld, table: DataTable) {
  const expected = table.raw().map(([field, value]) => `${field} = ${value}`);
  // synchronize() retries while a browser page may still change, and runs once over HTTP.
  await this.session.synchronize(async () => {
    // Element objects, as Mink's NodeElement: find inside them, read them, act on them.
    const items = await this.session.findAll('css', '#fields li');
    // text() is the element's text with whitespace collapsed.
    const sent = await Promise.all(items.map((item) => item.text()));
    const missing = expected.filter((line) => !sent.includes(line));
    if (missing.length > 0) {
      throw new ExpectationError(`The form did not send ${missing.join(', ')}.`, [`It sent: ${sent.join(', ') || 'nothing'}.`]);
    }
  });
});
