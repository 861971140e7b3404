/**
 * Page text over HTTP is computed once per page: every text assertion of a step (and of the steps
 * after it) reads the same page, and on a large page extracting it again is what made each
 * `I should see` slow. A new response computes it anew.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { HttpDriver } from '../../support/drivers/http';
import * as selectors from '../../support/drivers/http/selectors';

let server: http.Server;
let base = '';

before(async () => {
  server = http.createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><p>Page ${request.url}</p>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the page text is extracted once per response, and again for the next one', async (t) => {
  const extract = t.mock.method(selectors, 'visibleTextOf');
  const driver = new HttpDriver();
  try {
    await driver.visit(`${base}/first`);
    assert.equal((await driver.pageText()).trim(), 'Page /first');
    assert.equal((await driver.pageText()).trim(), 'Page /first');
    assert.equal(extract.mock.callCount(), 1, 'the second read uses the text of the same page');
    await driver.visit(`${base}/second`);
    assert.equal((await driver.pageText()).trim(), 'Page /second');
    assert.equal(extract.mock.callCount(), 2, 'a new page has its own text');
    await driver.reload();
    assert.equal((await driver.pageText()).trim(), 'Page /second');
    assert.equal(extract.mock.callCount(), 3, 'a reload is a new response');
  } finally {
    await driver.stop();
  }
});
