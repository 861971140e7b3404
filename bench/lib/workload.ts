/**
 * The generated workload: N copies of one realistic scenario (visit, fill in two fields, press, see
 * text, follow a link, check status), the same request sequence for the bare-undici floor, and
 * no-op step definitions that match the same lines.
 */
import fs from 'node:fs';
import path from 'node:path';

export const WORK_DIR = path.resolve(__dirname, '..', '.work');

export interface ScenarioValues {
  readonly name: string;
  readonly email: string;
}

export function scenarioValues(index: number): ScenarioValues {
  return { name: `User ${index}`, email: `user-${index}@example.com` };
}

export type StepKind = 'visit' | 'fill' | 'press' | 'see' | 'follow' | 'status' | 'address';

/** Step kinds by the wording of the generated lines (keyword already stripped by cucumber). */
export function stepKindOf(text: string): StepKind | 'other' {
  if (text.startsWith('I am on ')) return 'visit';
  if (text.startsWith('I fill in ')) return 'fill';
  if (text.startsWith('I press ')) return 'press';
  if (text.startsWith('I should see ')) return 'see';
  if (text.startsWith('I follow ')) return 'follow';
  if (text.startsWith('the response status code')) return 'status';
  if (text.startsWith('I should be on ')) return 'address';
  return 'other';
}

/**
 * How a scenario ends: the status code, or, for runs that compare with Behat in a browser, the
 * address (Selenium2Driver cannot read status codes, so Behat would fail that step).
 */
export type Ending = 'status' | 'address';

function scenario(index: number, tags: readonly string[], ending: Ending): string {
  const { name, email } = scenarioValues(index);
  const tagLine = tags.length > 0 ? `  ${tags.join(' ')}\n` : '';
  return `${tagLine}  Scenario: Round trip ${index}
    Given I am on "/forms/text"
    When I fill in "Full name" with "${name}"
    And I fill in "Email address" with "${email}"
    And I press "Send"
    Then I should see "name = ${name}"
    When I follow "Demo index"
    ${ending === 'status' ? 'Then the response status code should be 200' : 'Then I should be on "/"'}
`;
}

export function featureText(count: number, tags: readonly string[] = [], ending: Ending = 'status'): string {
  const scenarios: string[] = [];
  for (let index = 1; index <= count; index += 1) scenarios.push(scenario(index, tags, ending));
  return `Feature: Generated round trips (${count})\n\n${scenarios.join('\n')}`;
}

/** Writes the feature into its own folder (cucumber takes folders or files) and returns the file path. */
export function writeFeature(name: string, count: number, tags: readonly string[] = [], ending: Ending = 'status'): string {
  const file = path.join(WORK_DIR, 'features', name, `${name}.feature`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, featureText(count, tags, ending));
  return file;
}

/** Plain JavaScript steps that match the generated lines and do nothing: cucumber-js's own cost. */
export const NOOP_STEPS_JS = `const { Given, When, Then } = require('@cucumber/cucumber');
Given(/^I am on "([^"]*)"$/, function (page) {});
When(/^I fill in "([^"]*)" with "([^"]*)"$/, function (field, value) {});
When(/^I press "([^"]*)"$/, function (button) {});
Then(/^I should see "([^"]*)"$/, function (text) {});
When(/^I follow "([^"]*)"$/, function (link) {});
Then(/^the response status code should be (\\d+)$/, function (code) {});
Then(/^I should be on "([^"]*)"$/, function (page) {});
`;

export function writeNoopSteps(): string {
  const file = path.join(WORK_DIR, 'noop-steps', 'steps.js');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, NOOP_STEPS_JS);
  return file;
}

/** What the text form sends when only name and email were typed: every successful control, in order. */
export function textFormBody(values: ScenarioValues): string {
  return new URLSearchParams([
    ['name', values.name],
    ['email', values.email],
    ['password', ''],
    ['age', '30'],
    ['birthday', ''],
    ['q', ''],
    ['phone', ''],
    ['website', ''],
    ['token', 'abc123'],
    ['bio', 'Initial bio'],
  ]).toString();
}
