/**
 * Saved session states: a real cucumber-js run of this repository's config over fixture features
 * (scenarios in file order, one process), in both drivers, and the messages of a state that cannot be used.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(__dirname, '..', '..');
const cucumberBin = path.join(root, 'node_modules', '.bin', 'cucumber-js');
const fixtures = 'test/fixtures/session-state';

function run(feature: string) {
  const reportsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-state-'));
  try {
    const result = spawnSync(cucumberBin, [`${fixtures}/${feature}`, '--require', `${fixtures}/steps.ts`, '--format', 'summary'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SHARD: '', REPORTS_DIR: reportsDir },
    });
    return { status: result.status, output: result.stdout + result.stderr };
  } finally {
    fs.rmSync(reportsDir, { recursive: true, force: true });
  }
}

test('later scenarios start from a saved state (tag or step), across drivers, and others start clean', () => {
  const result = run('reuse.feature');
  assert.equal(result.status, 0, result.output);
  assert.match(result.output, /^9 scenarios \(9 passed\)$/m, result.output);
});

test('a state that was never saved fails the scenario and says how to save it', () => {
  const result = run('missing.feature');
  assert.notEqual(result.status, 0);
  assert.match(result.output, /No session state "nobody" has been saved in this run: save it first in an earlier scenario with: When I save the session state as "nobody"\. None has been saved so far\./);
});

test('saving a session with nothing in it is refused where the mistake is', () => {
  const result = run('empty.feature');
  assert.notEqual(result.status, 0);
  assert.match(result.output, /Nothing to save as session state "empty": the http session has no cookies and no local or session storage\. Save it after the step that signs in/);
});
