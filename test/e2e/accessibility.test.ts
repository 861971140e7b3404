/**
 * The accessibility step's failures as a user reads them, from a cucumber run of a fixture feature:
 * each violation with its rule, impact, description, help link and elements; over HTTP the rules
 * not checked, named; in a browser, colour contrast checked; the full report attached.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { FAILING_FEATURES, failedStep, useFeatureRunner, type FeatureRun } from './feature-run';

describe('accessibility violations', () => {
  const runner = useFeatureRunner();
  let run: FeatureRun;
  before(async () => {
    run = await runner.run([path.join(FAILING_FEATURES, 'accessibility-violations.feature')]);
  });

  it('over HTTP, lists each violation with its rule, impact, description, help link and elements, and names the rules not checked', () => {
    const { message } = failedStep(run, 'Violations over HTTP');
    assert.match(message, /^ExpectationError: 4 accessibility violations on the page \(any impact\), found by axe-core 4\.\d+\.\d+ in jsdom:/);
    assert.match(message, /\n1\. button-name \(critical\): Ensure buttons have discernible text\n {3}https:\/\/dequeuniversity\.com\/rules\/axe\/4\.\d+\/button-name\?application=axeAPI\n {3}- button {2}<button type="submit"><\/button>/);
    assert.match(message, /\n\d\. image-alt \(critical\): .*\n.*\n {3}- img {2}<img src="data:image\/gif;base64,[^"]*" width="16" height="16">/);
    assert.match(message, /\n\d\. label \(critical\): .*\n.*\n {3}- input {2}<input type="text" name="nickname">/);
    assert.match(message, /\n4\. heading-order \(moderate\): /, 'the worst come first');
    assert.match(message, /\nNot checked over HTTP: color-contrast, link-in-text-block, scrollable-region-focusable, landmark-one-main, page-has-heading-one \(they need a rendered page\): tag the scenario @javascript to check them\./);
    assert.match(message, /\nThe full report is attached to the scenario \(accessibility\.json\)\.\n\+--\[ HTTP 200 \| http:\/\/127\.0\.0\.1:\d+\/accessibility\/broken \| http \]/);
  });

  it('attaches the full report to the failed scenario', () => {
    const attached = run.attachments.find((attachment) => attachment.scenario === 'Violations over HTTP' && attachment.fileName === 'accessibility.json');
    assert.ok(attached, 'the report is attached');
    assert.equal(attached.mediaType, 'application/json');
    const report = JSON.parse(attached.body.toString()) as { url: string; violations: { id: string; nodes: { target: string; html: string }[] }[]; skippedRules: string[] };
    assert.match(report.url, /\/accessibility\/broken$/);
    assert.deepEqual(report.violations.map((violation) => violation.id).sort(), ['button-name', 'heading-order', 'image-alt', 'label']);
    assert.deepEqual(report.skippedRules, ['color-contrast', 'link-in-text-block', 'scrollable-region-focusable', 'landmark-one-main', 'page-has-heading-one']);
  });

  it('of impact "serious" counts serious and critical violations only', () => {
    const { message } = failedStep(run, 'Only serious violations or worse, over HTTP');
    assert.match(message, /^ExpectationError: 3 accessibility violations on the page \(impact serious or worse\)/);
    assert.doesNotMatch(message, /heading-order/);
  });

  it('refuses a rule id axe-core does not have, naming the close ones', () => {
    const { message } = failedStep(run, 'A rule that does not exist');
    assert.match(message, /^ExpectationError: Unknown accessibility rule "colour-contrast" after "except"\. Did you mean "color-contrast", "color-contrast-enhanced"\?/);
  });

  it('says when the region is not on the page', () => {
    assert.match(failedStep(run, 'A region that is not on the page').message, /^ElementNotFoundError: Element matching css "nav" not found, so its accessibility cannot be checked\./);
  });

  it('refuses an impact axe-core does not have, naming the ones it has', () => {
    assert.match(failedStep(run, 'An impact that does not exist').message, /^ExpectationError: Unknown impact "severe": axe-core's impacts are "minor", "moderate", "serious", "critical"/);
  });

  it('in a browser, checks the live page, colour contrast included, with nothing left unchecked', () => {
    const { message } = failedStep(run, 'Violations in a browser, colour contrast included');
    assert.match(message, /^ExpectationError: 2 accessibility violations on the page \(any impact, except image-alt, label, button-name\), found by axe-core 4\.\d+\.\d+ in the browser:/);
    assert.match(message, /\n1\. color-contrast \(serious\): .*\n.*\n {3}- aside > p {2}<p style="color: #c8c8c8; background-color: #ffffff">Faint small print<\/p>/);
    assert.match(message, /\n2\. heading-order \(moderate\): /);
    assert.doesNotMatch(message, /Not checked/);
    assert.match(message, /\| http:\/\/127\.0\.0\.1:\d+\/accessibility\/broken \| browser/);
  });
});
