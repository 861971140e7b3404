import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { definitionsMatching, loadStepCatalog, type StepEntry } from '../../support/catalog/step-catalog';
import { STEP_EXAMPLES } from '../../support/catalog/step-examples';
import { expectedStepReference, STEP_REFERENCE } from '../../scripts/step-reference';

let entries: StepEntry[];
before(async () => {
  entries = await loadStepCatalog([require.resolve('../../support/register')]);
});

test('every step definition has an example in the reference', () => {
  const missing = entries.filter((entry) => entry.example === null).map((entry) => `${entry.pattern} (${entry.uri}:${entry.line})`);
  assert.deepEqual(missing, []);
});

test('every example matches exactly one step definition (no ambiguous wording)', () => {
  for (const example of STEP_EXAMPLES) {
    const matching = definitionsMatching(entries, example);
    assert.equal(matching.length, 1, `"${example}" matches ${matching.length} definitions: ${matching.map((m) => m.pattern).join(' | ')}`);
  }
});

test('all 48 MinkContext patterns are there, with the optional leading "I "', () => {
  const mink = [
    'am on homepage', 'go to the homepage', 'am on "/x"', 'I go to "/x"', 'reload the page', 'I move backward one page',
    'move forward one page', 'press "B"', 'I follow "L"', 'fill in "F" with "V"', 'I fill in "F" with:', 'fill in "V" for "F"',
    'fill in the following:', 'select "O" from "S"', 'additionally select "O" from "S"', 'check "C"', 'uncheck "C"',
    'attach the file "p.txt" to "F"', 'should be on "/x"', 'I should be on homepage', 'the URL should match "/x/"',
    'the response status code should be 200', 'the response status code should not be 404', 'should see "T"',
    'should not see "T"', 'should see text matching "/T/"', 'should not see text matching "/T/"',
    'the response should contain "S"', 'the response should not contain "S"', 'should see "T" in the "p" element',
    'should not see "T" in the "p" element', 'the "p" element should contain "S"', 'the "p" element should not contain "S"',
    'should see a "p" element', 'should not see an "p" element', 'should see 1 "p" element',
    'the "F" field should contain "V"', 'the "F" field should not contain "V"', 'the "C" checkbox should be checked',
    'the "C" checkbox is checked', 'the checkbox "C" is checked', 'the "C" checkbox should not be checked',
    'the "C" checkbox is not checked', 'the checkbox "C" should be unchecked', 'the checkbox "C" is unchecked',
    'print current URL', 'print last response', 'show last response',
  ];
  assert.equal(mink.length, 48);
  for (const sentence of mink) {
    assert.equal(definitionsMatching(entries, sentence).length, 1, sentence);
  }
  assert.equal(definitionsMatching(entries, 'I press "Say \\"hi\\""').length, 1, 'escaped quotes inside arguments');
});

test('docs/steps.md is generated from the definitions and up to date (npm run docs:steps)', async () => {
  const current = fs.readFileSync(STEP_REFERENCE, 'utf8');
  assert.ok(current === (await expectedStepReference(current)), 'docs/steps.md is out of date: run `npm run docs:steps`');
});

test('a reference that misses a step, or lists one that is gone, is out of date (the check fails)', async () => {
  const rows = (await expectedStepReference(fs.readFileSync(STEP_REFERENCE, 'utf8'))).split('\n');
  const row = rows.findIndex((line) => line.startsWith('| `When I press "Sign in"` |'));
  assert.ok(row > 0, 'the reference lists "I press"');
  const missing = [...rows.slice(0, row), ...rows.slice(row + 1)].join('\n');
  assert.notEqual(missing, await expectedStepReference(missing));
  const extra = [...rows.slice(0, row), '| `When I juggle` | `^I juggle$` |', ...rows.slice(row)].join('\n');
  assert.notEqual(extra, await expectedStepReference(extra));
});
