/**
 * The HTTP driver decides "hidden" by one markup rule: an element whose text is not page text is not
 * visible, and the reverse; `visibility: hidden` included. Named lookups prefer what it calls visible.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import { HttpDriver } from '../../support/drivers/http';
import { normalizeWhitespace } from '../../support/session/text';
import { HIDDEN_NESS_EXPECTED, HIDDEN_NESS_PAGE } from '../fixtures/hidden-ness';

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(HIDDEN_NESS_PAGE);
});
const driver = new HttpDriver();
let page = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  page = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  await driver.start();
});

after(async () => {
  await driver.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

it('calls an element visible exactly when its text is page text (visibility:hidden is neither)', async () => {
  await driver.visit(page);
  const pageText = normalizeWhitespace(await driver.pageText());
  for (const [id, text, visible] of HIDDEN_NESS_EXPECTED) {
    const [element] = await driver.findAll({ css: `#${id}` });
    assert.equal(await driver.isVisible(element), visible, `#${id} visible`);
    assert.equal(pageText.includes(text), visible, `"${text}" in the page text`);
  }
});

it('finds the visible twin before a visibility:hidden one', async () => {
  await driver.visit(page);
  const [first] = await driver.findAll({ named: 'button', locator: 'Save' });
  assert.equal(await driver.attribute(first, 'id'), 'save');
});
