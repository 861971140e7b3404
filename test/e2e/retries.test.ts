/**
 * `--retry N`: a scenario that passes only when run again is reported as flaky in the summary and in
 * the JUnit report (and the run passes when every failure was flaky); one that keeps failing fails the run.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runCucumberProcess } from './cucumber-process';

const CONFIG = path.join('test', 'fixtures', 'flaky', 'cucumber.cjs');
const FEATURE = path.join('test', 'fixtures', 'flaky', 'flaky.feature');
const HANG_LIMIT_MS = 120_000;

test('a scenario that passes on a retry is named as flaky in the summary and in JUnit', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-retry-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const env = { FLAKY_COUNTER_DIR: dir, REPORTS_DIR: path.join(dir, 'reports') };

  const flakyOnly = await runCucumberProcess(['--config', CONFIG, '--retry', '1', `${FEATURE}:2`], env, HANG_LIMIT_MS);
  assert.equal(flakyOnly.code, 0, flakyOnly.output);
  assert.match(flakyOnly.output, /1 scenario \(1 passed\)/);
  assert.match(flakyOnly.output, /1 flaky scenario \(passed on a retry\): test\/fixtures\/flaky\/flaky\.feature:2 \(attempt 2\)/);

  const junit = fs.readFileSync(path.join(dir, 'reports', 'junit.xml'), 'utf8');
  assert.match(
    junit,
    /<testcase classname="A flaky service" name="Answers on the second call"[^>]*>\s*<flakyFailure message="the service did not answer this time" type="Error"><!\[CDATA\[Error: the service did not answer this time/,
    "JUnit: the passing test case carries the failed attempt as Surefire's <flakyFailure>",
  );
  assert.doesNotMatch(junit, /<failure/, 'and it is no failure');

  const both = await runCucumberProcess(['--config', CONFIG, '--retry', '1', FEATURE], env, HANG_LIMIT_MS);
  assert.equal(both.code, 1, 'a scenario that keeps failing fails the run');
  assert.match(both.output, /1 flaky scenario \(passed on a retry\): test\/fixtures\/flaky\/flaky\.feature:2/);
  assert.doesNotMatch(both.output, /flaky\.feature:5 \(attempt/, 'one that failed every attempt is a failure, not flaky');

  const noRetry = await runCucumberProcess(['--config', CONFIG, `${FEATURE}:2`], env, HANG_LIMIT_MS);
  assert.doesNotMatch(noRetry.output, /flaky scenario/);
});
