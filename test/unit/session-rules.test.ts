import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readScenarioTags } from '../../support/scenario-tags';
import { containsIgnoringCase, parseStepRegex, unescapeStepArgument } from '../../support/session/text';
import { readJsonPath } from '../../support/session/json-path';
import { pathAndFragment } from '../../support/session/address-forms';
import { ExpectationError, excerptLines } from '../../support/session/errors';
import { nearestText } from '../../support/session/nearest-text';
import { notFoundHints, otherKindHint, sameNameHint } from '../../support/session/not-found-hints';
import { parseKeyCombination } from '../../support/session/keys';
import { briefElement } from '../../support/selectors/brief-element';

const sessions = { defaultSession: 'http', javascriptSession: 'browser' };

test('tags: @javascript picks the browser, the last @javascript/@mink tag wins, feature tags first', () => {
  assert.equal(readScenarioTags([], sessions).sessionName, 'http');
  assert.equal(readScenarioTags(['@javascript'], sessions).sessionName, 'browser');
  assert.equal(readScenarioTags(['@javascript', '@mink:admin'], sessions).sessionName, 'admin');
  assert.equal(readScenarioTags(['@mink:admin', '@javascript'], sessions).sessionName, 'browser');
  assert.equal(readScenarioTags(['@insulated'], sessions).insulated, true);
  assert.equal(readScenarioTags(['@wait:10'], sessions).waitTimeout, 10);
  assert.throws(() => readScenarioTags(['@wait:long'], sessions), /@wait:long is not a number of seconds: write it like @wait:10/);
});

test('text matching ignores case and collapses whitespace, as Mink does', () => {
  assert.ok(containsIgnoringCase('Welcome,\n   Alice &nbsp;', 'welcome, alice'));
  assert.ok(!containsIgnoringCase('Welcome', 'Welcome back'));
  assert.equal(unescapeStepArgument('say \\"hi\\"'), 'say "hi"');
});

test('step regexes: the quoted text is the whole pattern, as in Behat; (?i) makes it case-insensitive', () => {
  assert.ok(parseStepRegex('/admin/').test('/admin/users'));
  assert.ok(!parseStepRegex('/admin/').test('/superadmin/x.html'), 'slashes are part of the pattern');
  assert.ok(parseStepRegex('^/users/\\d+$').test('/users/42'));
  assert.ok(!parseStepRegex('^hello').test('Hello world'));
  assert.ok(parseStepRegex('(?i)^hello').test('Hello world'));
  assert.throws(() => parseStepRegex('('), /"\(" is not a valid regular expression/);
});

test('address comparison keeps path and fragment only, like Mink\'s cleanUrl', () => {
  assert.equal(pathAndFragment('http://127.0.0.1:3000/login?next=/home#form'), '/login#form');
  assert.equal(pathAndFragment('http://example.test'), '/');
  assert.equal(pathAndFragment('http://example.test/index.php/users'), '/users');
});

test('JSON paths read nested objects and arrays and explain a miss', () => {
  const document = { user: { name: 'Ada', roles: ['admin', 'dev'] }, items: [{ id: 7 }] };
  assert.deepEqual(readJsonPath(document, 'user.name'), { exists: true, value: 'Ada' });
  assert.deepEqual(readJsonPath(document, 'items[0].id'), { exists: true, value: 7 });
  assert.deepEqual(readJsonPath(document, 'user.roles.1'), { exists: true, value: 'dev' });
  const miss = readJsonPath(document, 'user.email');
  assert.equal(miss.exists, false);
  assert.match((miss as { problem: string }).problem, /no "email" under "user"; it has: name, roles/);
});

test('a failure carries the status, URL, driver and a page excerpt', () => {
  const error = new ExpectationError('The text "Bye" was not found anywhere in the text of the current page.', ['Did you mean: "By"?']);
  error.withContext({ url: 'http://127.0.0.1:1/x', status: 200, driver: 'http', excerpt: 'Hello   world' });
  assert.equal(
    error.message,
    'The text "Bye" was not found anywhere in the text of the current page.\nDid you mean: "By"?\n+--[ HTTP 200 | http://127.0.0.1:1/x | http ]\n|  Hello world',
  );
  assert.equal(excerptLines('word '.repeat(1000)).at(-1), '… (cut: the page text is 5000 characters)');
});

test('a failure escapes the control characters a page put in its text, and cuts what quotes too much of it', () => {
  const hostile = 'Title\u001b]0;owned\u0007 moved\u001b[2J\u009b31m';
  const error = new ExpectationError(`Link "${'x'.repeat(3000)}" not found.`, [`Did you mean: "${hostile}"?`]);
  error.withContext({ url: 'http://127.0.0.1:1/x', status: 200, driver: 'http', excerpt: hostile });
  assert.doesNotMatch(error.message, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  assert.match(error.message, /Did you mean: "Title\\x1B\]0;owned\\x07 moved\\x1B\[2J\\x9B31m"\?/);
  assert.match(error.message, /\| {2}Title\\x1B\]0;owned\\x07/);
  assert.match(error.message, /… \(1018 more characters not shown\)/);
});

test('a failure shows invisible characters escaped, so texts that differ only by them do not look alike', () => {
  const error = new ExpectationError('Button "Save" not found.', ['Did you mean: "Sa\u200bve"?']);
  error.withContext({ url: 'http://127.0.0.1:1/x', status: 200, driver: 'http', excerpt: 'Sa\u200bve \u202eevil\u202c' });
  assert.match(error.message, /Did you mean: "Sa\\u200Bve"\?/);
  assert.match(error.message, /\| {2}Sa\\u200Bve \\u202Eevil\\u202C/);
});

test('a missing text points at the nearest stretch of page text, and only at a near miss', () => {
  assert.equal(nearestText('Hello there. Welcome back Ada, you have 3 messages.', 'Welcome back, Ada'), 'Welcome back Ada,');
  assert.equal(nearestText('Hello there. Welcome back Ada.', 'Goodbye forever'), null);
  assert.equal(nearestText('Build 42: successfully deployed to staging.', 'Deployed successfully'), 'successfully deployed');
  assert.equal(nearestText('Name Namespace: default', 'Namespace'), 'Namespace:');
  assert.equal(nearestText('Namespace: default', 'Namespace:s'), 'Namespace:');
});

test('key combinations: modifiers before the key, and the plus key itself', () => {
  assert.deepEqual(parseKeyCombination('Enter'), { key: 'Enter', modifiers: [] });
  assert.deepEqual(parseKeyCombination('ctrl+Shift+a'), { key: 'a', modifiers: ['ctrl', 'shift'] });
  assert.deepEqual(parseKeyCombination('+'), { key: '+', modifiers: [] });
  assert.deepEqual(parseKeyCombination('ctrl++'), { key: '+', modifiers: ['ctrl'] });
});

test('the case hint names only what would match with the case fixed: a name attribute is matched whole', () => {
  // DokuWiki's ACL form: <button name="cmd[save]">Update</button>; pressing "save" would not find it either.
  const caseHint = /case-sensitively/;
  assert.doesNotMatch(notFoundHints('button', 'Save', [['Update', 'cmd[save]'], ['Search']]).join('\n'), caseHint);
  assert.match(notFoundHints('button', 'send elsewhere', [['Send elsewhere', 'go']]).join('\n'), /ignoring case, it would match: "Send elsewhere"/);
  assert.match(notFoundHints('field', 'username', [['Login', 'Username']]).join('\n'), /ignoring case, it would match: "Login"/);
  assert.match(notFoundHints('link', 'close', [['X', 'Close this dialog']]).join('\n'), /ignoring case, it would match: "X"/);
  // A field named only by its data-testid shows that as its name: matched whole, "Search" would not find it.
  assert.doesNotMatch(notFoundHints('field', 'Search', [['site-search'], ['user_name']]).join('\n'), caseHint);
  assert.match(notFoundHints('field', 'search', [['Search:']]).join('\n'), /ignoring case, it would match: "Search:"/, 'a one-word label still is');
  assert.match(notFoundHints('field', 'Search', [['site-search', 'Site search']]).join('\n'), /ignoring case, it would match: "site-search"/, 'named so by a label too');
});

test('a link offered for a button pressed: its exact name or a close one, not a word of the locator', () => {
  assert.match(otherKindHint('button', 'Log out', [['Log out']]) ?? '', /"Log out" is a link, not a button: to click it, write: I follow "Log out"\./);
  assert.match(otherKindHint('button', 'Logout', [['Log Out']]) ?? '', /but a link is: "Log Out"\. To click it, write: I follow "Log Out"\./);
  assert.match(otherKindHint('button', 'Save', [['Save page draft']]) ?? '', /but a link is: "Save page draft"/, 'a link holding the locator is close');
  // MediaWiki's editor: the button is "Save changes"; "Page" is a tab, and following it would leave the editor unsaved.
  assert.equal(otherKindHint('button', 'Save page', [['Page'], ['Talk'], ['Read']]), null);
  assert.equal(otherKindHint('button', 'Cancel it', [['Cancel']]), null, 'nor one a few letters short of it');
});

test('an element named briefly: tag, id, two classes and the start of its text', () => {
  assert.equal(briefElement({ tag: 'BUTTON', id: 'login', classes: ' btn  btn-primary wide ', text: '\n  Log\u00a0in ' }), '<button#login.btn.btn-primary "Log in">');
  assert.equal(briefElement({ tag: 'div', id: null, classes: null, text: '' }), '<div>');
  assert.equal(briefElement({ tag: 'p', id: '', classes: '', text: 'x'.repeat(50) }), `<p "${'x'.repeat(39)}…">`);
});

test('several elements of one name: each briefly, which one was clicked, and the step for another', () => {
  const both = ['<button#header-login "Login">', '<button "Login">'];
  assert.equal(
    sameNameHint('button', 'Login', both, 1),
    '2 buttons match "Login": 1st <button#header-login "Login"> (the one clicked), 2nd <button "Login">. To press another one, write: I press the 2nd "Login" button.',
  );
  assert.match(sameNameHint('link', 'Edit', ['<a "Edit">', '<a "Edit">', '<a "Edit">'], 2) ?? '', /2nd <a "Edit"> \(the one clicked\), 3rd <a "Edit">\. To follow another one, write: I follow the 1st "Edit" link\.$/);
  assert.equal(sameNameHint('link_or_button', 'Save', both), '2 links and buttons match "Save": 1st <button#header-login "Login">, 2nd <button "Login">.', 'no step for that kind, none known clicked');
  assert.equal(sameNameHint('button', 'Login', both.slice(0, 1), 1), null, 'one of the name: nothing to add');
});
