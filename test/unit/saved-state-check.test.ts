/**
 * A saved sign-in that outlived the server's session: restored, it proves itself against the check
 * page, and a dead one signs in again instead of letting later steps fail for no visible reason.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { HttpDriver } from '../../support/drivers/http';
import { Session } from '../../support/session/session';

const liveSessions = new Set<string>();
let issued = 0;
let server: http.Server;
let base = '';

before(async () => {
  server = http.createServer((request, response) => {
    response.setHeader('content-type', 'text/html');
    if (request.url === '/sign-in') {
      const id = `s${++issued}`;
      liveSessions.add(id);
      response.setHeader('set-cookie', `session=${id}; Path=/`);
      response.end('<p>Welcome</p>');
      return;
    }
    const id = /session=(\w+)/.exec(request.headers.cookie ?? '')?.[1];
    response.end(id && liveSessions.has(id) ? '<p>Signed in</p>' : '<p>Please sign in</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

test('a restored state that no longer signs in signs in again, and one that does is used as it is', async () => {
  const session = new Session('http', new HttpDriver(), { baseUrl: base, filesPath: '.', waitTimeout: 0 });
  let signIns = 0;
  const signIn = async () => {
    signIns++;
    await session.visit('/sign-in');
  };
  const check = { visit: '/account', text: 'Signed in' };

  await session.useSavedState('checked', signIn, check);
  assert.equal(signIns, 1, 'nothing saved yet: signs in');

  await session.reset();
  await session.useSavedState('checked', signIn, check);
  assert.equal(signIns, 1, 'the saved state still signs in: used as it is');
  assert.match(await session.content(), /Signed in/);

  liveSessions.clear(); // the server forgot every session (a sign-out, a restart)
  await session.reset();
  await session.useSavedState('checked', signIn, check);
  assert.equal(signIns, 2, 'the saved state was dead: signed in again');
  await session.visit('/account');
  assert.match(await session.content(), /Signed in/);

  liveSessions.clear();
  await session.reset();
  await session.useSavedState('checked', signIn);
  await session.visit('/account');
  assert.match(await session.content(), /Please sign in/, 'without a check, a dead state restores silently: the pitfall the check avoids');
});
