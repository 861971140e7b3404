/** Where a page has what it should not: the match with text either side (support/session/text.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foundInContext, patternFoundInContext } from '../../support/session/text';

const LONG_PAGE = `${'Header text. '.repeat(20)}To access and modify resources,\n   you can use any HTTP method. ${'Footer text. '.repeat(20)}`;

test('a text found far down a page is shown where it is, with forty characters either side', () => {
  // 40 characters before "resources" and after it, whitespace collapsed as the steps compare it.
  assert.equal(foundInContext(LONG_PAGE, 'RESOURCES'), '…text. Header text. To access and modify resources, you can use any HTTP method. Footer te…');
});

test('the start and the end of the text get no ellipsis', () => {
  assert.equal(foundInContext('Resources are listed here', 'resources'), 'Resources are listed here');
});

test('a text that is not there has no place', () => {
  assert.equal(foundInContext(LONG_PAGE, 'nowhere'), null);
});

test('lower-casing that changes the length still quotes the right place', () => {
  assert.equal(foundInContext('İstanbul and more', 'and'), 'i̇stanbul and more');
});

test('a pattern is shown where it matched, whatever its flags', () => {
  assert.equal(patternFoundInContext(LONG_PAGE, /modify \w+/g), '…Header text. Header text. To access and modify resources, you can use any HTTP method. Footer te…');
  assert.equal(patternFoundInContext(LONG_PAGE, /absent/), null);
});
