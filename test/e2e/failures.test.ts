/**
 * Expected failures: small features under test/fixtures/features that must fail, run through the
 * project's own cucumber configuration, with assertions on the message the user would read.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { before, describe, it } from 'node:test';
import type { Envelope } from '@cucumber/messages';
import {
  loadConfiguration,
  loadSupport,
  runCucumber,
  type IRunConfiguration,
  type IRunOptions,
} from '@cucumber/cucumber/api';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'features');

interface StepOutcome {
  readonly text: string;
  readonly status: string;
  readonly message: string;
}

interface RunOutcome {
  readonly success: boolean;
  readonly steps: StepOutcome[];
  /** The first step that did not pass, which every fixture is about. */
  readonly failed: StepOutcome;
}

let baseConfiguration: IRunConfiguration;
let support: Awaited<ReturnType<typeof loadSupport>>;

function quietEnvironment() {
  const sink = new PassThrough();
  sink.resume();
  return { cwd: PROJECT_ROOT, stdout: sink, stderr: sink };
}

type WorldParameters = IRunOptions['runtime']['worldParameters'];

async function runFixture(file: string, worldParameters: WorldParameters = {}): Promise<RunOutcome> {
  const configuration: IRunOptions = {
    ...baseConfiguration,
    sources: { ...baseConfiguration.sources, paths: [path.join(FIXTURES, file)] },
    // Reports of the real run under reports/ must not be overwritten by these runs.
    formats: { ...baseConfiguration.formats, stdout: 'summary', files: {} },
    runtime: {
      ...baseConfiguration.runtime,
      worldParameters: { ...baseConfiguration.runtime.worldParameters, ...worldParameters },
    },
    support,
  };
  const stepText = new Map<string, string>();
  const testStepToPickleStep = new Map<string, string>();
  const steps: StepOutcome[] = [];
  const { success } = await runCucumber(configuration, quietEnvironment(), (envelope: Envelope) => {
    envelope.pickle?.steps.forEach((step) => stepText.set(step.id, step.text));
    envelope.testCase?.testSteps.forEach((step) => {
      if (step.pickleStepId) testStepToPickleStep.set(step.id, step.pickleStepId);
    });
    const finished = envelope.testStepFinished;
    const pickleStepId = finished && testStepToPickleStep.get(finished.testStepId);
    if (finished && pickleStepId) {
      steps.push({
        text: stepText.get(pickleStepId) ?? '',
        status: finished.testStepResult.status,
        message: finished.testStepResult.message ?? '',
      });
    }
  });
  const failed = steps.find((step) => step.status !== 'PASSED');
  assert.ok(failed, `${file}: expected a step that does not pass, got ${JSON.stringify(steps)}`);
  return { success, steps, failed };
}

describe('expected failures and their messages', () => {
  before(async () => {
    const { runConfiguration } = await loadConfiguration({ profiles: ['default'] }, quietEnvironment());
    baseConfiguration = runConfiguration;
    support = await loadSupport(runConfiguration, quietEnvironment());
  });

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

  it('a request from a browser scenario with no page of its origin open says to visit one first', async () => {
    const { failed } = await runFixture('browser-request-without-page.feature');
    assert.match(failed.message, /In the browser an API request is sent by the page, with the cookies of its origin, so a page of http:\/\/127\.0\.0\.1:\d+ must be open first/);
    assert.match(failed.message, /Given I am on "\/"/);
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
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'show-last-response-')), 'copy.html');
    const outcome = await runFixture('show-last-response.feature', { showCmd: `cp %s ${copy}` }).catch(
      (error: unknown) => error,
    );
    // Every step passed, so runFixture found no failing step: that is the expected outcome here.
    assert.ok(outcome instanceof assert.AssertionError);
    assert.match(fs.readFileSync(copy, 'utf8'), /Plain text link/);
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  });
});
