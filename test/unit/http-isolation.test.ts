import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { HttpDriver } from '../../support/drivers/http';

let server: ReturnType<typeof createServer>;
let base = '';
let other = '';
const driver = new HttpDriver({ userAgent: 'isolation-test' });

function setCookies(response: ServerResponse, cookies: string[]): void {
  response.writeHead(200, { 'set-cookie': cookies, 'content-type': 'text/plain' });
  response.end('cookies set');
}

/** Every route echoes the request headers unless it exists to set cookies or redirect. */
function route(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
  const past = 'Thu, 01 Jan 1970 00:00:00 GMT';
  switch (url.pathname) {
    case '/set':
      return setCookies(response, ['plain=1', 'secret=2; HttpOnly', 'secure=3; Secure', 'scoped=4; Path=/a', 'gone=5; Expires=' + past]);
    case '/set-foreign':
      return setCookies(response, ['foreign=1; Domain=example.com', 'mine=1; Domain=localhost']);
    case '/expire':
      return setCookies(response, ['plain=; Max-Age=0', 'secret=x; Expires=' + past]);
    case '/to-other':
      response.writeHead(302, { location: `${other}/a/echo` });
      response.end();
      return;
    case '/login':
      response.writeHead(303, { location: '/echo', 'set-cookie': 'session=from-hop; Path=/' });
      response.end();
      return;
    case '/to-self':
      response.writeHead(302, { location: '/a/echo' });
      response.end();
      return;
    case '/links':
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<a href="/a/echo#x">same</a><a href="${other}/a/echo">other</a>`);
      return;
    default:
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ...request.headers, port: request.socket.remotePort }));
  }
}

async function headersSeen(): Promise<Record<string, string | number | undefined>> {
  return JSON.parse(await driver.content());
}

/** The request carried no credentials: no basic auth, no scoped header, no cookie. */
function assertNoCredentials(seen: Record<string, string | number | undefined>): void {
  assert.equal(seen.authorization, undefined);
  assert.equal(seen['x-api-key'], undefined);
  assert.equal(seen.cookie, undefined);
}

before(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  other = `http://localhost:${port}`;
});

after(async () => {
  await driver.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => driver.reset());

describe('cookies', () => {
  it('follows the jar rules for path, secure, expiry and HttpOnly', async () => {
    await driver.visit(`${base}/set`);
    await driver.visit(`${base}/echo`);
    assert.equal((await headersSeen()).cookie, 'plain=1; secret=2');
    await driver.visit(`${base}/a/echo`);
    assert.equal((await headersSeen()).cookie, 'scoped=4; plain=1; secret=2');
    assert.equal(await driver.getCookie('secret', `${base}/`), '2');
    assert.equal(await driver.getCookie('secure', `${base}/`), null);
    assert.equal(await driver.getCookie('gone', `${base}/`), null);

    await driver.visit(`${base}/expire`);
    await driver.visit(`${base}/a/echo`);
    assert.equal((await headersSeen()).cookie, 'scoped=4');
  });

  it('stores cookies set by a redirect hop', async () => {
    await driver.visit(`${base}/login`);
    assert.equal(await driver.currentUrl(), `${base}/echo`);
    assert.equal((await headersSeen()).cookie, 'session=from-hop');
  });

  it('ignores cookies for a foreign domain', async () => {
    await driver.visit(`${other}/set-foreign`);
    await driver.visit(`${other}/echo`);
    assert.equal((await headersSeen()).cookie, 'mine=1');
  });

  it('sets host-only cookies through the API and deletes them with null', async () => {
    await driver.setCookie('token', 'abc', `${base}/some/page`);
    await driver.visit(`${base}/deep/path/echo`);
    assert.equal((await headersSeen()).cookie, 'token=abc');
    assert.equal(await driver.getCookie('token', `${other}/`), null);
    await driver.visit(`${base}/set`);
    await driver.setCookie('scoped', null, `${base}/a/b`);
    await driver.setCookie('plain', null, `${base}/`);
    await driver.visit(`${base}/a/echo`);
    assert.equal((await headersSeen()).cookie, 'token=abc; secret=2');
  });
});

describe('nothing crosses origins', () => {
  beforeEach(async () => {
    await driver.setBasicAuth({ user: 'ann', password: 'pw' }, `${base}/`);
    await driver.setRequestHeader('X-Api-Key', 'k1', `${base}/`);
    await driver.setCookie('session', 's1', `${base}/`);
  });

  it('sends auth, headers and cookies to their own origin only', async () => {
    await driver.visit(`${base}/echo`);
    const own = await headersSeen();
    assert.equal(own.authorization, `Basic ${Buffer.from('ann:pw').toString('base64')}`);
    assert.equal(own['x-api-key'], 'k1');
    assert.equal(own.cookie, 'session=s1');
    assert.equal(own['user-agent'], 'isolation-test');

    await driver.visit(`${other}/echo`);
    const foreign = await headersSeen();
    assertNoCredentials(foreign);
  });

  it('drops them on a redirect to another origin, keeps them on a same-origin redirect', async () => {
    await driver.visit(`${base}/to-other`);
    assert.equal(await driver.currentUrl(), `${other}/a/echo`);
    const foreign = await headersSeen();
    assertNoCredentials(foreign);

    await driver.visit(`${base}/to-self`);
    const own = await headersSeen();
    assert.equal(own['x-api-key'], 'k1');
    assert.ok(own.authorization);
  });

  it('sends only the origin as Referer to another origin, the full URL to the same origin', async () => {
    await driver.visit(`${base}/links`);
    const [same, foreign] = await driver.findAll({ css: 'a' });
    await driver.click(same);
    assert.equal((await headersSeen()).referer, `${base}/links`);
    await driver.back();
    const [, foreignAgain] = await driver.findAll({ css: 'a' });
    assert.notEqual(foreignAgain, foreign);
    await driver.click(foreignAgain);
    const seen = await headersSeen();
    assert.equal(seen.referer, `${base}/`);
    assert.equal(seen.authorization, undefined);
  });

  it('forgets auth, headers and cookies on reset', async () => {
    await driver.reset();
    await driver.visit(`${base}/echo`);
    const seen = await headersSeen();
    assertNoCredentials(seen);
  });

  it('clears credentials with null', async () => {
    await driver.setBasicAuth(null, `${base}/`);
    await driver.visit(`${base}/echo`);
    assert.equal((await headersSeen()).authorization, undefined);
  });
});

describe('connections', () => {
  it('reuses one keep-alive connection across requests', async () => {
    await driver.visit(`${base}/echo`);
    const first = (await headersSeen()).port;
    await driver.visit(`${base}/echo`);
    assert.equal((await headersSeen()).port, first);
  });
});

describe('credentials in a URL', () => {
  it('stay with that origin for later requests, as in a browser, and never reach another origin', async () => {
    const withCredentials = base.replace('http://', 'http://ada:s%3Acret@');
    await driver.visit(`${withCredentials}/echo`);
    const expected = `Basic ${Buffer.from('ada:s:cret').toString('base64')}`;
    assert.equal((await headersSeen()).authorization, expected);
    assert.equal(await driver.currentUrl(), `${base}/echo`, 'the credentials are not kept in the URL');
    await driver.reload();
    assert.equal((await headersSeen()).authorization, expected, 'reload keeps them');
    await driver.visit(`${base}/links`);
    const [sameOrigin] = await driver.findAll({ css: 'a' });
    await driver.click(sameOrigin);
    assert.equal((await headersSeen()).authorization, expected, 'a same-origin link keeps them');
    await driver.visit(`${other}/echo`);
    assert.equal((await headersSeen()).authorization, undefined, 'another origin never gets them');
  });
});
