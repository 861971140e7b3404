import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveParameters } from '../../support/config/parameters';
import type { Driver } from '../../support/drivers/driver';
import { SessionRegistry } from '../../support/session/registry';

/** Just enough of a driver to count lifecycle calls; the registry never touches anything else. */
function countingDriver(log: string[], name: string): Driver {
  let started = false;
  const driver = {
    name,
    capabilities: { javascript: false },
    isStarted: () => started,
    start: async () => { started = true; log.push(`start ${name}`); },
    reset: async () => { log.push(`reset ${name}`); },
    stop: async () => { started = false; log.push(`stop ${name}`); },
  };
  return driver as unknown as Driver;
}

function registry(log: string[]) {
  return new SessionRegistry(resolveParameters({}, {}), 'http://127.0.0.1:1', (kind) => countingDriver(log, kind));
}

test('only sessions used since the last reset are reset, and only once started', async () => {
  const log: string[] = [];
  const mink = registry(log);
  await mink.get('browser').ensureStarted();
  await mink.get('http').ensureStarted();
  await mink.resetUsed();
  assert.deepEqual(log, ['start browser', 'start http', 'reset browser', 'reset http']);

  log.length = 0;
  mink.get('http');
  await mink.resetUsed();
  await mink.resetUsed();
  assert.deepEqual(log, ['reset http'], 'the untouched browser is not reset; nothing is reset twice');
});

test('names are case-insensitive, unknown ones are refused with the known list, stopAll starts afresh', async () => {
  const log: string[] = [];
  const mink = registry(log);
  const first = mink.get('HTTP');
  assert.equal(first.name, 'http');
  assert.throws(() => mink.get('admin'), /Session "admin" is not registered\. Known sessions: http, browser\./);
  await first.ensureStarted();
  await mink.stopAll();
  assert.notEqual(mink.get('http'), first);
  assert.deepEqual(log, ['start http', 'stop http']);
});
