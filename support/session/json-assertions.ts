/**
 * Assertions on a JSON response, in behatch's JsonContext wording: is it JSON, what is at a node
 * (`user.name`, `items[1].id`, `root` for the whole document), does it follow a JSON Schema. They read
 * the response the response steps read (the page's, or an API request's in a browser) and answer at
 * once: a response does not change by waiting. A failure shows what is there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ExpectationError } from './errors';
import { readJsonPath } from './json-path';
import { schemaViolations } from './json-schema';
import type { Session } from './session';

const SHOWN_VALUE = 200;

/** A value as a failure shows it: JSON, cut short. */
function shown(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > SHOWN_VALUE ? `${text.slice(0, SHOWN_VALUE)}…` : text;
}

/** behatch compares `equal to` loosely (PHP's ==): `5` equals "5", `true` equals "true". */
function looselyEquals(actual: unknown, expected: string): boolean {
  let wanted: unknown = expected;
  try {
    wanted = JSON.parse(expected);
  } catch {
    // Not a JSON literal: compare as a string.
  }
  return JSON.stringify(actual) === JSON.stringify(wanted) || String(actual) === expected;
}

/** Text of a node as `contain` reads it: a string as it is, anything else as JSON. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export class JsonAssert {
  constructor(private readonly session: Session) {}

  /** The response parsed; not JSON is a failure that shows its start. */
  async document(): Promise<unknown> {
    const body = await this.session.responseContent();
    try {
      return JSON.parse(body);
    } catch (error) {
      throw await this.fail(`The response is not JSON: ${(error as Error).message}.`, [`It starts: ${shown(body.slice(0, SHOWN_VALUE))}`]);
    }
  }

  async isNotJson(): Promise<void> {
    const body = await this.session.responseContent();
    try {
      JSON.parse(body);
    } catch {
      return;
    }
    throw await this.fail('The response is JSON, but it should not be.', [`It starts: ${shown(body.slice(0, SHOWN_VALUE))}`]);
  }

  /** The value at `node`; a node that is not there is a failure naming what is there instead. */
  async node(node: string): Promise<unknown> {
    const found = readJsonPath(await this.document(), node);
    if (!found.exists) throw await this.fail(`The JSON node "${node}" does not exist: ${found.problem}.`);
    return found.value;
  }

  async nodeEquals(node: string, expected: string): Promise<void> {
    const actual = await this.node(node);
    if (!looselyEquals(actual, expected)) throw await this.fail(`The JSON node "${node}" is ${shown(actual)}, but "${expected}" expected.`);
  }

  /** `| node | value |` rows; every difference is listed, not only the first. */
  nodesEqual(rows: ReadonlyArray<readonly [string, string]>): Promise<void> {
    return this.eachNode(rows, 'is not', (value, expected) => looselyEquals(value, expected));
  }

  nodesContain(rows: ReadonlyArray<readonly [string, string]>): Promise<void> {
    return this.eachNode(rows, 'does not contain', (value, expected) => textOf(value).includes(expected));
  }

  nodesNotContain(rows: ReadonlyArray<readonly [string, string]>): Promise<void> {
    return this.eachNode(rows, 'contains', (value, expected) => !textOf(value).includes(expected));
  }

  async nodeEqualsString(node: string, expected: string): Promise<void> {
    const actual = await this.node(node);
    if (actual !== expected) throw await this.fail(`The JSON node "${node}" is ${shown(actual)}, but the string "${expected}" expected.`);
  }

  async nodeEqualsNumber(node: string, expected: number): Promise<void> {
    const actual = await this.node(node);
    if (actual !== expected) throw await this.fail(`The JSON node "${node}" is ${shown(actual)}, but the number ${expected} expected.`);
  }

  /** `null`, `true` or `false`, exactly: not a string that reads so. */
  async nodeIs(node: string, expected: null | boolean): Promise<void> {
    const actual = await this.node(node);
    if (actual !== expected) throw await this.fail(`The JSON node "${node}" is ${shown(actual)}, but ${String(expected)} expected.`);
  }

  async nodeIsNotNull(node: string): Promise<void> {
    if ((await this.node(node)) === null) throw await this.fail(`The JSON node "${node}" is null, but it should not be.`);
  }

  async nodeMatches(node: string, pattern: RegExp): Promise<void> {
    const actual = await this.node(node);
    if (!pattern.test(textOf(actual))) throw await this.fail(`The JSON node "${node}" is ${shown(actual)}, which does not match ${pattern}.`);
  }

  async nodeContains(node: string, text: string): Promise<void> {
    const actual = await this.node(node);
    if (!textOf(actual).includes(text)) throw await this.fail(`The JSON node "${node}" is ${shown(actual)}, which does not contain "${text}".`);
  }

  async nodeNotContains(node: string, text: string): Promise<void> {
    const actual = await this.node(node);
    if (textOf(actual).includes(text)) throw await this.fail(`The JSON node "${node}" is ${shown(actual)}, which contains "${text}", but it should not.`);
  }

  /** An array's items or an object's keys. */
  async nodeHasElements(node: string, count: number): Promise<void> {
    const actual = await this.node(node);
    if (actual === null || typeof actual !== 'object') throw await this.fail(`The JSON node "${node}" is ${shown(actual)}, not an array or object, so it has no elements.`);
    const size = Array.isArray(actual) ? actual.length : Object.keys(actual).length;
    if (size !== count) throw await this.fail(`The JSON node "${node}" has ${size} element${size === 1 ? '' : 's'}, but ${count} expected.`, [`It is ${shown(actual)}.`]);
  }

  async nodeExists(node: string): Promise<void> {
    await this.node(node);
  }

  async nodeNotExists(node: string): Promise<void> {
    const found = readJsonPath(await this.document(), node);
    if (found.exists) throw await this.fail(`The JSON node "${node}" exists (it is ${shown(found.value)}), but it should not.`);
  }

  /** The whole document, compared as data: key order and spacing do not count. */
  async equals(expectedJson: string): Promise<void> {
    const expected = parseGiven(expectedJson, 'expected JSON');
    const actual = await this.document();
    if (JSON.stringify(sortedKeys(actual)) !== JSON.stringify(sortedKeys(expected))) {
      throw await this.fail('The JSON response differs from the expected JSON.', [`It is:\n${JSON.stringify(actual, null, 2)}`]);
    }
  }

  /** `schema` is the schema's text (a doc string), or `{ file }` a schema file relative to the working directory. */
  async followsSchema(schema: string | { file: string }, follows = true): Promise<void> {
    const parsed = typeof schema === 'string' ? parseGiven(schema, 'JSON schema') : readSchemaFile(schema.file);
    const violations = schemaViolations(await this.document(), parsed as Record<string, unknown>);
    if (follows && violations.length) {
      throw await this.fail(`The JSON response does not follow the schema (${violations.length} violation${violations.length === 1 ? '' : 's'}):\n${violations.map((line) => `  ${line}`).join('\n')}`);
    }
    if (!follows && !violations.length) throw await this.fail('The JSON response follows the schema, but it should not.');
  }

  /** The response as indented JSON, for "print last JSON response". */
  async pretty(): Promise<string> {
    return JSON.stringify(await this.document(), null, 2);
  }

  private async eachNode(rows: ReadonlyArray<readonly [string, string]>, failing: string, holds: (value: unknown, expected: string) => boolean): Promise<void> {
    const document = await this.document();
    const differences = rows.flatMap(([node, expected]) => {
      const found = readJsonPath(document, node);
      if (!found.exists) return [`  "${node}" does not exist (${found.problem})`];
      return holds(found.value, expected) ? [] : [`  "${node}" is ${shown(found.value)}: it ${failing} "${expected}"`];
    });
    if (differences.length) throw await this.fail(`${differences.length} of ${rows.length} JSON nodes differ:\n${differences.join('\n')}`);
  }

  private async fail(summary: string, hints: string[] = []): Promise<ExpectationError> {
    return new ExpectationError(summary, hints).withContext(await this.session.responseContext());
  }
}

/** JSON written in the feature; a mistake there is the step's, so it says where. */
function parseGiven(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ExpectationError(`The ${what} in the step is not valid JSON: ${(error as Error).message}.`, [], false);
  }
}

function readSchemaFile(file: string): unknown {
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved)) throw new ExpectationError(`The JSON schema file "${file}" does not exist (looked at ${resolved}).`, [], false);
  return parseGiven(fs.readFileSync(resolved, 'utf8'), `JSON schema in ${file}`);
}

/** Objects with their keys sorted, at every depth, so two documents compare as data. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]));
}
