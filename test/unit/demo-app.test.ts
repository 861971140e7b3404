import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemoApp, type DemoApp } from '../../support/demo-app';

describe('demo app', () => {
  let app: DemoApp;
  before(async () => {
    app = await startDemoApp();
  });
  after(() => app.close());

  const get = (path: string, init?: RequestInit) => fetch(`${app.url}${path}`, { redirect: 'manual', ...init });

  it('listens on a free port of 127.0.0.1', () => {
    assert.match(app.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(app.port > 0);
  });

  it('serves an index titled "cucumber-mink demo" that links to the pages', async () => {
    const response = await get('/');
    const html = await response.text();
    assert.equal(response.status, 200);
    assert.match(html, /<title>cucumber-mink demo<\/title>/);
    for (const path of ['/forms/text', '/redirects', '/cookies', '/auth/basic', '/api/user.json', '/async/dialogs']) {
      assert.ok(html.includes(`href="${path}"`), `index links to ${path}`);
    }
  });

  it('echoes an urlencoded POST: method, query, content type and fields in order', async () => {
    const response = await get('/echo?page=2', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'name=Ada+Lovelace&tags%5B%5D=a&tags%5B%5D=b&empty=',
    });
    const html = await response.text();
    assert.match(html, /Method: POST/);
    assert.match(html, /Query string: \?page=2/);
    assert.match(html, /<li>page = 2<\/li>/);
    assert.match(html, /Content-Type: application\/x-www-form-urlencoded/);
    assert.match(html, /<li>name = Ada Lovelace<\/li>\s*<li>tags\[\] = a<\/li>\s*<li>tags\[\] = b<\/li>\s*<li>empty = <\/li>/);
  });

  it('echoes a multipart POST with a small text file and its content', async () => {
    const form = new FormData();
    form.append('description', 'My avatar');
    form.append('avatar', new Blob(['hello <file>'], { type: 'text/plain' }), 'hello.txt');
    const html = await (await get('/echo', { method: 'POST', body: form })).text();
    assert.match(html, /Content-Type: multipart\/form-data; boundary=/);
    assert.match(html, /<li>description = My avatar<\/li>/);
    assert.match(html, /avatar = hello.txt \(12 bytes, text\/plain\)/);
    assert.match(html, /<pre class="file-content">hello &lt;file&gt;<\/pre>/);
  });

  it('reports an empty file input as "(no file)"', async () => {
    // Written by hand: fetch's FormData drops an empty filename, which browsers send as filename="".
    const body =
      '--XYZ\r\nContent-Disposition: form-data; name="avatar"; filename=""\r\n' +
      'Content-Type: application/octet-stream\r\n\r\n\r\n--XYZ--\r\n';
    const headers = { 'Content-Type': 'multipart/form-data; boundary=XYZ' };
    const html = await (await get('/echo', { method: 'POST', body, headers })).text();
    assert.match(html, /avatar = \(no file\)/);
  });

  for (const code of [301, 302, 303, 307, 308]) {
    it(`answers /redirect/${code} with ${code} to /echo?from=${code}`, async () => {
      const response = await get(`/redirect/${code}`, { method: 'POST', body: 'note=x' });
      assert.equal(response.status, code);
      assert.equal(response.headers.get('location'), `/echo?from=${code}`);
    });
  }

  it('redirects a chain to /redirect/done and loops between two addresses', async () => {
    assert.equal((await get('/redirect/chain/3')).headers.get('location'), '/redirect/chain/2');
    assert.equal((await get('/redirect/chain/1')).headers.get('location'), '/redirect/done');
    assert.equal((await get('/redirect/loop')).headers.get('location'), '/redirect/loop-back');
    assert.equal((await get('/redirect/loop-back')).headers.get('location'), '/redirect/loop');
  });

  it('redirects to the other loopback host on the same port', async () => {
    const location = (await get('/redirect/other-host?to=/headers')).headers.get('location');
    assert.equal(location, `http://localhost:${app.port}/headers`);
    const back = await fetch(`http://localhost:${app.port}/redirect/other-host`, { redirect: 'manual' });
    assert.equal(back.headers.get('location'), `http://127.0.0.1:${app.port}/cookies/read`);
  });

  it('protects /auth/basic with admin / secret', async () => {
    const anonymous = await get('/auth/basic');
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.headers.get('www-authenticate'), 'Basic realm="cucumber-mink demo"');
    const wrong = await get('/auth/basic', { headers: { Authorization: `Basic ${btoa('admin:wrong')}` } });
    assert.equal(wrong.status, 401);
    const right = await get('/auth/basic', { headers: { Authorization: `Basic ${btoa('admin:secret')}` } });
    assert.equal(right.status, 200);
    assert.match(await right.text(), /Welcome, admin/);
  });

  it('sets cookies with attributes and shows the received Cookie header', async () => {
    const set = await get('/cookies/set?name=flavour&value=vanilla&httponly=1');
    assert.equal(set.headers.get('set-cookie'), 'flavour=vanilla; Path=/; HttpOnly');
    const restricted = await get('/cookies/set-restricted');
    assert.equal(restricted.headers.get('set-cookie'), 'area=private; Path=/cookies/private');
    const read = await (await get('/cookies/read', { headers: { Cookie: 'a=1; b=2' } })).text();
    assert.match(read, /Cookie header: a=1; b=2/);
    assert.match(read, /<li>a = 1<\/li>\s*<li>b = 2<\/li>/);
    assert.match(await (await get('/cookies/read')).text(), /No cookies received/);
  });

  it('shows request headers and sends custom response headers', async () => {
    const headers = await (await get('/headers', { headers: { 'X-Custom': 'yes' } })).text();
    assert.match(headers, /<li>x-custom: yes<\/li>/);
    const response = await get('/response-headers');
    assert.equal(response.headers.get('x-demo'), 'hello from the demo app');
    assert.equal(response.headers.get('x-demo-multi'), 'first, second');
  });

  it('serves ISO-8859-1 bytes, JSON, plain text and error statuses', async () => {
    const latin1 = await get('/charset/iso-8859-1');
    assert.equal(latin1.headers.get('content-type'), 'text/html; charset=ISO-8859-1');
    const bytes = Buffer.from(await latin1.arrayBuffer());
    assert.ok(bytes.includes(Buffer.from([0x63, 0x61, 0x66, 0xe9])), 'café in ISO-8859-1');
    const meta = await get('/charset/meta');
    assert.equal(meta.headers.get('content-type'), 'text/html');
    assert.match(Buffer.from(await meta.arrayBuffer()).toString('latin1'), /<meta charset="ISO-8859-1">/);

    const json = await get('/api/user.json');
    assert.match(json.headers.get('content-type') ?? '', /^application\/json/);
    const document = (await json.json()) as { user: { name: string; roles: string[] }; items: { id: number }[] };
    assert.equal(document.user.name, 'Ada Lovelace');
    assert.deepEqual(document.user.roles, ['admin', 'editor']);
    assert.equal(document.items[1].id, 2);

    const text = await get('/text');
    assert.equal(text.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal((await get('/error')).status, 500);
    assert.equal((await get('/no/such/page')).status, 404);
    assert.equal((await get('/status/418')).status, 418);
  });

  it('serves every form page and every titled index link with status 200', async () => {
    const html = await (await get('/')).text();
    const paths = [...html.matchAll(/href="(\/[^"]*)"/g)].map((match) => match[1]);
    assert.ok(paths.length > 30);
    for (const path of paths) {
      const response = await get(path);
      const expected = path === '/auth/basic' ? 401 : path === '/error' ? 500 : path === '/missing' ? 404 : 200;
      const redirects = path.startsWith('/redirect/') ? [301, 302, 303, 307, 308] : [];
      assert.ok(response.status === expected || redirects.includes(response.status), `${path}: ${response.status}`);
      await response.arrayBuffer();
    }
  });
});
