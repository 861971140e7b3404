/**
 * Page text over HTTP is computed once per document: every text assertion of a step (and of the steps
 * after it) reads the same page, and on a large page extracting it again is what made each
 * `I should see` slow. A response with other text computes it anew; one with the same text shares the
 * document and its text from its second time on (support/drivers/http/recent-documents.ts).
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { HttpDriver } from '../../support/drivers/http';
import * as visibleTextModule from '../../support/selectors/visible-text';

let server: http.Server;
let base = '';

before(async () => {
  server = http.createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><p>Page ${request.url?.replace(/\?.*/, '')}</p>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the page text is extracted once per document, again for other text, not for the same text again', async (t) => {
  const extract = t.mock.method(visibleTextModule, 'visibleText');
  const driver = new HttpDriver();
  try {
    await driver.visit(`${base}/first`);
    assert.equal((await driver.pageText()).trim(), 'Page /first');
    assert.equal((await driver.pageText()).trim(), 'Page /first');
    assert.equal(extract.mock.callCount(), 1, 'the second read uses the text of the same page');
    await driver.visit(`${base}/second`);
    assert.equal((await driver.pageText()).trim(), 'Page /second');
    assert.equal(extract.mock.callCount(), 2, 'a new page has its own text');
    await driver.visit(`${base}/third`);
    assert.equal((await driver.pageText()).trim(), 'Page /third');
    assert.equal(extract.mock.callCount(), 3, 'so does the next');
    await driver.visit(`${base}/second?again`);
    assert.equal((await driver.pageText()).trim(), 'Page /second');
    assert.equal(extract.mock.callCount(), 4, 'a page served a second time is parsed again (and kept)');
    await driver.visit(`${base}/second?a-third-time`);
    assert.equal((await driver.pageText()).trim(), 'Page /second');
    assert.equal(extract.mock.callCount(), 4, 'from then on, a page served with the same text shares its text');
  } finally {
    await driver.stop();
  }
});
