/**
 * A page served again with the same text shares the document parsed for it before (from its second
 * time on: support/drivers/http/recent-documents.ts), and still behaves as a new page: what was typed
 * into it before is gone, a handle found on the earlier visit is refused, and its own fields take input.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { HttpDriver } from '../../support/drivers/http';
import { Session } from '../../support/session/session';
import { documentOf } from '../../support/drivers/http/recent-documents';
import * as named from '../../support/selectors/named';

let server: http.Server;
let base = '';

before(async () => {
  server = http.createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    // Each path its own text, so each test parses its own documents.
    response.end(
      `<!doctype html><title>${request.url}</title><form><label>Name <input name="name" value="first"></label></form>` +
        `<section id="other"><label>Name <input name="other-name"></label></section>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the same page visited again starts as served: typed text is gone and old handles are stale', async () => {
  const driver = new HttpDriver();
  try {
    await driver.visit(`${base}/form`);
    await driver.visit(`${base}/form`);
    const [earlier] = await driver.findAll({ named: 'field', locator: 'Name' });
    await driver.setValue(earlier, 'typed on the first visit');
    assert.equal(await driver.value(earlier), 'typed on the first visit');

    await driver.visit(`${base}/form`);
    const [again] = await driver.findAll({ named: 'field', locator: 'Name' });
    assert.equal(await driver.value(again), 'first', 'the field holds the value the page was served with');
    await assert.rejects(driver.value(earlier), /The page changed since this element was found/);
    await driver.setValue(again, 'typed on the second visit');
    assert.equal(await driver.value(again), 'typed on the second visit');
  } finally {
    await driver.stop();
  }
});

test('a named lookup is made once in a document, and each scope and locator has its own answer', async (t) => {
  const lookup = t.mock.method(named, 'findNamed');
  const driver = new HttpDriver();
  try {
    await driver.visit(`${base}/lookups`);
    const names = async (within?: Awaited<ReturnType<HttpDriver['findAll']>>[number]) =>
      Promise.all((await driver.findAll({ named: 'field', locator: 'Name' }, within)).map((field) => driver.attribute(field, 'name')));
    assert.deepEqual(await names(), ['name', 'other-name']);
    assert.deepEqual(await names(), ['name', 'other-name']);
    assert.equal(lookup.mock.callCount(), 1, 'the second lookup is answered from the first');
    const [section] = await driver.findAll({ css: '#other' });
    assert.deepEqual(await names(section), ['other-name'], 'a scope has its own answer');
    assert.equal((await driver.findAll({ named: 'field', locator: 'Missing' })).length, 0, 'so does another locator');
    assert.equal(lookup.mock.callCount(), 3);
    await driver.visit(`${base}/lookups`);
    assert.deepEqual(await names(), ['name', 'other-name']);
    assert.equal(lookup.mock.callCount(), 4, 'the second time a page is served, it is parsed again (and kept)');
    await driver.visit(`${base}/lookups`);
    assert.deepEqual(await names(), ['name', 'other-name']);
    assert.equal(lookup.mock.callCount(), 4, 'from then on it shares the answers of its document');
  } finally {
    await driver.stop();
  }
});

test('documents are shared by equal text only, from the second time on, and a page too large to keep is parsed each time', () => {
  const page = '<!doctype html><p>A small page</p>';
  const first = documentOf(page, false);
  const second = documentOf(page, false);
  assert.notEqual(first, second, 'a page seen once is not kept: most are never served again');
  assert.equal(documentOf(`${page}`, false), second, 'seen again, it is kept: the same text gets the same document');
  documentOf(`${page} `, false);
  assert.notEqual(documentOf(`${page} `, false), second, 'a byte more: a document of its own');
  const large = `<!doctype html><p>${'x'.repeat(40 * 1024)}</p>`;
  assert.notEqual(documentOf(large, false), documentOf(large, false));
  const xml = '<?xml version="1.0"?><feed/>';
  assert.notEqual(documentOf(xml, true), documentOf(xml, true), 'XML is not kept');
});

test('only the latest documents are kept: their text stays under a bound', () => {
  const first = '<!doctype html><p>the first of many pages</p>';
  documentOf(first, false);
  const kept = documentOf(first, false);
  assert.equal(documentOf(first, false), kept);
  // 40 pages of 8 KB: more text than is kept, so the first one has made room.
  for (let index = 0; index < 40; index++) documentOf(`<!doctype html><p>${index} ${'y'.repeat(8 * 1024)}</p>`, false);
  assert.notEqual(documentOf(first, false), kept);
});

test('an element object kept across a visit finds its element on the new page, as in a browser; a bare handle is refused', async () => {
  const driver = new HttpDriver();
  const session = new Session('http', driver, { baseUrl: base, filesPath: '.', waitTimeout: 0 });
  try {
    await session.visit('/element-objects');
    const field = session.element('named', ['field', 'Name']);
    const [handle] = await driver.findAll({ named: 'field', locator: 'Name' });
    assert.equal(await field.value(), 'first');
    await session.visit('/element-objects');
    await field.fill('written through the object');
    const [now] = await driver.findAll({ named: 'field', locator: 'Name' });
    assert.equal(await driver.value(now), 'written through the object', 'the field of the page shown took it');
    await assert.rejects(driver.value(handle), /The page changed since this element was found/);
  } finally {
    await driver.stop();
  }
});
