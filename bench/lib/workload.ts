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

export function featureText(count: number, tags: readonly string[] = [], ending: Ending = 'status', first = 1): string {
  const scenarios: string[] = [];
  for (let index = first; index < first + count; index += 1) scenarios.push(scenario(index, tags, ending));
  return `Feature: Generated round trips (${first}-${first + count - 1})\n\n${scenarios.join('\n')}`;
}

/**
 * Scenarios per feature file, as a project lays a suite out (BENCH_SCENARIOS_PER_FILE, 0 for one
 * file). It matters to `--parallel`: cucumber-js sends the whole feature's Gherkin document with
 * every scenario it hands a worker, so one file of N scenarios costs N² bytes of messages.
 */
export function scenariosPerFile(): number {
  const text = process.env.BENCH_SCENARIOS_PER_FILE;
  if (text === undefined || text === '') return 25;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`BENCH_SCENARIOS_PER_FILE must be 0 (one file) or a positive integer, got "${text}"`);
  return value;
}

/** Writes the scenarios into their own folder, split into feature files, and returns the folder (cucumber and Behat take folders). */
export function writeFeature(name: string, count: number, tags: readonly string[] = [], ending: Ending = 'status'): string {
  const perFile = scenariosPerFile() || count;
  const dir = path.join(WORK_DIR, 'features', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let first = 1, part = 1; first <= count; first += perFile, part += 1) {
    const file = path.join(dir, `${name}-${String(part).padStart(3, '0')}.feature`);
    fs.writeFileSync(file, featureText(Math.min(perFile, count - first + 1), tags, ending, first));
  }
  return dir;
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
When(/^I attach the file "([^"]*)" to "([^"]*)"$/, function (file, field) {});
Given(/^I use basic auth with "([^"]*)" and "([^"]*)"$/, function (user, password) {});
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
