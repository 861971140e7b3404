/**
 * Input that would corrupt a request or stall the driver: cookie and header text a step sets,
 * pages nested far deeper than any real one, and a `<meta>` that claims UTF-16.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { HttpDriver } from '../../support/drivers/http';
import * as describing from '../../support/drivers/http/describe';
import { Session } from '../../support/session/session';

let server: http.Server;
let base = '';
const pages: Record<string, Buffer | string> = {};

before(async () => {
  server = http.createServer((request, response) => {
    if (request.url === '/echo') {
      response.setHeader('content-type', 'text/plain');
      response.end(`cookie: ${request.headers.cookie ?? ''}`);
      return;
    }
    response.setHeader('content-type', 'text/html');
    response.end(pages[request.url ?? ''] ?? '<p>next page</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

function newSession(): Session {
  return new Session('http', new HttpDriver(), { baseUrl: base, filesPath: '.', waitTimeout: 0 });
}

describe('cookies and headers a step sets', () => {
  it('a cookie value with a semicolon is refused at the step, naming the character, and no cookie is sent', async () => {
    const session = newSession();
    await assert.rejects(session.setCookie('c', 'ok; other=evil'), /Cookie value "ok; other=evil" contains a semicolon at position 3.*RFC 6265/);
    await session.visit('/echo');
    assert.equal(await session.driver.pageText(), 'cookie: ');
    await session.driver.stop();
  });

  it('CR or LF in a header value, and a space in a header or cookie name, are refused at the step', async () => {
    const session = newSession();
    await assert.rejects(session.setRequestHeader('X-Note', 'a\r\nX-Evil: 1'), /Header value "a\\r\\nX-Evil: 1" contains a carriage return \(CR\) at position 2.*RFC 9110/);
    await assert.rejects(session.setRequestHeader('X Note', 'a'), /Header name "X Note" contains a space at position 2/);
    await assert.rejects(session.setCookie('my cookie', 'a'), /Cookie name "my cookie" contains a space at position 3/);
    await session.driver.stop();
  });

  it('ordinary values, a quoted cookie value and a header with Latin-1 text pass', async () => {
    const session = newSession();
    await session.setCookie('flavour', '"vanilla"');
    await session.setRequestHeader('X-Note', 'café, tab\tok');
    await session.visit('/echo');
    assert.equal(await session.driver.pageText(), 'cookie: flavour="vanilla"');
    await session.driver.stop();
  });
});

describe('a page nested 100 000 elements deep', () => {
  it('is read and its link followed without overflowing the call stack', async () => {
    const depth = 100_000;
    pages['/deep'] = `<!doctype html><body><a href="/next">Next</a>${'<span>'.repeat(depth)}deep text${'</span>'.repeat(depth)}</body>`;
    const session = newSession();
    await session.visit('/deep');
    assert.match(await session.driver.pageText(), /deep text/);
    await session.clickLink('Next');
    assert.equal(await session.currentUrl(), `${base}/next`);
    await session.driver.stop();
  });

  // It took over two minutes: parsing it was quadratic (see http-markup.test.ts) and so was finding its
  // elements, which described each one by its whole text.
  it('of <div>s is read and its elements found', async () => {
    const depth = 100_000;
    pages['/deep-divs'] = `<!doctype html><body>${'<div>'.repeat(depth)}<p>deep text${'</div>'.repeat(depth)}<p>after</p></body>`;
    const session = newSession();
    await session.visit('/deep-divs');
    assert.match(await session.driver.pageText(), /deep text\s+after/);
    assert.equal((await session.findAll({ css: 'div' })).length, depth);
    await session.driver.stop();
  });
});

describe('element handles over HTTP', () => {
  // A description reads the element's whole text: writing one for every element found made finding
  // nested elements quadratic (the <div> page above took over two minutes).
  it('are described only when a message asks, and once', async (t) => {
    const describe = t.mock.method(describing, 'describeElement');
    pages['/list'] = `<!doctype html><ul>${'<li>item</li>'.repeat(50)}</ul>`;
    const session = newSession();
    await session.visit('/list');
    const items = await session.findAll({ css: 'li' });
    assert.equal(items.length, 50);
    assert.equal(describe.mock.callCount(), 0, 'finding elements writes no description');
    assert.equal(items[0].description, 'li "item"');
    assert.equal(items[0].description, 'li "item"');
    assert.equal(describe.mock.callCount(), 1, 'a description is written once, when read');
    await session.driver.stop();
  });
});

describe('charset from <meta>', () => {
  it('a page whose <meta> says UTF-16 is read as UTF-8, as the HTML spec requires', async () => {
    pages['/utf16-meta'] = Buffer.from('<!doctype html><meta charset="utf-16"><p>café ✓</p>', 'utf8');
    const session = newSession();
    await session.visit('/utf16-meta');
    assert.match(await session.driver.pageText(), /café ✓/);
    await session.driver.stop();
  });
});
