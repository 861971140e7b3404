/**
 * The behat-short bench row's workload: the speed issue's shape (short scenarios of 1–7 steps, about
 * 1.7 page requests each, a few uploads and basic-auth pages), the same every time, in files of 25,
 * worded as MinkExtension's MinkContext words its steps (basic auth excepted: the Behat project's context).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadWarning } from '../../bench/rows/behat-short';
import { BEHAT_BASIC_AUTH_CONTEXT, shortFeatureText, shortRequestCount, UPLOAD_FILES_DIR, writeShortFeatures } from '../../bench/lib/short-workload';

/** MinkContext's patterns for the lines the workload uses (MinkExtension's Context/MinkContext.php). */
const MINK_CONTEXT_PATTERNS = [
  /^(?:|I )am on "(?<page>[^"]+)"$/,
  /^(?:|I )press "(?<button>(?:[^"]|\\")*)"$/,
  /^(?:|I )follow "(?<link>(?:[^"]|\\")*)"$/,
  /^(?:|I )fill in "(?<field>(?:[^"]|\\")*)" with "(?<value>(?:[^"]|\\")*)"$/,
  /^(?:|I )attach the file "(?<path>[^"]*)" to "(?<field>(?:[^"]|\\")*)"$/,
  /^the response status code should be (?<code>\d+)$/,
  /^(?:|I )should see "(?<text>(?:[^"]|\\")*)"$/,
];
const BASIC_AUTH_STEP = /^(?:|I )use basic auth with "(?<user>[^"]*)" and "(?<password>[^"]*)"$/;

function scenarios(text: string): string[][] {
  return text
    .split(/^\s+Scenario: .*$/m)
    .slice(1)
    .map((block) => block.split('\n').map((line) => line.trim()).filter((line) => line !== ''));
}

test('1 000 short scenarios: 1 to 7 steps each, 1.7 page requests a scenario, a few uploads and basic-auth pages', () => {
  const text = shortFeatureText(1, 1000);
  const all = scenarios(text);
  assert.equal(all.length, 1000);
  const sizes = all.map((steps) => steps.length);
  assert.equal(Math.min(...sizes), 1);
  assert.equal(Math.max(...sizes), 7);
  // A page request per visit, submitted form and followed link.
  const requests = all.flat().filter((line) => /^(Given|When|And) I (am on|press|follow) /.test(line)).length;
  assert.equal(requests, 1700);
  assert.equal(shortRequestCount(1000), requests);
  const uploads = all.filter((steps) => steps.some((line) => line.includes('I attach the file')));
  const auth = all.filter((steps) => steps.some((line) => line.includes('I use basic auth')));
  assert.equal(uploads.length, 50);
  assert.equal(auth.length, 50);
  assert.deepEqual(new Set(uploads.map((steps) => /"(notes-\d\.txt)"/.exec(steps[1])?.[1])), new Set(['notes-1.txt', 'notes-2.txt', 'notes-3.txt']));
  assert.equal(shortFeatureText(1, 1000), text, 'the same scenarios every run');
});

test("every generated line is worded as MinkContext's steps, basic auth as the Behat project's own context", () => {
  const lines = scenarios(shortFeatureText(1, 100)).flat().map((line) => line.replace(/^(Given|When|Then|And) /, ''));
  const unmatched = lines.filter((line) => !MINK_CONTEXT_PATTERNS.some((pattern) => pattern.test(line)) && !BASIC_AUTH_STEP.test(line));
  assert.deepEqual(unmatched, []);
  assert.ok(BEHAT_BASIC_AUTH_CONTEXT.php.includes(BASIC_AUTH_STEP.source.replace(/\?<(\w+)>/g, '?P<$1>')));
});

test('the suite is written in feature files of 25 scenarios, with the upload fixtures it names', () => {
  const dir = writeShortFeatures('test-short', 60);
  try {
    const texts = fs.readdirSync(dir).sort().map((file) => fs.readFileSync(path.join(dir, file), 'utf8'));
    assert.deepEqual(texts.map((text) => scenarios(text).length), [25, 25, 10]);
    const named = texts.join('\n').matchAll(/attach the file "([^"]+)"/g);
    for (const [, file] of named) assert.ok(fs.existsSync(path.join(UPLOAD_FILES_DIR, file)), `${file} is in ${UPLOAD_FILES_DIR}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the row warns when wall and CPU ratios disagree, as when other work slowed one side more than the other', () => {
  assert.match(loadWarning(0.97, 2.06), /2\.1× apart: the machine's load skewed the wall times; measure again on a quiet machine/);
  assert.equal(loadWarning(1.95, 2.2), '');
});
