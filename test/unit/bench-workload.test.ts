/**
 * The bench's generated workload and its Behat reference lookup: suites split into feature files
 * with every scenario exactly once, and a missing Behat named with how to assemble it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { missingBehat } from '../../bench/lib/behat';
import { writeFeature } from '../../bench/lib/workload';

test('a generated suite is split into feature files of 25 scenarios, each scenario once', () => {
  const dir = writeFeature('test-split', 60);
  try {
    const files = fs.readdirSync(dir).sort();
    assert.equal(files.length, 3);
    const texts = files.map((file) => fs.readFileSync(path.join(dir, file), 'utf8'));
    assert.deepEqual(texts.map((text) => text.match(/Scenario:/g)?.length), [25, 25, 10]);
    const numbers = texts.flatMap((text) => [...text.matchAll(/Scenario: Round trip (\d+)/g)].map((match) => Number(match[1])));
    assert.deepEqual(numbers, Array.from({ length: 60 }, (_, index) => index + 1));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('BENCH_SCENARIOS_PER_FILE=0 keeps a suite in one file; a bad value is refused with the fix', () => {
  const previous = process.env.BENCH_SCENARIOS_PER_FILE;
  try {
    process.env.BENCH_SCENARIOS_PER_FILE = '0';
    const dir = writeFeature('test-one-file', 30);
    assert.equal(fs.readdirSync(dir).length, 1);
    fs.rmSync(dir, { recursive: true, force: true });
    process.env.BENCH_SCENARIOS_PER_FILE = 'many';
    assert.throws(() => writeFeature('test-bad', 3), /BENCH_SCENARIOS_PER_FILE must be 0 \(one file\) or a positive integer, got "many"/);
  } finally {
    if (previous === undefined) delete process.env.BENCH_SCENARIOS_PER_FILE;
    else process.env.BENCH_SCENARIOS_PER_FILE = previous;
  }
});

test('without an assembled Behat the reason names where it was looked for and how to assemble it', () => {
  const previous = process.env.BEHAT_REFERENCE;
  try {
    process.env.BEHAT_REFERENCE = '/nonexistent/behat-reference';
    const reason = missingBehat() ?? '';
    assert.match(reason, /assemble\.sh MIRRORS_DIR/);
    assert.match(reason, /Behat reference not assembled at \/nonexistent\/behat-reference|PHP not installed/);
  } finally {
    if (previous === undefined) delete process.env.BEHAT_REFERENCE;
    else process.env.BEHAT_REFERENCE = previous;
  }
});
