/**
 * JSON answers, in behatch's JsonContext wording (`the JSON node "user.roles[0]" should be equal to
 * "admin"`): a node is a dotted path with [n] for array items, `root` for the whole document, written
 * in quotes or bare (`the JSON node root should have 3 elements`). They read the same response as the
 * status and header steps: an API request's, or the page's.
 */
import { Then, type DataTable } from '@cucumber/cucumber';
import { printJson } from '../support/debugging/print-page';
import { parseDelimitedRegex, unescapeStepArgument as arg } from '../support/session/text';
import type { MinkWorld } from '../support/world';
import { QUOTED, step } from './patterns';

/** A node quoted or bare, captured with its quotes: `"user.name"` or `root[0].id`. */
const NODE = `the JSON node ("(?:[^"\\\\]|\\\\.)*"|[\\w.\\[\\]$>-]+)`;

function node(written: string): string {
  return written.startsWith('"') ? arg(written.slice(1, -1)) : written;
}

/** `| node | value |` rows, no heading. */
function nodeRows(table: DataTable): Array<[string, string]> {
  return table.raw().map(([name, value]) => [arg(name ?? ''), arg(value ?? '')]);
}

Then(step('the response should be in JSON'), async function (this: MinkWorld) {
  await this.assert.json.document();
});
Then(step('the response should not be in JSON'), function (this: MinkWorld) {
  return this.assert.json.isNotJson();
});
Then(step(`${NODE} should be equal to ${QUOTED}`), function (this: MinkWorld, name: string, value: string) {
  return this.assert.json.nodeEquals(node(name), arg(value));
});
Then(step(`${NODE} should be equal to the string ${QUOTED}`), function (this: MinkWorld, name: string, value: string) {
  return this.assert.json.nodeEqualsString(node(name), arg(value));
});
Then(step(`${NODE} should be equal to the number "?(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)"?`), function (this: MinkWorld, name: string, value: string) {
  return this.assert.json.nodeEqualsNumber(node(name), Number(value));
});
Then(step(`${NODE} should match ${QUOTED}`), function (this: MinkWorld, name: string, pattern: string) {
  return this.assert.json.nodeMatches(node(name), parseDelimitedRegex(arg(pattern)));
});
Then(step(`${NODE} should be null`), function (this: MinkWorld, name: string) {
  return this.assert.json.nodeIs(node(name), null);
});
Then(step(`${NODE} should not be null`), function (this: MinkWorld, name: string) {
  return this.assert.json.nodeIsNotNull(node(name));
});
Then(step(`${NODE} should be (true|false)`), function (this: MinkWorld, name: string, value: string) {
  return this.assert.json.nodeIs(node(name), value === 'true');
});
Then(step(`${NODE} should have "?(\\d+)"? element(?:s|\\(s\\))?`), function (this: MinkWorld, name: string, count: string) {
  return this.assert.json.nodeHasElements(node(name), Number(count));
});
Then(step(`${NODE} should contain ${QUOTED}`), function (this: MinkWorld, name: string, text: string) {
  return this.assert.json.nodeContains(node(name), arg(text));
});
Then(step(`${NODE} should not contain ${QUOTED}`), function (this: MinkWorld, name: string, text: string) {
  return this.assert.json.nodeNotContains(node(name), arg(text));
});
Then(step(`${NODE} should exist`), function (this: MinkWorld, name: string) {
  return this.assert.json.nodeExists(node(name));
});
Then(step(`${NODE} should not exist`), function (this: MinkWorld, name: string) {
  return this.assert.json.nodeNotExists(node(name));
});
Then(step('the JSON nodes should be equal to:'), function (this: MinkWorld, table: DataTable) {
  return this.assert.json.nodesEqual(nodeRows(table));
});
Then(step('the JSON nodes should contain:'), function (this: MinkWorld, table: DataTable) {
  return this.assert.json.nodesContain(nodeRows(table));
});
Then(step('the JSON nodes should not contain:'), function (this: MinkWorld, table: DataTable) {
  return this.assert.json.nodesNotContain(nodeRows(table));
});
Then(step('the JSON should be equal to:'), function (this: MinkWorld, json: string) {
  return this.assert.json.equals(json);
});
Then(step('the JSON should be (valid|invalid) according to this schema:'), function (this: MinkWorld, validity: string, schema: string) {
  return this.assert.json.followsSchema(schema, validity === 'valid');
});
Then(step(`the JSON should be (valid|invalid) according to the schema ${QUOTED}`), function (this: MinkWorld, validity: string, file: string) {
  return this.assert.json.followsSchema({ file: arg(file) }, validity === 'valid');
});
Then(step('print last JSON response'), async function (this: MinkWorld) {
  printJson(await this.assert.json.pretty(), this);
});
