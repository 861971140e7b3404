/**
 * Every assertion step, made to fail on purpose: the message must say what was expected, what was
 * found and where. One generated feature, one cucumber run, one scenario per case.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectEachToFail, failedStep, useFeatureRunner, type FailureCase as Case } from './feature-run';

const CASES: Case[] = [
  { name: 'url should match', steps: ['Given I am on "/links"', 'Then the url should match "^/forms"'], message: /Current page "\/links" does not match the regex "\^\/forms"\./ },
  { name: 'url should match, written between slashes', steps: ['Given I am on "/links"', 'Then the url should match "/^\\/login/"'], message: /Current page "\/links" does not match the regex "\/\^\/login\/"\.\nThe quotes are the pattern's delimiters, as in Behat: the slashes around it are characters it must match\. Without them: "\^\/login"\./ },
  { name: 'url should match, written for the query string', steps: ['Given I am on "/links/target?id=wiki%3Astart"', 'Then the url should match "id=wiki:start"'], message: /Current page "\/links\/target" does not match the regex "id=wiki:start"\.\nAs in Mink, the regex is matched against the path and fragment, not the query string; the whole address "\/links\/target\?id=wiki:start" would match\. To check a query parameter, write: the "id" query parameter should be "wiki:start"\./ },
  { name: 'should be on the homepage', steps: ['Given I am on "/links"', 'Then I should be on the homepage'], message: /Current page is "\/links", but "\/" expected\./ },
  { name: 'status code should not be', steps: ['Given I am on "/links"', 'Then the response status code should not be 200'], message: /Current response status code is 200, but should not be\.\n\+--\[ HTTP 200 \| http:\/\/127\.0\.0\.1:\d+\/links \| http \]/ },
  { name: 'text matching', steps: ['Given I am on "/links"', 'Then I should see text matching "Nothing \\d+ here"'], message: /The pattern "Nothing \\d\+ here" was not found anywhere in the text of the current page\./ },
  { name: 'not text matching', steps: ['Given I am on "/links"', 'Then I should not see text matching "Plain \\w+ link"'], message: /The pattern "Plain \\w\+ link" was found in the text of the current page, but it should not\.\nFound here: "[^"\n]*Plain text link[^"\n]*"\./ },
  { name: 'should not see, written in another case', steps: ['Given I am on "/links"', 'Then I should not see "plain   TEXT link"'], message: /The text "plain {3}TEXT link" appears in the text of this page, but it should not\.\nFound here \(case and spacing ignored\): "(…)?[^"\n]{0,40}Plain text link[^"\n]{0,40}(…)?"\./ },
  { name: 'response should contain', steps: ['Given I am on "/links"', 'Then the response should contain "<blink>"'], message: /The string "<blink>" was not found anywhere in the HTML response of the current page\./ },
  { name: 'response should not contain', steps: ['Given I am on "/links"', 'Then the response should not contain "<a "'], message: /The string "<a " appears in the HTML response of this page, but it should not\./ },
  { name: 'text in element', steps: ['Given I am on "/links"', 'Then I should see "Nope" in the "h1" element'], message: /The text "Nope" was not found in the text of the element matching css "h1"\.\nIts text is "Links"\./ },
  { name: 'no text in element', steps: ['Given I am on "/links"', 'Then I should not see "Links" in the "h1" element'], message: /The text "Links" appears in the text of the element matching css "h1", but it should not\./ },
  { name: 'element contains HTML', steps: ['Given I am on "/links"', 'Then the "h1" element should contain "<em>"'], message: /The string "<em>" was not found in the HTML of the element matching css "h1"\./ },
  { name: 'element contains on a field points to the field step', steps: ['Given I am on "/forms/text"', 'When I fill in "Full name" with "Ada"', 'Then the "#name" element should contain "Ada"'], message: /The string "Ada" was not found in the HTML of the element matching css "#name"\.[\s\S]*It is a form field \(<input>\), whose value is not part of its HTML: use the "name" field should contain "Ada"\./ },
  { name: 'element does not contain HTML', steps: ['Given I am on "/links"', 'Then the "body" element should not contain "<a "'], message: /The string "<a " appears in the HTML of the element matching css "body", but it should not\./ },
  { name: 'element exists', steps: ['Given I am on "/links"', 'Then I should see a ".nope" element'], message: /Element matching css "\.nope" not found\./ },
  { name: 'element does not exist', steps: ['Given I am on "/links"', 'Then I should not see an "h1" element'], message: /An element matching css "h1" appears on this page, but it should not\./ },
  { name: 'field should not contain', steps: ['Given I am on "/forms/text"', 'Then the "Age" field should not contain "30"'], message: /The field "Age" value is "30", but it should not be\./ },
  { name: 'url should be (with the query)', steps: ['Given I am on "/links/target?id=start"', 'Then the url should be "/links/target?id=syntax"'], message: /Current address is "\/links\/target\?id=start", but "\/links\/target\?id=syntax" expected\./ },
  { name: 'query parameter should be', steps: ['Given I am on "/links/target?id=start"', 'Then the "id" query parameter should be "syntax"'], message: /The query parameter "id" is "start", but "syntax" expected\./ },
  { name: 'query parameter repeated', steps: ['Given I am on "/links/target?id=start&id=syntax"', 'Then the "id" query parameter should be "start"'], message: /The query parameter "id" is repeated with different values \("start", "syntax"\), so "start" cannot be checked/ },
  { name: 'url should be (decoded, any order)', steps: ['Given I am on "/links/target?id=wiki%3Astart&q=a+b"', 'Then the url should be "/links/target?q=a c&id=wiki:syntax"'], message: /Current address is "\/links\/target\?id=wiki%3Astart&q=a\+b", but "\/links\/target\?q=a c&id=wiki:syntax" expected\.\nCompared decoded/ },
  { name: 'query parameter missing', steps: ['Given I am on "/links/target?id=start"', 'Then the "do" query parameter should be "edit"'], message: /The query parameter "do" is not in the current address "\/links\/target\?id=start", but "edit" expected\./ },
  { name: 'query parameter should not be set', steps: ['Given I am on "/links/target?id=start"', 'Then the "id" query parameter should not be set'], message: /The query parameter "id" is "start", but it should not be in the address\./ },
  { name: 'field should contain compares the whole value', steps: ['Given I am on "/forms/text"', 'Then the "Biography" field should contain "bio"'], message: /The field "Biography" value is "Initial bio", but "bio" expected\.\nThe whole value is compared \(ignoring case\); to look for part of it, write: the "Biography" field should contain text "bio"\./ },
  { name: 'field should contain text', steps: ['Given I am on "/forms/text"', 'Then the "Biography" field should contain text "Countess"'], message: /The text "Countess" was not found in the value of the field "Biography"\.\nIts value is "Initial bio"\./ },
  { name: 'field should not contain text', steps: ['Given I am on "/forms/text"', 'Then the "Biography" field should not contain text "initial"'], message: /The text "initial" appears in the value of the field "Biography", but it should not\./ },
  { name: 'checkbox should be unchecked', steps: ['Given I am on "/forms/checkboxes"', 'When I check "I accept the terms"', 'Then the checkbox "I accept the terms" should be unchecked'], message: /Checkbox "I accept the terms" is checked, but it should not be\./ },
  { name: 'cookie should be', steps: ['Given I am on "/cookies"', 'Then the cookie "nope" should be "1"'], message: /Cookie "nope" is not set, but should be\./ },
  { name: 'cookie should not be set', steps: ['Given I am on "/cookies"', 'When I set the cookie "flavour" to "mint"', 'Then the cookie "flavour" should not be set'], message: /Cookie "flavour" is set to "mint", but should not be\./ },
  { name: 'response header should be', steps: ['Given I am on "/links"', 'Then the "Content-Type" response header should be "text/plain"'], message: /Current response header "Content-Type" is "text\/html[^"]*", but "text\/plain" expected\./ },
  { name: 'response header should contain', steps: ['Given I am on "/links"', 'Then the "Content-Type" response header should contain "json"'], message: /The text "json" was not found anywhere in the "Content-Type" response header\.\nThe header is "text\/html/ },
  { name: 'response header should match', steps: ['Given I am on "/links"', 'Then the "Content-Type" response header should match "^application/"'], message: /The pattern "\^application\/" was not found anywhere in the "Content-Type" response header\./ },
  { name: 'response header should not be set', steps: ['Given I am on "/links"', 'Then the "Content-Type" response header should not be set'], message: /Current response header "Content-Type" is "text\/html[^"]*", but it should not be set\./ },
  { name: 'response should be JSON', steps: ['Given I am on "/links"', 'Then the response should be JSON'], message: /The response is not JSON: / },
  { name: 'JSON value', steps: ['Given I am on "/api/user.json"', 'Then the JSON response should have "user.email" equal to "bob@example.com"'], message: /The JSON node "user\.email" is "ada@example\.com", but "bob@example\.com" expected\./ },
  { name: 'JSON path missing', steps: ['Given I am on "/api/user.json"', 'Then the JSON response should have "user.phone" equal to "1"'], message: /The JSON node "user\.phone" does not exist: no "phone" under "user"; it has: / },
  { name: 'file to attach missing', steps: ['Given I am on "/forms/upload"', 'When I attach the file "nope.txt" to "Avatar"'], message: /File "nope\.txt" to attach does not exist \(looked in .*features\/files\/nope\.txt and .*\)\.\nSet filesPath \(FILES_PATH\)/ },
  { name: 'wrong kind of field', steps: ['Given I am on "/forms/text"', 'When I check "Age"'], message: /"I check" needs a checkbox input, but form field "Age" is .*\(number\)\./ },
  // Several elements match the CSS: any of them may pass; a failure counts and shows them.
  { name: 'text in any of several elements', steps: ['Given I am on "/spa/tiddlers"', 'Then I should see "Delta" in the ".tiddler-body" element'], message: /The text "Delta" was not found in the text of any of the 3 elements matching css "\.tiddler-body"\.\nTheir texts are:\n {2}1\. "The first tiddler"\n {2}2\. "The second tiddler"\n {2}3\. "The third tiddler"/ },
  { name: 'text in one of several elements', steps: ['Given I am on "/spa/tiddlers"', 'Then I should not see "second" in the ".tiddler-body" element'], message: /The text "second" appears in the text of 1 of the 3 elements matching css "\.tiddler-body", but it should not\.\nFound in:\n {2}match 2: "The second tiddler"/ },
  { name: 'HTML in any of several elements', steps: ['Given I am on "/spa/tiddlers"', 'Then the ".tiddler-body" element should contain "<em>"'], message: /The string "<em>" was not found in the HTML of any of the 3 elements matching css "\.tiddler-body"\.\nTheir HTML:\n {2}1\. The first tiddler/ },
  // Scoped actions say where they looked.
  { name: 'button in no region', steps: ['Given I am on "/spa/tiddlers"', 'When I press "Delete" in the ".tiddler" element'], message: /Button with [a-z| -]+ "Delete" not found in any of the 3 elements matching css "\.tiddler"\./ },
  { name: 'button in one region', steps: ['Given I am on "/spa/tiddlers"', 'When I press "Edit it" in the ".tiddler[data-title=\'Beta\']" element'], message: /Button with [a-z| -]+ "Edit it" not found in the element matching css "\.tiddler\[data-title='Beta'\]"\.\nDid you mean: "Edit"/ },
  { name: 'region missing', steps: ['Given I am on "/spa/tiddlers"', 'When I press "Edit" in the ".nope" element'], message: /Element matching css "\.nope" not found\./ },
  // Names are case-sensitive, page text is not: the near miss is named, and so is every attribute matched.
  { name: 'button differs in case', steps: ['Given I am on "/forms/buttons"', 'When I press "send elsewhere"'], message: /Button with id\|name\|value\|title\|text\|aria-label\|data-testid\|image alt "send elsewhere" not found\.\nNames are matched case-sensitively \(page text is not\); ignoring case, it would match: "Send elsewhere"\./ },
  { name: 'link differs in case', steps: ['Given I am on "/links"', 'When I follow "plain TEXT link"'], message: /Link with id\|text\|title\|rel\|aria-label\|data-testid\|image alt "plain TEXT link" not found\.\nNames are matched case-sensitively \(page text is not\); ignoring case, it would match: "Plain text link"/ },
  { name: 'field differs in case', steps: ['Given I am on "/forms/text"', 'When I fill in "full name" with "Ada"'], message: /Form field with id\|name\|label\|placeholder\|aria-label\|data-testid "full name" not found\.\nNames are matched case-sensitively[^\n]*"Full name"/ },
  // Elements located by CSS.
  { name: 'disabled button by CSS', steps: ['Given I am on "/spa/unlabeled"', 'When I press the ".icon-save" element'], message: /: element "\.icon-save" is disabled, so it cannot be pressed\./ },
  { name: 'check a text field by CSS', steps: ['Given I am on "/spa/unlabeled"', 'When I check the ".quick-title" element'], message: /"I check" needs a checkbox input, but element "\.quick-title" is input\S* \(text\)\./ },
  { name: 'select in a text field by CSS', steps: ['Given I am on "/spa/unlabeled"', 'When I select "Open" from the ".quick-title" element'], message: /Form field .* is not a select box or a radio group, so no option can be selected\./ },
  { name: 'element to fill missing', steps: ['Given I am on "/spa/unlabeled"', 'When I fill in the ".quick-nope" element with "x"'], message: /Element matching css "\.quick-nope" not found\./ },
  // Nothing close: another kind with that very name, or what the page has of the kind asked for.
  { name: 'a link pressed as a button', steps: ['Given I am on "/links"', 'When I press "Plain text link"'], message: /Button with .* "Plain text link" not found\.\n"Plain text link" is a link, not a button: to click it, write: I follow "Plain text link"\./ },
  { name: 'a button followed as a link', steps: ['Given I am on "/links"', 'When I follow "Plain button"'], message: /Link with .* "Plain button" not found\.\n"Plain button" is a button, not a link: to click it, write: I press "Plain button"\./ },
  { name: 'a button near the name of a link', steps: ['Given I am on "/links"', 'When I follow "Plain buton"'], message: /Link with .* "Plain buton" not found\.\nNo link is named like that, but a button is: "Plain button"\. To click it, write: I press "Plain button"\./ },
  { name: 'no button near the name', steps: ['Given I am on "/links"', 'When I press "Publish page"'], message: /Button with .* "Publish page" not found\.\nThe buttons on this page: .*"Plain button"/ },
  { name: 'click on a text nothing shows', steps: ['Given I am on "/links"', 'When I click on "Publish page"'], message: /No link, button or other element with the text "Publish page" found\./ },
  { name: 'the Nth of too few', steps: ['Given I am on "/spa/tiddlers"', 'When I press the 4th "Edit" button'], message: /Button with .* "Edit" number 4 not found: only 3 match\./ },
  { name: 'field should be disabled', steps: ['Given I am on "/forms/disabled"', 'Then the "Enabled field" field should be disabled'], message: /The field "Enabled field" is enabled, but it should be disabled\./ },
  { name: 'at most N elements', steps: ['Given I am on "/count"', 'Then I should see at most 2 ".item" elements'], message: /5 elements matching css "\.item" found on the page, but should be at most 2\./ },
  // Seen or merely present: Mink's wording checks presence, behatch's what a user sees.
  { name: 'hidden element is still present', steps: ['Given I am on "/hidden-text"', 'Then I should not see a "p[hidden]" element'], message: /An element matching css "p\[hidden\]" appears on this page, but it should not\.\nIt is in the page but hidden \(it is not shown\); to check what a user sees, write: the "p\[hidden\]" element should not be visible\./ },
  { name: 'element should be visible', steps: ['Given I am on "/hidden-text"', 'Then the "p[hidden]" element should be visible'], message: /The element matching css "p\[hidden\]" is not visible, but it should be\.\nIt is in the page, hidden\./ },
  { name: 'element should not be visible', steps: ['Given I am on "/hidden-text"', 'Then the "#visible" element should not be visible'], message: /An element matching css "#visible" is visible, but it should not be\./ },
  { name: 'cookie should be set', steps: ['Given I am on "/cookies"', 'Then the cookie "nope" should be set'], message: /Cookie "nope" is not set, but should be\./ },
  // behatch's wording for headers and JSON.
  { name: 'header should be equal to', steps: ['Given I am on "/links"', 'Then the header "Content-Type" should be equal to "text/plain"'], message: /Current response header "Content-Type" is "text\/html[^"]*", but "text\/plain" expected\./ },
  { name: 'header should not exist', steps: ['Given I am on "/links"', 'Then the header "Content-Type" should not exist'], message: /Current response header "Content-Type" is "text\/html[^"]*", but it should not be set\./ },
  { name: 'header should not match', steps: ['Given I am on "/links"', 'Then the header "Content-Type" should not match "/^TEXT/i"'], message: /The pattern "\(\?i\)\^TEXT" matches the "Content-Type" response header, but it should not\./ },
  { name: 'response should be in JSON', steps: ['Given I am on "/links"', 'Then the response should be in JSON'], message: /The response is not JSON: .*\nIt starts: "<!DOCTYPE html>/ },
  { name: 'JSON node value', steps: ['Given I am on "/api/user.json"', 'Then the JSON node "user.email" should be equal to "bob@example.com"'], message: /The JSON node "user\.email" is "ada@example\.com", but "bob@example\.com" expected\./ },
  { name: 'JSON node missing', steps: ['Given I am on "/api/user.json"', 'Then the JSON node "user.phone" should exist'], message: /The JSON node "user\.phone" does not exist: no "phone" under "user"; it has: id, name, email/ },
  { name: 'JSON node count', steps: ['Given I am on "/api/user.json"', 'Then the JSON node "user.roles" should have 3 elements'], message: /The JSON node "user\.roles" has 2 elements, but 3 expected\.\nIt is \["admin","editor"\]\./ },
  { name: 'JSON node is not a string', steps: ['Given I am on "/api/user.json"', 'Then the JSON node "user.id" should be equal to the string "42"'], message: /The JSON node "user\.id" is 42, but the string "42" expected\./ },
  { name: 'JSON nodes differ', steps: ['Given I am on "/api/user.json"', 'Then the JSON nodes should be equal to:', '  | user.name | Ada Lovelace |', '  | user.id | 43 |', '  | user.age | 36 |'], message: /2 of 3 JSON nodes differ:\n {2}"user\.id" is 42: it is not "43"\n {2}"user\.age" does not exist/ },
  { name: 'JSON schema', steps: ['Given I am on "/api/user.json"', 'Then the JSON should be valid according to the schema "features/files/recipe.schema.json"'], message: /The JSON response does not follow the schema \(2 violations\):\n {2}\/: must have required property 'name'\n {2}\/: must have required property 'servings'/ },
];

/** In a browser a lookup waits; the message of its last miss still says what was close (worked out once, when reported). */
const BROWSER_CASES: Case[] = [
  { name: 'button with a typo, after the wait', steps: ['Given I am on "/forms/buttons"', 'When I press "Svae"'], message: /Button with [a-z| -]+ "Svae" not found\.\nDid you mean: "Save"/ },
  { name: 'button in one region, after the wait', steps: ['Given I am on "/spa/tiddlers"', 'When I press "Edit it" in the ".tiddler[data-title=\'Beta\']" element'], message: /Button with [a-z| -]+ "Edit it" not found in the element matching css "\.tiddler\[data-title='Beta'\]"\.\nDid you mean: "Edit"/ },
  { name: 'text of no link or button, after the wait', steps: ['Given I am on "/forms/buttons"', 'When I click on "Svae"'], message: /No link, button or other element with the text "Svae" found\.\nDid you mean: "Save"/ },
];

describe('failure messages of the assertion steps', () => {
  const runner = useFeatureRunner();

  it('every assertion step fails with a message that says what, where and what was found instead', async () => {
    const run = await expectEachToFail(runner, CASES, /\+--\[ (HTTP \d+ \| )?http:\/\/127\.0\.0\.1:\d+\/\S* \| http \]/);
    for (const c of CASES) assert.doesNotMatch(failedStep(run, c.name).message, /^\s+at .*[\\/](support|steps)[\\/]/m, `"${c.name}" shows no frame of the harness`);
  });

  it('in a browser, a lookup that waited says at its last miss what was close, as over HTTP', async () => {
    await expectEachToFail(runner, BROWSER_CASES, /\+--\[ (HTTP \d+ \| )?http:\/\/127\.0\.0\.1:\d+\/\S* \| browser/, '@javascript @wait:0.3');
  });
});


