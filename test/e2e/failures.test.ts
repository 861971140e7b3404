/**
 * Expected failures: small features under test/fixtures/features that must fail, run through the
 * project's own cucumber configuration, with assertions on the message the user would read.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { FAILING_FEATURES, failedStep, useFeatureRunner, type FeatureRun, type StepOutcome, type WorldParameters } from './feature-run';

describe('expected failures and their messages', () => {
  const runner = useFeatureRunner();

  /** Runs one fixture feature, which is about its first step that does not pass. */
  async function runFixture(file: string, worldParameters?: WorldParameters): Promise<FeatureRun & { failed: StepOutcome }> {
    const run = await runner.run([path.join(FAILING_FEATURES, file)], worldParameters);
    return { ...run, failed: failedStep(run) };
  }

  it('@wait:N: a browser assertion gives up after N seconds (the default 5 s would have seen the text)', async () => {
    const { failed } = await runFixture('wait-tag.feature');
    assert.match(failed.message, /The text "Arrived after 1500 ms" was not found anywhere in the text of the current page\./);
    assert.match(failed.message, /browser/);
  });

  it('button not found: names the rule, the URL and close candidates', async () => {
    const { success, failed } = await runFixture('button-not-found.feature');
    assert.equal(success, false);
    assert.equal(failed.status, 'FAILED');
    assert.match(failed.message, /Button with id\|name\|value\|title\|text\|aria-label\|data-testid\|image alt "Svae"/);
    assert.match(failed.message, /http:\/\/127\.0\.0\.1:\d+\/forms\/buttons/);
    assert.match(failed.message, /[Dd]id you mean:[^\n]*"Save"/);
  });

  it('a failure while a dialog is open names the dialog instead of "(no page visited)"', async () => {
    const { failed } = await runFixture('dialog-context.feature');
    // The page behind the dialog is named too: its address is still known.
    assert.match(failed.message, /\+--\[ HTTP 200 \| http:\/\/127\.0\.0\.1:\d+\/async\/dialogs \| dialog open: "Hello from an alert" \| browser/);
    assert.doesNotMatch(failed.message, /no page visited|empty page/);
  });

  it('a failure inside an iframe says which iframe', async () => {
    const { failed } = await runFixture('iframe-context.feature');
    assert.match(failed.message, /Button with .* "Outside button" not found\./);
    assert.match(failed.message, /\+--\[ (HTTP 200 \| )?http:\/\/127\.0\.0\.1:\d+\/async\/iframe \| inside iframe "demo-frame" \| browser/);
    assert.match(failed.message, /Inside the frame/);
  });

  it('link not found: names the link rule and suggests the closest link', async () => {
    const { failed } = await runFixture('link-not-found.feature');
    assert.match(failed.message, /Link with [a-z| -]+ "Plain txt link"/);
    assert.match(failed.message, /[Dd]id you mean:[^\n]*"Plain text link"/);
  });

  it('field not found: names the field rule', async () => {
    const { failed } = await runFixture('field-not-found.feature');
    assert.match(failed.message, /[Ff]orm field with [a-z| -]+ "Surname"/);
    assert.match(failed.message, /\/forms\/text/);
  });

  it('text not found: Mink wording and the page excerpt', async () => {
    const { failed } = await runFixture('text-not-found.feature');
    assert.match(
      failed.message,
      /The text "Nothing like this text" was not found anywhere in the text of the current page\./,
    );
    assert.match(failed.message, /Plain text link/);
  });

  it('should not see: says the text was found', async () => {
    const { failed } = await runFixture('should-not-see.feature');
    assert.match(failed.message, /The text "Plain text link" appears in the text of this page/);
  });

  it('a failed check of a JSON answer attaches the answer as JSON (page.json), not as an HTML page', async () => {
    const { failed, attachments } = await runFixture('json-node-mismatch.feature');
    assert.match(failed.message, /The JSON node "method" is "GET", but "POST" expected\./);
    const page = attachments.filter((attachment) => /^page\./.test(attachment.fileName ?? ''));
    assert.deepEqual(page.map((attachment) => [attachment.mediaType, attachment.fileName]), [['application/json', 'page.json']]);
    assert.equal(JSON.parse(page[0].body.toString('utf8')).method, 'GET');
  });

  it('in a browser, a failed check of an API answer shows that answer, not the unchanged page, and lists the request', async () => {
    const { failed, attachments } = await runFixture('json-node-mismatch-browser.feature');
    assert.match(failed.message, /The JSON node "method" is "GET", but "POST" expected\.\n\+--\[ HTTP 200 \| http:\/\/127\.0\.0\.1:\d+\/api\/echo \| the response of an API request \| browser/);
    assert.match(failed.message, /\| {2}\{ ?"method": ?"GET"/);
    const exchanges = attachments.find((attachment) => attachment.fileName === 'HTTP exchanges');
    assert.match(exchanges?.body.toString('utf8') ?? '', /^GET http:\/\/127\.0\.0\.1:\d+\/api\/echo → 200 OK \(\d+ ms, \d+ B\)$/m);
    const answer = attachments.find((attachment) => attachment.fileName === 'api-response.json');
    assert.equal(answer?.mediaType, 'application/json');
    assert.equal(JSON.parse(answer?.body.toString('utf8') ?? '{}').method, 'GET');
    // No page was ever open: no empty document, no white picture.
    assert.deepEqual(attachments.filter((attachment) => /^page\./.test(attachment.fileName ?? '')), []);
  });

  it('a blank page that a script wrote into is still attached with its screenshot (only an empty one is left out)', async () => {
    const { failed, attachments } = await runFixture('blank-page-written.feature');
    assert.match(failed.message, /about:blank[\s\S]*Written by a script/);
    const page = attachments.find((attachment) => attachment.fileName === 'page.html');
    assert.match(page?.body.toString('utf8') ?? '', /<p>Written by a script<\/p>/);
    assert.ok(attachments.some((attachment) => attachment.fileName === 'page.png'));
  });

  it('status code mismatch: expected and actual codes', async () => {
    const { failed } = await runFixture('status-code.feature');
    assert.match(failed.message, /Current response status code is 404, but 200 expected\./);
    assert.match(failed.message, /HTTP 404 \| http:\/\/127\.0\.0\.1:\d+\/missing/);
  });

  it('should be on: expected and current paths', async () => {
    const { failed } = await runFixture('should-be-on.feature');
    assert.match(failed.message, /Current page is "\/links", but "\/forms" expected\./);
  });

  it('element count: expected and found numbers', async () => {
    const { failed } = await runFixture('element-count.feature');
    assert.match(failed.message, /5 elements matching css "\.item" found on the page, but should be 3\./);
  });

  it('checkbox checked: names the checkbox', async () => {
    const { failed } = await runFixture('checkbox-checked.feature');
    assert.match(failed.message, /Checkbox "I accept the terms" is not checked, but it should be\./);
  });

  it('field value: expected and actual values', async () => {
    const { failed } = await runFixture('field-value.feature');
    assert.match(failed.message, /The field "Age" value is "30", but "31" expected\./);
  });

  it('select option not offered: lists the allowed values', async () => {
    const { failed } = await runFixture('select-option.feature');
    assert.match(failed.message, /"Spain"/);
    assert.match(failed.message, /Available options: "Choose a country", "France", "Germany", "United Kingdom"/);
  });

  it('a <button type=button> on the HTTP driver asks for @javascript', async () => {
    const { failed } = await runFixture('plain-button.feature');
    assert.match(
      failed.message,
      /Clicking <button type="button"> "Plain button" needs JavaScript: tag the scenario @javascript/,
    );
  });

  it('undefined steps do not silently pass', async () => {
    const { success, steps, failed } = await runFixture('undefined-step.feature');
    assert.equal(success, false);
    assert.equal(failed.text, 'I teleport to the moon');
    assert.equal(failed.status, 'UNDEFINED');
    assert.equal(steps.at(-1)?.status, 'SKIPPED');
  });

  it('a browser-only step on the HTTP driver says to tag the scenario', async () => {
    const { failed } = await runFixture('browser-only-step.feature');
    assert.match(failed.message, /this step needs a browser: tag the scenario @javascript/);
  });

  it('a redirect loop fails with a message that says so', async () => {
    const { failed } = await runFixture('redirect-loop.feature');
    assert.match(failed.message, /Redirect loop: \S+\/redirect\/loop → \S+\/redirect\/loop-back → \S+\/redirect\/loop/);
  });

  it('show last response without a command says how to set one', async () => {
    const { failed } = await runFixture('show-last-response.feature', { showCmd: null });
    assert.match(failed.message, /showCmd|SHOW_CMD/);
  });

  it('show last response runs the configured command on a saved copy of the page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'show-last-response-'));
    try {
      const copy = path.join(dir, 'copy.html');
      const run = await runner.run([path.join(FAILING_FEATURES, 'show-last-response.feature')], { showCmd: `cp %s ${copy}` });
      assert.equal(run.success, true, JSON.stringify(run.steps));
      assert.match(fs.readFileSync(copy, 'utf8'), /Plain text link/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('pressing a disabled button waits until a script enables it, and a button that stays disabled fails saying so', async () => {
    const run = await runner.run([path.join(FAILING_FEATURES, 'disabled-button.feature')]);
    const enabledLater = run.steps.filter((step) => step.scenario === 'A button enabled 800 ms after the page loads');
    assert.deepEqual(
      enabledLater.map((step) => `${step.text}: ${step.status}`),
      ['I am on "/async/enable": PASSED', 'I should see "Waiting for the button": PASSED', 'I press "Continue": PASSED', 'I should see "Continue was clicked": PASSED'],
    );
    const { message } = failedStep(run, 'A button that stays disabled');
    assert.match(message, /Button "Unavailable button" is disabled, so it cannot be pressed\./);
  });

  it('an autocomplete filled in has lost its suggestions by the next step: the list closed when the field was left', async () => {
    const { failed } = await runFixture('autocomplete-fill-in.feature');
    assert.equal(failed.text, 'I follow "left-pad"');
    assert.match(failed.message, /Link with [a-z| -]+ "left-pad" not found\./);
  });

  it('a covered click names what covers it and the other elements of that name, with the page excerpt', async () => {
    const { failed: { text, message } } = await runFixture('covered-button.feature');
    assert.equal(text, 'I press "Login"');
    assert.match(message, /^(ElementClickInterceptedError: )?cannot click button "Login": <button#header-login "Login"> is covered by <div#login-overlay\.backdrop "Sign in Email Password Login Cancel">\n/);
    assert.match(message, /\n2 buttons match "Login": 1st <button#header-login "Login"> \(the one clicked\), 2nd <button "Login">\. To press another one, write: I press the 2nd "Login" button\.\n/);
    assert.doesNotMatch(message, /Other element would receive the click|<\/div>|style=/, 'in our words, no markup');
    assert.match(message, /\+--\[ HTTP 200 \| http:\/\/127\.0\.0\.1:\d+\/widgets\/login-overlay \| browser[^\]]*\]\n\| {2}Login overlay Acme Help Login/);
  });

  it('a link behind an open modal dialog is not found, and the message says the dialog holds the page', async () => {
    const { failed: { text, message } } = await runFixture('behind-modal.feature');
    assert.equal(text, 'I follow "Help"');
    assert.match(message, /Link with [a-z| -]+ "Help" not found\.\nA modal dialog is open: link "Help" is behind it, out of reach until the dialog closes\./);
  });

  it('a screenshot step writes a PNG file, and a failed browser step attaches a PNG of the page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-screenshot-'));
    try {
      const saved = path.join(dir, 'shots', 'links.png');
      const feature = path.join(dir, 'screenshot.feature');
      fs.writeFileSync(
        feature,
        `@javascript @wait:0.2\nFeature: Screenshots\n  Scenario: Save one, then fail\n` +
          `    Given I am on "/links"\n    When I save a screenshot to "${saved}"\n    Then I should see "Nothing like this text"\n`,
      );
      const run = await runner.run([feature]);
      assert.equal(failedStep(run).text, 'I should see "Nothing like this text"');
      assert.ok(isPng(fs.readFileSync(saved)), `${saved} is not a PNG`);
      const attached = run.attachments.filter((attachment) => attachment.mediaType === 'image/png');
      assert.equal(attached.length, 1, 'one PNG attached to the failed scenario');
      assert.equal(attached[0].fileName, 'page.png');
      assert.ok(isPng(attached[0].body), 'the attachment is a PNG');
      assert.ok(run.attachments.some((attachment) => attachment.mediaType === 'text/html' && /Plain text link/.test(attachment.body.toString())));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function isPng(bytes: Buffer): boolean {
  return bytes.length > PNG_SIGNATURE.length && bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE);
}
