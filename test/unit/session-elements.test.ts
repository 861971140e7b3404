/**
 * Element objects for custom steps (Mink's NodeElement): found through the Session, searched inside,
 * read and acted on, and accepted wherever the Session takes a handle. And which response the
 * response steps read after an API request, over HTTP.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { HttpDriver } from '../../support/drivers/http';
import { ElementNotFoundError } from '../../support/session/errors';
import { Session } from '../../support/session/session';

const BOOKS = `<!DOCTYPE html><title>Books</title>
<table>
  <tr class="book"><td>Dracula</td><td><a href="/books/1">Details</a></td></tr>
  <tr class="book"><td>Frankenstein</td><td><a href="/books/2">Details</a></td></tr>
</table>
<form method="post" action="/saved"><label>Title <input name="title"></label><button>Save</button></form>`;

let server: http.Server;
let base = '';

before(async () => {
  server = http.createServer((request, response) => {
    if (request.url === '/api/missing') {
      response.statusCode = 404;
      response.end('{"error":"not here"}');
      return;
    }
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      response.setHeader('content-type', 'text/html');
      if (request.url === '/books') response.end(BOOKS);
      else response.end(`<p>${request.method} ${request.url} ${body}</p>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function onBooks(): Promise<Session> {
  const session = new Session('http', new HttpDriver(), { baseUrl: base, filesPath: '.', waitTimeout: 0 });
  await session.visit('/books');
  return session;
}

describe('element objects', () => {
  it('find a row, search inside it, read it and act on it', async () => {
    const session = await onBooks();
    const rows = await session.findAll('css', 'tr.book');
    assert.deepEqual(await Promise.all(rows.map((row) => row.text())), ['Dracula Details', 'Frankenstein Details']);
    const link = await rows[1].find('named', ['link', 'Details']);
    assert.equal(await link.attribute('href'), '/books/2');
    await link.click();
    assert.equal(await session.currentUrl(), `${base}/books/2`);
  });

  it('act by name through a found element: fill and press', async () => {
    const session = await onBooks();
    const form = await session.find('css', 'form');
    await form.element('field', 'Title').fill('Carmilla');
    await (await form.find('button', 'Save')).press();
    assert.match(await session.content(), /POST \/saved title=Carmilla/);
  });

  it('typing over HTTP sets the value as filling in does, and says no key was typed', async () => {
    const session = await onBooks();
    const note = await session.typeInto('Title', 'Carmilla');
    assert.match(String(note), /^Over HTTP nothing is typed key by key: the value was set as "I fill in" sets it \(tag the scenario @javascript/);
    await (await session.find('css', 'form')).element('field', 'Title').type('Camilla');
    await session.pressButton('Save');
    assert.match(await session.content(), /POST \/saved title=Camilla/);
  });

  it('a missing element fails with what was looked for and inside what', async () => {
    const session = await onBooks();
    const row = await session.find('css', 'tr.book');
    await assert.rejects(row.find('button', 'Delete'), (error: unknown) => {
      assert.ok(error instanceof ElementNotFoundError);
      assert.match(error.message, /^Button with .* "Delete" not found inside tr "Dracula/);
      return true;
    });
    await assert.rejects(session.find('css', 'tr.author'), /Element matching css "tr\.author" not found/);
  });

  it('the handle form still works, and takes element objects too', async () => {
    const session = await onBooks();
    const handle = await session.findCss('tr.book');
    assert.equal(await session.text(handle), 'Dracula Details');
    const row = await session.find('css', 'tr.book');
    assert.equal(await session.text(row), 'Dracula Details');
    const [link] = await session.findAll({ named: 'link', locator: 'Details' }, row);
    assert.equal(await session.attribute(link, 'href'), '/books/1');
  });

  it('a selector the Session does not know is refused with the ones it does', async () => {
    const session = await onBooks();
    assert.throws(() => session.element('xpath' as 'css', '//tr'), /unknown selector; use 'css', 'named' or one of .*button/);
    assert.throws(() => session.element('named', 'Save'), /find\('named', …\) takes \[kind, locator\]/);
  });
});

describe('which response the response steps read', () => {
  it('over HTTP an API response is the page until the next page loads', async () => {
    const session = await onBooks();
    await session.sendRequest({ method: 'GET', path: '/api/missing' });
    assert.equal(await session.statusCode(), 404);
    assert.match(await session.responseContent(), /not here/);
    await session.visit('/books');
    await session.clickLink('Details');
    assert.equal(await session.statusCode(), 200);
  });
});
