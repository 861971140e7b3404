import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskUrlCredentials } from '../../support/config/mask';
import { contextLine } from '../../support/session/errors';

test('the password of a URL is masked, the user name kept so the reader knows which account', () => {
  assert.equal(maskUrlCredentials('http://user:secret@host/x?y=1'), 'http://user:***@host/x?y=1');
  // Unencoded @ in a password: everything up to the last @ of the authority is user information.
  assert.equal(maskUrlCredentials('http://user:p@ss@host/a@b'), 'http://user:***@host/a@b');
  assert.equal(maskUrlCredentials('see http://a:b@h:1/ and https://c:d@e/'), 'see http://a:***@h:1/ and https://c:***@e/');
});

test('URLs without a password, and @ after the host, are left alone', () => {
  for (const url of ['http://user@host/', 'http://host/?a=b:c@d', 'http://host/path:x@y', 'mailto:a:b@c']) {
    assert.equal(maskUrlCredentials(url), url);
  }
});

test('the context line of a failure shows the page URL with its password masked', () => {
  const line = contextLine({ url: 'http://deploy:hunter2@app.test/admin', status: 200, driver: 'browser (chrome)', excerpt: '' });
  assert.equal(line, '+--[ HTTP 200 | http://deploy:***@app.test/admin | browser (chrome) ]');
});
