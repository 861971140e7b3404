// Generated from the step definitions by `npm run editor:glue` (and `npm run build`): do not edit.
//
// Every cucumber-mink step as a literal pattern, for editors that read step definitions without
// running them: the Cucumber extension of VS Code (@cucumber/language-server) and JetBrains
// Cucumber.js plugin. Add this file to the editor's glue (`cucumber-mink init` writes
// .vscode/settings.json that does). No run loads it, and loading it defines nothing: Given, When
// and Then are local functions that do nothing.
'use strict';

function Given() {}
function When() {}
function Then() {}

// steps/navigation.ts
// e.g. Given I am on the homepage
Given('(I )am on (the )homepage', () => {});
// e.g. When I go to the homepage
When('(I )go to (the )homepage', () => {});
// e.g. Given I am on "/login"
Given('(I )am on {string}', () => {});
// e.g. When I go to "/articles?page=2"
When('(I )go to {string}', () => {});
// e.g. When I reload the page
When('(I )reload the page', () => {});
// e.g. When I move backward one page
When('(I )move backward one page', () => {});
// e.g. When I move forward one page
When('(I )move forward one page', () => {});
// e.g. When I press "Sign in"
When('(I )press {string}', () => {});
// e.g. When I follow "Forgot your password?"
When('(I )follow {string}', () => {});
// e.g. When I follow the 2nd "Edit" link
When('(I )follow the {int}st {string} link', () => {});
When('(I )follow the {int}nd {string} link', () => {});
When('(I )follow the {int}rd {string} link', () => {});
When('(I )follow the {int}th {string} link', () => {});
// e.g. When I press the 3rd "Delete" button
When('(I )press the {int}st {string} button', () => {});
When('(I )press the {int}nd {string} button', () => {});
When('(I )press the {int}rd {string} button', () => {});
When('(I )press the {int}th {string} button', () => {});
// e.g. When I click on "Settings"
When('(I )click on {string}', () => {});

// steps/forms.ts
// e.g. When I fill in "Email" with "ada@example.com"
When('(I )fill in {string} with {string}', () => {});
// e.g. When I fill in "Comment" with:
When('(I )fill in {string} with:', () => {});
// e.g. When I fill in "ada@example.com" for "Email"
When('(I )fill in {string} for {string}', () => {});
// e.g. When I fill in the following:
When('(I )fill in the following:', () => {});
// e.g. When I type "left" into the "Search packages" field
When('(I )type {string} into the {string} field', () => {});
// e.g. When I select "France" from "Country"
When('(I )select {string} from {string}', () => {});
// e.g. When I additionally select "Blue" from "Colours"
When('(I )additionally select {string} from {string}', () => {});
// e.g. When I check "Remember me"
When('(I )check {string}', () => {});
// e.g. When I uncheck "Newsletter"
When('(I )uncheck {string}', () => {});
// e.g. When I attach the file "avatar.png" to "Picture"
When('(I )attach the file {string} to {string}', () => {});

// steps/address.ts
// e.g. Then I should be on "/dashboard"
Then('(I )should be on {string}', () => {});
// e.g. Then I should be on the homepage
Then('(I )should be on (the )homepage', () => {});
// e.g. Then the url should match "^/users/\d+$"
Then('the URL/url should match {string}', () => {});
// e.g. Then the url should be "/doku.php?id=start"
Then('the URL/url should be {string}', () => {});
// e.g. Then the "id" query parameter should be "start"
Then('the {string} query parameter should be {string}', () => {});
// e.g. Then the "do" query parameter should not be set
Then('the {string} query parameter should not be set', () => {});
// e.g. Then the response status code should be 200
Then('the response status code should be {int}', () => {});
// e.g. Then the response status code should not be 500
Then('the response status code should not be {int}', () => {});

// steps/page-text.ts
// e.g. Then I should see "Welcome back"
Then('(I )should see {string}', () => {});
// e.g. Then I should not see "Error"
Then('(I )should not see {string}', () => {});
// e.g. Then I should see text matching "Total: \d+ items"
Then('(I )should see text matching {string}', () => {});
// e.g. Then I should not see text matching "(?i)exception|traceback"
Then('(I )should not see text matching {string}', () => {});
// e.g. Then the response should contain "<h1>Dashboard</h1>"
Then('the response should contain {string}', () => {});
// e.g. Then the response should not contain "debug"
Then('the response should not contain {string}', () => {});

// steps/elements.ts
// e.g. Then I should see "Ada" in the ".user-name" element
Then('(I )should see {string} in the {string} element', () => {});
// e.g. Then I should not see "Guest" in the "header" element
Then('(I )should not see {string} in the {string} element', () => {});
// e.g. Then the "#status" element should contain "<strong>ok</strong>"
Then('the {string} element should contain {string}', () => {});
// e.g. Then the "#status" element should not contain "<em>"
Then('the {string} element should not contain {string}', () => {});
// e.g. Then I should see a ".flash-success" element
Then('(I )should see a(n) {string} element', () => {});
// e.g. Then I should not see an ".error" element
Then('(I )should not see a(n) {string} element', () => {});
// e.g. Then I should see at least 1 ".flash" element
Then('(I )should see at least/most {int} {string} element(s)', () => {});
// e.g. Then the ".modal" element should be visible
Then('the {string} element should be visible', () => {});
// e.g. Then the ".spinner" element should not be visible
Then('the {string} element should not be visible', () => {});
// e.g. Then I should see 3 "ul.results li" elements
Then('(I )should see {int} {string} element(s)', () => {});

// steps/fields.ts
// e.g. Then the "Email" field should contain "ada@example.com"
Then('the {string} field should contain {string}', () => {});
// e.g. Then the "Email" field should not contain "admin@example.com"
Then('the {string} field should not contain {string}', () => {});
// e.g. Then the "Notes" field should contain text "second line"
Then('the {string} field should contain text {string}', () => {});
// e.g. Then the "Notes" field should not contain text "TODO"
Then('the {string} field should not contain text {string}', () => {});
// e.g. Then the "Email" field should be disabled
Then('the {string} field should be disabled/enabled', () => {});
// e.g. Then the "Remember me" checkbox should be checked
Then('the {string} checkbox should be checked', () => {});
// e.g. Then the "Remember me" checkbox is checked
Then('the {string} checkbox is checked', () => {});
// e.g. Then the checkbox "Remember me" should be checked
Then('the checkbox {string} is checked', () => {});
Then('the checkbox {string} should be checked', () => {});
// e.g. Then the "Newsletter" checkbox should not be checked
Then('the {string} checkbox should be unchecked', () => {});
Then('the {string} checkbox should not be checked', () => {});
// e.g. Then the "Newsletter" checkbox is unchecked
Then('the {string} checkbox is unchecked', () => {});
Then('the {string} checkbox is not checked', () => {});
// e.g. Then the checkbox "Newsletter" should be unchecked
Then('the checkbox {string} should be unchecked', () => {});
Then('the checkbox {string} should not be checked', () => {});
// e.g. Then the checkbox "Newsletter" is not checked
Then('the checkbox {string} is unchecked', () => {});
Then('the checkbox {string} is not checked', () => {});

// steps/debugging.ts
// e.g. Then print current URL
Then('print current URL', () => {});
// e.g. Then print last response
Then('print last response', () => {});
// e.g. Then show last response
Then('show last response', () => {});

// steps/http-extras.ts
// e.g. When I set the request header "Accept-Language" to "fr"
When('(I )set the request header {string} to {string}', () => {});
// e.g. When I use basic auth with "admin" and "secret"
When('(I )use basic auth with {string} and {string}', () => {});
// e.g. When I stop using basic auth
When('(I )stop using basic auth', () => {});
// e.g. When I set the cookie "consent" to "yes"
When('(I )set the cookie {string} to {string}', () => {});
// e.g. When I delete the cookie "consent"
When('(I )delete the cookie {string}', () => {});
// e.g. Then the cookie "session" should be "abc123"
Then('the cookie {string} should be {string}', () => {});
// e.g. Then the cookie "session" should be set
Then('the cookie {string} should be set', () => {});
// e.g. Then the cookie "tracking" should not be set
Then('the cookie {string} should not be set', () => {});
// e.g. Then the "Content-Type" response header should be "application/json"
Then('the {string} response header should be {string}', () => {});
// e.g. Then the "Cache-Control" response header should contain "no-store"
Then('the {string} response header should contain {string}', () => {});
// e.g. Then the "Location" response header should match "^/login"
Then('the {string} response header should match {string}', () => {});
// e.g. Then the "X-Debug-Token" response header should not be set
Then('the {string} response header should not be set', () => {});
// e.g. Then the response should be JSON
Then('the response should be JSON', () => {});
// e.g. Then the JSON response should have "user.roles[0]" equal to "admin"
Then('the JSON response should have {string} equal to {string}', () => {});

// steps/browser.ts
// e.g. When I wait for "Saved" to appear
When('(I )wait for {string} to appear', () => {});
// e.g. When I wait for "Loading…" to disappear
When('(I )wait for {string} to disappear', () => {});
// e.g. When I wait for the ".results" element to appear
When('(I )wait for the {string} element to appear', () => {});
// e.g. When I wait for the ".spinner" element to disappear
When('(I )wait for the {string} element to disappear', () => {});
// e.g. When I hover over the "#account" element
When('(I )hover over the {string} element', () => {});
// e.g. When I double click on the ".cell" element
When('(I )double click on the {string} element', () => {});
// e.g. When I right click on the ".file" element
When('(I )right click on the {string} element', () => {});
// e.g. When I drag the "#card-1" element onto the "#done" element
When('(I )drag the {string} element onto the {string} element', () => {});
// e.g. When I press the "ctrl+f" keys
When('(I )press the {string} key(s)', () => {});
// e.g. When I press the "Enter" key in the "Search" field
When('(I )press the {string} key in the {string} field', () => {});
// e.g. When I switch to the "help" window
When('(I )switch to the {string} window', () => {});
// e.g. When I switch to the new window
When('(I )switch to the new window', () => {});
// e.g. When I switch back to the main window
When('(I )switch back to the main window', () => {});
// e.g. When I switch to the "payment" iframe
When('(I )switch to the {string} iframe', () => {});
// e.g. When I switch back to the main page
When('(I )switch back to the main page', () => {});
// e.g. When I accept the dialog
When('(I )accept the dialog', () => {});
// e.g. When I dismiss the dialog
When('(I )dismiss the dialog', () => {});
// e.g. When I answer "Ada" to the prompt
When('(I )answer {string} to the prompt', () => {});
// e.g. Then the dialog should say "Are you sure?"
Then('the dialog should say {string}', () => {});
// e.g. When I resize the window to 800x600
When('(I )resize the window to {int}x{int}', () => {});
// e.g. When I execute the script "localStorage.clear()"
When('(I )execute the script {string}', () => {});
// e.g. When I execute the script:
When('(I )execute the script:', () => {});
// e.g. Then the expression "document.title" should return "Dashboard"
Then('the expression {string} should return {string}', () => {});
// e.g. When I save a screenshot to "reports/home.png"
When('(I )save a screenshot to {string}', () => {});

// steps/element-actions.ts
// e.g. When I fill in the "#editor textarea" element with "Hello"
When('(I )fill in the {string} element with {string}', () => {});
// e.g. When I fill in the ".note-body" element with:
When('(I )fill in the {string} element with:', () => {});
// e.g. When I select "Archived" from the "select.status" element
When('(I )select {string} from the {string} element', () => {});
// e.g. When I additionally select "Urgent" from the "select.tags" element
When('(I )additionally select {string} from the {string} element', () => {});
// e.g. When I check the ".todo:first-child input" element
When('(I )check the {string} element', () => {});
// e.g. When I uncheck the "#row-3 input[type=checkbox]" element
When('(I )uncheck the {string} element', () => {});
// e.g. When I press the "button.icon-save" element
When('(I )press the {string} element', () => {});
// e.g. When I click on the ".menu-toggle" element
When('(I )click on the {string} element', () => {});

// steps/scoped.ts
// e.g. When I press "Edit" in the ".tiddler[data-title='Welcome']" element
When('(I )press {string} in the {string} element', () => {});
// e.g. When I follow "Close" in the "#dialog" element
When('(I )follow {string} in the {string} element', () => {});
// e.g. When I fill in "Title" with "Welcome" in the ".editor" element
When('(I )fill in {string} with {string} in the {string} element', () => {});
// e.g. When I select "Draft" from "Status" in the "#filters" element
When('(I )select {string} from {string} in the {string} element', () => {});
// e.g. When I check "Done" in the "#task-2" element
When('(I )check {string} in the {string} element', () => {});
// e.g. When I uncheck "Done" in the "#task-3" element
When('(I )uncheck {string} in the {string} element', () => {});
// e.g. Then the "Title" field should contain "Welcome" in the ".editor" element
Then('the {string} field should contain {string} in the {string} element', () => {});
// e.g. Then the "Done" checkbox should be checked in the "#task-2" element
Then('the {string} checkbox should be checked in the {string} element', () => {});
// e.g. Then the "Done" checkbox should not be checked in the "#task-3" element
Then('the {string} checkbox should not be checked in the {string} element', () => {});

// steps/api.ts
// e.g. When I add "Content-Type" header equal to "application/json"
When('(I )add {string} header equal to {string}', () => {});
// e.g. When I send a "DELETE" request to "/api/recipes/pancakes"
When('(I )send a(n) {word} request to {string}', () => {});
// e.g. When I send a "PUT" request to "/api/recipes/pancakes" with body:
When('(I )send a(n) {word} request to {string} with body:', () => {});
// e.g. When I send a "POST" request to "/login" with form data:
When('(I )send a(n) {word} request to {string} with form data:', () => {});
When('(I )send a(n) {word} request to {string} with parameters:', () => {});
// e.g. When I send a "GET" request to "/api/me" with headers:
When('(I )send a(n) {word} request to {string} with headers:', () => {});
// e.g. Then the header "Content-Type" should be equal to "application/json"
Then('the header {string} should be equal to {string}', () => {});
// e.g. Then the header "Content-Type" should not be equal to "text/html"
Then('the header {string} should not be equal to {string}', () => {});
// e.g. Then the header "Cache-Control" should contain "no-store"
Then('the header {string} should contain {string}', () => {});
// e.g. Then the header "Cache-Control" should not contain "public"
Then('the header {string} should not contain {string}', () => {});
// e.g. Then the header "Location" should match "/^\/login/"
Then('the header {string} should match {string}', () => {});
// e.g. Then the header "Location" should not match "#^https?:#"
Then('the header {string} should not match {string}', () => {});
// e.g. Then the header "ETag" should exist
Then('the header {string} should exist', () => {});
// e.g. Then the header "X-Debug-Token" should not exist
Then('the header {string} should not exist', () => {});
// e.g. Then the response should be equal to:
Then('the response should be equal to:', () => {});
// e.g. Then the response should be empty
Then('the response should be empty', () => {});

// steps/json.ts
// e.g. Then the response should be in JSON
Then('the response should be in JSON', () => {});
// e.g. Then the response should not be in JSON
Then('the response should not be in JSON', () => {});
// e.g. Then the JSON node "user.name" should be equal to "Ada"
Then('the JSON node {string} should be equal to {string}', () => {});
Then('the JSON node {word} should be equal to {string}', () => {});
// e.g. Then the JSON node "user.id" should be equal to the string "42"
Then('the JSON node {string} should be equal to the string {string}', () => {});
Then('the JSON node {word} should be equal to the string {string}', () => {});
// e.g. Then the JSON node "user.id" should be equal to the number 42
Then('the JSON node {string} should be equal to the number {float}', () => {});
Then('the JSON node {string} should be equal to the number "{float}"', () => {});
Then('the JSON node {word} should be equal to the number {float}', () => {});
Then('the JSON node {word} should be equal to the number "{float}"', () => {});
// e.g. Then the JSON node "user.email" should match "/@example\.com$/"
Then('the JSON node {string} should match {string}', () => {});
Then('the JSON node {word} should match {string}', () => {});
// e.g. Then the JSON node "user.manager" should be null
Then('the JSON node {string} should be null', () => {});
Then('the JSON node {word} should be null', () => {});
// e.g. Then the JSON node "user.name" should not be null
Then('the JSON node {string} should not be null', () => {});
Then('the JSON node {word} should not be null', () => {});
// e.g. Then the JSON node "user.active" should be true
Then('the JSON node {string} should be true/false', () => {});
Then('the JSON node {word} should be true/false', () => {});
// e.g. Then the JSON node "user.roles" should have 2 elements
Then('the JSON node {string} should have {int} element', () => {});
Then('the JSON node {string} should have {int} elements', () => {});
// eslint-disable-next-line no-useless-escape
Then(`the JSON node {string} should have {int} element\(s\)`, () => {});
Then('the JSON node {string} should have "{int}" element', () => {});
Then('the JSON node {string} should have "{int}" elements', () => {});
// eslint-disable-next-line no-useless-escape
Then(`the JSON node {string} should have "{int}" element\(s\)`, () => {});
Then('the JSON node {word} should have {int} element', () => {});
Then('the JSON node {word} should have {int} elements', () => {});
// eslint-disable-next-line no-useless-escape
Then(`the JSON node {word} should have {int} element\(s\)`, () => {});
Then('the JSON node {word} should have "{int}" element', () => {});
Then('the JSON node {word} should have "{int}" elements', () => {});
// eslint-disable-next-line no-useless-escape
Then(`the JSON node {word} should have "{int}" element\(s\)`, () => {});
// e.g. Then the JSON node "user.roles" should contain "admin"
Then('the JSON node {string} should contain {string}', () => {});
Then('the JSON node {word} should contain {string}', () => {});
// e.g. Then the JSON node "user.roles" should not contain "guest"
Then('the JSON node {string} should not contain {string}', () => {});
Then('the JSON node {word} should not contain {string}', () => {});
// e.g. Then the JSON node "items[0].id" should exist
Then('the JSON node {string} should exist', () => {});
Then('the JSON node {word} should exist', () => {});
// e.g. Then the JSON node "user.phone" should not exist
Then('the JSON node {string} should not exist', () => {});
Then('the JSON node {word} should not exist', () => {});
// e.g. Then the JSON nodes should be equal to:
Then('the JSON nodes should be equal to:', () => {});
// e.g. Then the JSON nodes should contain:
Then('the JSON nodes should contain:', () => {});
// e.g. Then the JSON nodes should not contain:
Then('the JSON nodes should not contain:', () => {});
// e.g. Then the JSON should be equal to:
Then('the JSON should be equal to:', () => {});
// e.g. Then the JSON should be valid according to this schema:
Then('the JSON should be valid/invalid according to this schema:', () => {});
// e.g. Then the JSON should be invalid according to the schema "features/files/user.schema.json"
Then('the JSON should be valid/invalid according to the schema {string}', () => {});
// e.g. Then print last JSON response
Then('print last JSON response', () => {});

// steps/session-state.ts
// e.g. When I save the session state as "admin"
When('(I )save the session state as {string}', () => {});
// e.g. Given I start from the session state "admin"
Given('(I )start from the session state {string}', () => {});

// steps/pause.ts
// e.g. When I wait 2 seconds
When('(I )wait {float} second(s)', () => {});

// steps/accessibility.ts
// e.g. Then the page should have no accessibility violations of impact "serious" except "color-contrast"
Then('the page should have no accessibility violations', () => {});
Then('the page should have no accessibility violations except {string}', () => {});
Then('the page should have no accessibility violations in the {string} element', () => {});
Then('the page should have no accessibility violations in the {string} element except {string}', () => {});
Then('the page should have no accessibility violations of impact {string}', () => {});
Then('the page should have no accessibility violations of impact {string} except {string}', () => {});
Then('the page should have no accessibility violations of impact {string} in the {string} element', () => {});
Then('the page should have no accessibility violations of impact {string} in the {string} element except {string}', () => {});

// steps/screens.ts
// e.g. Given I use an "iPhone 13" screen
Given('(I )use a(n) {string} screen', () => {});

// steps/network-stubs.ts
// e.g. Given the request to "/api/prices" answers 500
Given(/^the request to "((?:[^"\\]|\\.)*)" answers (\d{3})$/, () => {});
// e.g. Given the request to "/api/prices" answers with JSON:
Given(/^the request to "((?:[^"\\]|\\.)*)" answers(?: (\d{3}))? with JSON:$/, () => {});
// e.g. Given the request to "/api/prices" is delayed by 2 seconds
Given('the request to {string} is delayed by {float} second(s)', () => {});

// steps/downloads.ts
// e.g. Then a file "report.csv" should be downloaded
Then('a file {string} should be downloaded', () => {});
// e.g. Then the downloaded file should be of type "text/csv"
Then('the downloaded file should be of type {string}', () => {});
// e.g. Then the downloaded file should have a size of 42 bytes
Then('the downloaded file should have a size of {int} bytes', () => {});
// e.g. Then the downloaded file should contain "Ada Lovelace"
Then('the downloaded file should contain {string}', () => {});
// e.g. Then the downloaded file should not contain "password"
Then('the downloaded file should not contain {string}', () => {});
// e.g. Then the downloaded CSV should have a row with "Ada" and "1815"
Then(/^the downloaded CSV should have a row with ("(?:[^"\\]|\\.)*"(?:(?:, | and )"(?:[^"\\]|\\.)*")*)$/, () => {});
