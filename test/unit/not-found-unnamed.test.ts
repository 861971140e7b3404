/**
 * A not-found message lists what the page has of the kind asked for, and counts what has no name to be
 * found by: "There are no form fields" must not be said of a page whose fields have no label. And a
 * CSS step that met the wrong element names that element, not the selector it was given.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { HttpDriver } from '../../support/drivers/http';
import { Session } from '../../support/session/session';

const PAGES: Record<string, string> = {
  // A wiki's sidebar: one search box with neither label, placeholder nor name.
  '/unnamed': `<!DOCTYPE html><title>Wiki</title><div class="sidebar"><input type="search" class="tc-popup-handle"></div>`,
  '/mixed': `<!DOCTYPE html><title>Edit</title><form>
    <label>Tags <input name="tags"></label><input class="title-editor"><textarea class="body-editor"></textarea></form>`,
  '/empty': `<!DOCTYPE html><title>Nothing</title><p>No fields here.</p>`,
  // Named only for tests: a data-testid is a name (the lookup finds it by it).
  '/test-ids': `<!DOCTYPE html><title>Icons</title><form><input type="search" data-testid="site-search"></form>`,
  // Two rich-text editors: the right kind of element, which only a browser can type into.
  '/editors': `<!DOCTYPE html><title>Notes</title><div class="note" contenteditable="true">one</div><div class="note" contenteditable="true">two</div>`,
  // A heading alone: the selector matched what it meant; nothing to say of other matches.
  '/heading': `<!DOCTYPE html><title>Wiki</title><h2 class="tc-titlebar">GettingStarted</h2>`,
  // A wiki's tiddler title shown as a heading, and its editor's title field, with the same class.
  '/same-class': `<!DOCTYPE html><title>Wiki</title><h2 class="tc-titlebar">GettingStarted</h2><input class="tc-titlebar tc-edit-texteditor">`,
};

let server: http.Server;
let base = '';

before(async () => {
  server = http.createServer((request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end(PAGES[request.url ?? ''] ?? '<p>missing</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function fillOn(page: string, locator: string, byCss = false): Promise<string> {
  const session = new Session('http', new HttpDriver(), { baseUrl: base, filesPath: '.', waitTimeout: 0 });
  await session.visit(page);
  const filling = byCss ? session.element('css', locator).fill('x') : session.fillField(locator, 'x');
  const error = await filling.then(
    () => assert.fail('the field should not be found'),
    (caught: Error) => caught,
  );
  return error.message;
}

describe('not-found messages: fields with no name', () => {
  it('a page whose only field has no name says so, and how to reach it', async () => {
    const message = await fillOn('/unnamed', 'Search');
    assert.match(message, /^Form field with [^\n]* "Search" not found\.\n1 form field on this page has no id, name, label, placeholder, aria-label or data-testid to find it by\. Such an element is found by CSS with the "element" steps/);
    assert.doesNotMatch(message, /There are no form fields/);
  });

  it('the named fields are listed and the unnamed ones counted', async () => {
    const message = await fillOn('/mixed', 'Body');
    assert.match(message, /\nThe form fields on this page: "Tags"\. 2 form fields have no id, name, label, placeholder, aria-label or data-testid to find them by\./);
  });

  it('a field named only by its data-testid is listed by it, not counted as unnamed', async () => {
    const message = await fillOn('/test-ids', 'Query');
    assert.match(message, /\nThe form fields on this page: "site-search"\.\n/);
    assert.doesNotMatch(message, /has no id/);
  });

  it('a page without fields still says there are none', async () => {
    assert.match(await fillOn('/empty', 'Search'), /\nThere are no form fields on this page\.$/m);
  });
});

describe('a CSS step that met an element of the wrong kind', () => {
  it('names the element it met and says the selector must match only the field', async () => {
    const message = await fillOn('/same-class', '.tc-titlebar', true);
    assert.equal(
      message.split('\n+--[')[0],
      'Cannot fill in element ".tc-titlebar": it is <h2.tc-titlebar "GettingStarted">, not a form field.\n' +
        '2 elements match ".tc-titlebar", and a step given CSS acts on the first visible one: write a selector that matches only the element meant.',
    );
  });

  it('says nothing of other matches when the selector matched that one element', async () => {
    const message = await fillOn('/heading', '.tc-titlebar', true);
    assert.equal(message.split('\n+--[')[0], 'Cannot fill in element ".tc-titlebar": it is <h2.tc-titlebar "GettingStarted">, not a form field.');
  });

  it('says nothing of the selector when the element is the right one and the driver the wrong one', async () => {
    const message = await fillOn('/editors', '.note', true);
    assert.match(message, /^Cannot fill in element "\.note": it is an editable element, and typing into one needs a browser: tag the scenario @javascript\./);
    assert.doesNotMatch(message, /elements match/);
  });
});
