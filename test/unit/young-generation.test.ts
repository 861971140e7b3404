/** The run's cap on V8's young generation (support/young-generation.ts). */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { userSetYoungGeneration } from '../../support/young-generation';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Loads the cap, then keeps objects alive across scavenges as a run does, yielding between batches;
 * halfway a worker thread starts and ends (a new isolate puts V8's growth factor back). Prints the
 * young generation's largest size in MB.
 */
const GROWING_RUN = `
require('./support/young-generation-cap');
const v8 = require('node:v8');
const { Worker } = require('node:worker_threads');
const newSpace = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
(async () => {
  const kept = [];
  let largest = 0;
  for (let batch = 0; batch < 160; batch++) {
    if (batch === 60) await new Promise((resolve) => new Worker('1', { eval: true }).on('exit', resolve));
    for (let i = 0; i < 20000; i++) kept.push({ batch, text: 'page ' + i });
    if (kept.length > 200000) kept.splice(0, 100000);
    largest = Math.max(largest, newSpace());
    // A few turns of the event loop, as a run has between its requests: the cap acts on Node's GC
    // notices, which arrive a turn or two after the collection.
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
  }
  process.stdout.write(String(largest / 1048576));
})();
`;

function largestYoungGenerationMb(nodeFlags: string[]): number {
  const output = execFileSync(process.execPath, [...nodeFlags, '-r', './support/typescript-hook.cjs', '-e', GROWING_RUN], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return Number(output);
}

test('a run keeps its young generation at 4 MB a semi-space, where Node would let it grow to 16, also after a worker thread', () => {
  assert.ok(largestYoungGenerationMb([]) <= 8, 'capped: both semi-spaces together at most 8 MB');
  // The same run with the user's own limit: the cap stays out of the way, and the run grows past it.
  assert.ok(largestYoungGenerationMb(['--max-semi-space-size=16']) > 8);
});

test("a young-generation option the user gave Node is left as it is, on the command line or in NODE_OPTIONS", () => {
  assert.equal(userSetYoungGeneration([], undefined), false);
  assert.equal(userSetYoungGeneration(['--max-old-space-size=4096'], '--enable-source-maps'), false);
  assert.equal(userSetYoungGeneration(['--max-semi-space-size=32'], undefined), true);
  assert.equal(userSetYoungGeneration([], '--max_semi_space_size=2'), true);
  assert.equal(userSetYoungGeneration(['--semi-space-growth-factor=2'], ''), true);
  assert.equal(userSetYoungGeneration([], '--max-new-space-size=8'), true);
  assert.equal(userSetYoungGeneration(['--max-heap-size=512'], undefined), true, 'the heap size sizes the young generation too');
});
