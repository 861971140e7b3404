/**
 * Requests sent from a scenario, in the wording of behatch's RestContext: set up and tear down an
 * application's data, or check an API, then read the answer with the response steps (status code,
 * headers, JSON, "the response should contain"). They carry the session's cookies for the origin:
 * over HTTP through its cookie jar, in a browser from the page with fetch().
 */
import { Then, When, type DataTable } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { parseDelimitedRegex, unescapeStepArgument as arg } from '../support/session/text';
import { I, PLAIN, QUOTED, step } from './patterns';

/** The method quoted or bare, as behatch users write it: `a "PUT" request` or `a PUT request`. */
const SEND = `${I}send an? "?([A-Za-z]+)"? request to ${PLAIN}`;

When(step(`${I}add ${QUOTED} header equal to ${QUOTED}`), function (this: MinkWorld, name: string, value: string) {
  this.session.setApiHeader(arg(name), arg(value));
});
When(step(SEND), function (this: MinkWorld, method: string, path: string) {
  return this.session.sendRequest({ method: arg(method), path });
});
When(step(`${SEND} with body:`), function (this: MinkWorld, method: string, path: string, body: string) {
  return this.session.sendRequest({ method: arg(method), path, body });
});
When(step(`${SEND} with (?:form data|parameters):`), function (this: MinkWorld, method: string, path: string, table: DataTable) {
  return this.session.sendRequest({ method: arg(method), path, form: fieldRows(table) });
});
When(step(`${SEND} with headers:`), function (this: MinkWorld, method: string, path: string, table: DataTable) {
  return this.session.sendRequest({ method: arg(method), path, headers: Object.fromEntries(fieldRows(table)) });
});

// behatch's assertions on the answer's headers and body (equal ignores case, as behatch's does).
Then(step(`the header ${QUOTED} should be equal to ${QUOTED}`), function (this: MinkWorld, name: string, value: string) {
  return this.assert.response.responseHeaderEquals(arg(name), arg(value), true);
});
Then(step(`the header ${QUOTED} should not be equal to ${QUOTED}`), function (this: MinkWorld, name: string, value: string) {
  return this.assert.response.responseHeaderNotEquals(arg(name), arg(value), true);
});
Then(step(`the header ${QUOTED} should contain ${QUOTED}`), function (this: MinkWorld, name: string, text: string) {
  return this.assert.response.responseHeaderContains(arg(name), arg(text));
});
Then(step(`the header ${QUOTED} should not contain ${QUOTED}`), function (this: MinkWorld, name: string, text: string) {
  return this.assert.response.responseHeaderNotContains(arg(name), arg(text));
});
Then(step(`the header ${QUOTED} should match ${QUOTED}`), function (this: MinkWorld, name: string, pattern: string) {
  return this.assert.response.responseHeaderMatches(arg(name), parseDelimitedRegex(arg(pattern)));
});
Then(step(`the header ${QUOTED} should not match ${QUOTED}`), function (this: MinkWorld, name: string, pattern: string) {
  return this.assert.response.responseHeaderNotMatches(arg(name), parseDelimitedRegex(arg(pattern)));
});
Then(step(`the header ${QUOTED} should exist`), function (this: MinkWorld, name: string) {
  return this.assert.response.responseHeaderSet(arg(name));
});
Then(step(`the header ${QUOTED} should not exist`), function (this: MinkWorld, name: string) {
  return this.assert.response.responseHeaderNotSet(arg(name));
});
Then(step('the response should be equal to:'), function (this: MinkWorld, text: string) {
  return this.assert.response.responseEquals(text);
});
Then(step('the response should be empty'), function (this: MinkWorld) {
  return this.assert.response.responseEmpty();
});

/** `| name | value |` rows; a first row `| name | value |` (or key, field, header, parameter) is a heading. */
function fieldRows(table: DataTable): Array<[string, string]> {
  const rows = table.raw().map(([name, value]) => [name ?? '', value ?? ''] as [string, string]);
  const [first] = rows;
  if (first && /^(name|field|key|header|parameter)$/i.test(first[0].trim()) && /^value$/i.test(first[1].trim())) rows.shift();
  return rows;
}
