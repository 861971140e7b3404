/**
 * cucumber's step timeout follows the wait timeout, and what cannot fit is refused before the first
 * scenario with the limit and the fix (instead of a step cut at 60 s with cucumber's vague message).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveParameters } from '../../support/config/parameters';
import { stepTimeoutFromEnvironment } from '../../support/config/timeouts';
import { readScenarioTags } from '../../support/scenario-tags';

const sessions = { defaultSession: 'http', javascriptSession: 'browser' };

test('the step timeout is 60 s, and follows a WAIT_TIMEOUT that needs more', () => {
  assert.equal(stepTimeoutFromEnvironment({}), 60_000);
  assert.equal(stepTimeoutFromEnvironment({ WAIT_TIMEOUT: '5' }), 60_000);
  assert.equal(stepTimeoutFromEnvironment({ WAIT_TIMEOUT: '90' }), 100_000);
  assert.equal(stepTimeoutFromEnvironment({ WAIT_TIMEOUT: 'soon' }), 60_000, 'a bad value is refused by the parameters, not here');
});

test('a waitTimeout from worldParameters that a step cannot wait is refused, naming the limit and the fix', () => {
  assert.throws(
    () => resolveParameters({ waitTimeout: 90 }, {}),
    /waitTimeout \(worldParameters\) is 90 s, longer than a step may wait: cucumber stops a step after 60 s.*Use at most 50, or set it with the WAIT_TIMEOUT environment variable: the step timeout follows it\./,
  );
  assert.equal(resolveParameters({ waitTimeout: 50 }, {}).waitTimeout, 50);
  assert.equal(resolveParameters({}, { WAIT_TIMEOUT: '90' }).waitTimeout, 90);
});

test('a @wait:N tag must fit in the step timeout', () => {
  assert.equal(readScenarioTags(['@wait:50'], sessions, 60_000).waitTimeout, 50);
  assert.throws(() => readScenarioTags(['@wait:51'], sessions, 60_000), /Tag @wait:51 is 51 s, longer than a step may wait.*Use at most @wait:50/);
  assert.equal(readScenarioTags(['@wait:90'], sessions, 100_000).waitTimeout, 90);
});

test('sessionStartTimeout: 60 s by default, SESSION_START_TIMEOUT overrides it, and it must fit in the hook that starts a browser', () => {
  assert.equal(resolveParameters({}, {}).sessionStartTimeout, 60);
  assert.equal(resolveParameters({}, { SESSION_START_TIMEOUT: '5' }).sessionStartTimeout, 5);
  assert.throws(
    () => resolveParameters({ sessionStartTimeout: 200 }, {}),
    /sessionStartTimeout \(worldParameters\) is "200". Use a number of seconds above 0 and at most 90 \(a browser has 120 s to start\)/,
  );
  assert.throws(() => resolveParameters({}, { SESSION_START_TIMEOUT: '0' }), /sessionStartTimeout \(environment variable SESSION_START_TIMEOUT\) is "0"/);
});
