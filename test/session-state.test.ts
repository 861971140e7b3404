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
import { SavedStates } from '../support/session/saved-states';
import type { StoredCookie } from '../support/drivers/state';

const root = path.resolve(__dirname, '..');
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

test('expired cookies are dropped on restore, and a state with nothing left has expired', () => {
  const cookie = (name: string, expires: number): StoredCookie => ({ name, value: 'v', domain: '127.0.0.1', path: '/', expires, httpOnly: false, secure: false });
  const states = new SavedStates();
  states.save('mixed', { cookies: [cookie('sid', 2000), cookie('old', 1000), cookie('tab', -1)], origins: [] }, 'http');
  assert.deepEqual(states.load('mixed', 1500).cookies.map((c) => c.name), ['sid', 'tab'], 'an expired cookie is gone, a session cookie stays');
  states.save('short', { cookies: [cookie('sid', 1000)], origins: [] }, 'browser');
  assert.throws(() => states.load('short', 1500), /Session state "short" \(saved .* from the browser session\) has expired: its cookies "sid" are past their expiry date\. Sign in and save it again\./);
  assert.throws(() => states.load('other'), /No session state "other" has been saved in this run: .* Saved so far: "mixed", "short"\./);
});
