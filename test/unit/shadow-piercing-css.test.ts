/** Reading `host >>> inside` (support/selectors/shadow-piercing-css.ts): where a selector crosses into shadow roots, and where it does not. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shadowPiercingParts } from '../../support/selectors/shadow-piercing-css';

test('splits at each top-level >>>, with or without spaces', () => {
  assert.deepEqual(shadowPiercingParts('my-form >>> input[name=email]'), ['my-form', 'input[name=email]']);
  assert.deepEqual(shadowPiercingParts('app-shell>>>app-form >>> button:contains("Save")'), ['app-shell', 'app-form', 'button:contains("Save")']);
});

test('a >>> inside quotes, brackets or parentheses is text, not a shadow boundary: plain CSS', () => {
  assert.equal(shadowPiercingParts('a[title=">>>"]'), null);
  assert.equal(shadowPiercingParts("p:contains('a >>> b')"), null);
  assert.equal(shadowPiercingParts('p:contains(\\>\\>\\>)'), null);
  assert.equal(shadowPiercingParts('div > p'), null);
});

test('a side left empty is refused, saying what >>> needs', () => {
  for (const css of ['my-form >>>', '>>> input', 'a >>> >>> b']) {
    assert.throws(() => shadowPiercingParts(css), new RegExp(`^Error: Invalid CSS selector "${css}": ">>>" finds inside the open shadow roots of what its left side matches: write a selector on both sides`));
  }
});
