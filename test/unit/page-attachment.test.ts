/** A failed scenario's last response is attached as what the server said it is (support/debugging/page-attachment.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentTypeOf, pageAttachment, responseAttachment } from '../../support/debugging/page-attachment';

test('JSON, plain text and XML answers are attached as such; HTML and anything else as the page', () => {
  assert.deepEqual(pageAttachment('application/json; charset=utf-8', false), { mediaType: 'application/json', fileName: 'page.json' });
  assert.deepEqual(pageAttachment('application/problem+json', false), { mediaType: 'application/json', fileName: 'page.json' });
  assert.deepEqual(pageAttachment('Text/Plain', false), { mediaType: 'text/plain; charset=utf-8', fileName: 'page.txt' });
  assert.deepEqual(pageAttachment('application/atom+xml', false), { mediaType: 'application/xml', fileName: 'page.xml' });
  assert.deepEqual(pageAttachment('application/xhtml+xml', false), { mediaType: 'text/html', fileName: 'page.html' });
  assert.deepEqual(pageAttachment('text/html; charset=utf-8', false), { mediaType: 'text/html', fileName: 'page.html' });
  assert.deepEqual(pageAttachment('', false), { mediaType: 'text/html', fileName: 'page.html' });
});

test("a browser's page is its document, whatever the answer's type", () => {
  assert.deepEqual(pageAttachment('application/json', true), { mediaType: 'text/html', fileName: 'page.html' });
});

test('the Content-Type header is found whatever the case of its name', () => {
  assert.equal(contentTypeOf({ 'Content-Type': ['application/json'] }), 'application/json');
  assert.equal(contentTypeOf({ 'content-type': ['text/plain'] }), 'text/plain');
  assert.equal(contentTypeOf({}), '');
});

test("an API request's answer in a browser session is attached by its own type and name", () => {
  assert.deepEqual(responseAttachment('application/json', 'api-response'), { mediaType: 'application/json', fileName: 'api-response.json' });
  assert.deepEqual(responseAttachment('text/html', 'api-response'), { mediaType: 'text/html', fileName: 'api-response.html' });
});
