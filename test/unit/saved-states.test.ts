/** Saved session states in memory: expiry on restore, and the message for a state never saved. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SavedStates } from '../../support/session/saved-states';
import type { StoredCookie } from '../../support/drivers/state';

test('expired cookies are dropped on restore, and a state with nothing left has expired', () => {
  const cookie = (name: string, expires: number): StoredCookie => ({ name, value: 'v', domain: '127.0.0.1', path: '/', expires, httpOnly: false, secure: false });
  const states = new SavedStates();
  states.save('mixed', { cookies: [cookie('sid', 2000), cookie('old', 1000), cookie('tab', -1)], origins: [] }, 'http');
  assert.deepEqual(states.load('mixed', 1500).cookies.map((c) => c.name), ['sid', 'tab'], 'an expired cookie is gone, a session cookie stays');
  states.save('short', { cookies: [cookie('sid', 1000)], origins: [] }, 'browser');
  assert.throws(() => states.load('short', 1500), /Session state "short" \(saved .* from the browser session\) has expired: its cookies "sid" are past their expiry date\. Sign in and save it again\./);
  assert.throws(() => states.load('other'), /No session state "other" has been saved in this run: .* Saved so far: "mixed", "short"\./);
});
