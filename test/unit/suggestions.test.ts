/**
 * Did you mean: for an undefined step, the defined steps of the closest wording (ours from the step
 * catalog, the project's from its own definitions), each written as a sentence to put instead.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadStepCatalog, type StepEntry } from '../../support/catalog/step-catalog';
import { suggestionIndex, type SuggestionCandidate, type SuggestionIndex } from '../../support/catalog/suggestions';
import { suggestionComment } from '../../support/formatters/progress';

let ours: StepEntry[];
let index: SuggestionIndex<SuggestionCandidate>;
before(async () => {
  ours = await loadStepCatalog([require.resolve('../../support/register')]);
  index = suggestionIndex<SuggestionCandidate>(ours);
});

const sentences = (text: string) => index.suggest(text).map((suggestion) => suggestion.sentence);

test('another tool\'s wording names ours, with the step\'s own arguments: tap → press, follow', () => {
  const tap = sentences('I tap "Save"');
  assert.ok(tap.includes('I press "Save"') && tap.includes('I follow "Save"'), tap.join(' | '));
  const click = sentences('I click "Save"');
  assert.equal(click[0], 'I click on "Save"', 'the same word first');
  assert.ok(click.includes('I press "Save"') && click.includes('I follow "Save"'), click.join(' | '));
  assert.deepEqual(sentences('I choose "France" from "Country"').slice(0, 1), ['I select "France" from "Country"']);
  assert.deepEqual(sentences('I tick "Remember me"'), ['I check "Remember me"']);
  assert.deepEqual(sentences('I visit "/login"'), ['I go to "/login"', 'I am on "/login"']);
  assert.deepEqual(sentences('the page should contain "Hello"').slice(0, 1), ['the response should contain "Hello"']);
});

test('a misspelled or shortened step names the one it meant first', () => {
  assert.deepEqual(sentences('I fil in "Email" with "ada@example.com"').slice(0, 1), ['I fill in "Email" with "ada@example.com"']);
  assert.deepEqual(sentences('I shuold see "Welcome"').slice(0, 1), ['I should see "Welcome"']);
  assert.deepEqual(sentences('Then the response code should be 404').slice(0, 1), ['the response status code should be 404'], 'a number is carried too');
  assert.deepEqual(sentences('I wait for 3 seconds'), ['I wait 3 seconds']);
});

test('each suggestion is a sentence its step matches; an argument of another kind is not carried', () => {
  for (const text of ['I click on "Save"', 'I fil in "Email" with "x"', 'I should see the ".flash" element', 'I click the "#menu" element']) {
    for (const suggestion of index.suggest(text)) assert.ok(suggestion.candidate.matches(suggestion.sentence), `${text} → ${suggestion.sentence}`);
  }
  const css = index.suggest('I click the "Save" button').find((suggestion) => suggestion.sentence.includes('element'));
  assert.equal(css, undefined, 'a text is not offered as a CSS selector');
});

test('nothing is named when nothing is close', () => {
  assert.deepEqual(sentences('I teleport to the moon'), []);
  assert.deepEqual(sentences('the invoice total is 42 euros'), []);
});

test("the project's own steps are candidates: illustrated by its features, or by an example made of its expression", () => {
  const own = (pattern: string | RegExp, example: string | null = null): SuggestionCandidate => {
    const regex = pattern instanceof RegExp ? pattern : new RegExp(`^${pattern.replace(/\{string\}/g, '"([^"]*)"').replace(/\{int\}/g, '(\\d+)').replace(/\(s\)/g, '(?:s)?')}$`);
    return { pattern: pattern.toString(), example, matches: (text) => regex.test(text) };
  };
  const project = suggestionIndex<SuggestionCandidate>([
    ...ours,
    own('I sign in as {string}'),
    own('I add {int} book(s) to the basket', 'When I add 2 books to the basket'),
    own(/^the basket is empty$/),
  ]);
  assert.deepEqual(project.suggest('I log in as "Ada"').map((suggestion) => suggestion.sentence), ['I sign in as "Ada"']);
  assert.deepEqual(project.suggest('I put 3 books in the basket').map((suggestion) => suggestion.sentence).slice(0, 1), ['I add 3 books to the basket']);
  assert.deepEqual(project.suggest('the basket should be empty').map((suggestion) => suggestion.sentence).slice(0, 1), ['/^the basket is empty$/'], 'a regular expression no sentence illustrates is shown as written');
});

test('the run shows them as comments above the snippet, with the keyword of the snippet', () => {
  assert.equal(
    suggestionComment('When', ['I press "Save"', 'I follow "Save"']),
    '// Or write a defined step, the closest to it:\n//   When I press "Save"\n//   When I follow "Save"\n',
  );
  assert.equal(suggestionComment('When', []), '');
});
