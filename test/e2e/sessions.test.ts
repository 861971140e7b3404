import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

test('tags choose the session, sessions are reused and reset between scenarios, @insulated starts afresh, user hooks run after the reset', () => {
  const run = spawnSync(
    path.join(root, 'node_modules', '.bin', 'cucumber-js'),
    ['--config', path.join('test', 'fixtures', 'sessions', 'cucumber.cjs')],
    { cwd: root, encoding: 'utf8' },
  );
  const output = run.stdout + run.stderr;
  assert.equal(run.status, 0, output);
  assert.match(output, /^10 scenarios \(10 passed\)$/m, output);
});
