import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { parseBody } from '../body';
import { escapeHtml, layout, script } from '../html';
import { redirect, sendHtml, sendJson, type DemoRequest, type Section } from '../http';

/**
 * A small wiki, as single-page wiki suites meet it: pages served with an ETag that the browser must
 * revalidate (so a reload or a later visit asks "If-None-Match" and gets a 304), an editor that asks
 * before it is left while a change is unsaved, and a JSON API to create pages as a scenario's
 * fixtures, recording the signed-in author (the HttpOnly cookie of /api/sign-in). Pages live in
 * memory for as long as the demo app runs: scenarios use names of their own.
 */

interface WikiPage {
  text: string;
  author: string;
}

const START: WikiPage = { text: 'Welcome to the wiki.', author: 'the demo app' };
const pages = new Map<string, WikiPage>([['start', START]]);

function pageName(request: DemoRequest): string {
  return decodeURIComponent(request.url.pathname.split('/')[request.url.pathname.startsWith('/api/') ? 3 : 2]);
}

function signedInUser(request: DemoRequest): string | null {
  const found = /(?:^|;\s*)api_user=([^;]*)/.exec(request.headers.cookie ?? '');
  return found ? decodeURIComponent(found[1]) : null;
}

function etagOf(page: WikiPage): string {
  return `"${createHash('sha1').update(`${page.author}\n${page.text}`).digest('hex').slice(0, 16)}"`;
}

/** A wiki page, revalidated on every use (no-cache + ETag): an unchanged page is answered with 304. */
function viewPage(request: DemoRequest, response: ServerResponse): void {
  const name = pageName(request);
  const page = pages.get(name);
  if (!page) return sendHtml(response, layout('No such wiki page', `<p>The wiki has no page "${escapeHtml(name)}".</p>`), 404);
  const etag = etagOf(page);
  const caching = { ETag: etag, 'Cache-Control': 'no-cache' };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, caching).end();
    return;
  }
  const body = `<p id="wiki-text">${escapeHtml(page.text)}</p>
<p id="wiki-author">Last edited by ${escapeHtml(page.author)}</p>
<p><a href="/wiki/${encodeURIComponent(name)}/edit">Edit this page</a></p>`;
  sendHtml(response, layout(`Wiki: ${name}`, body), 200, caching);
}

/** The editor: typing marks the page unsaved ("Saving…" never ends on its own), and leaving then asks first. */
function editPage(request: DemoRequest, response: ServerResponse): void {
  const name = pageName(request);
  const page = pages.get(name) ?? { text: '', author: '' };
  const body = `<form method="post" action="/wiki/${encodeURIComponent(name)}">
<p><label for="wiki-text">Text</label> <textarea id="wiki-text" name="text">${escapeHtml(page.text)}</textarea></p>
<p id="save-state">All changes saved</p>
<p><button type="submit">Save</button> <a href="/wiki/${encodeURIComponent(name)}">Cancel</a></p>
</form>
${script(`
var unsaved = false;
document.getElementById('wiki-text').addEventListener('input', function () {
  unsaved = true; document.getElementById('save-state').textContent = 'Saving…';
});
document.querySelector('form').addEventListener('submit', function () { unsaved = false; });
window.addEventListener('beforeunload', function (event) {
  if (!unsaved) return;
  event.preventDefault();
  event.returnValue = '';
});
`)}`;
  sendHtml(response, layout(`Editing wiki: ${name}`, body));
}

/** The editor's form: saved as the signed-in user, then back to the page. */
function savePage(request: DemoRequest, response: ServerResponse): void {
  const name = pageName(request);
  const text = parseBody(request.headers['content-type'], request.body).fields.find((field) => field.name === 'text')?.value ?? '';
  pages.set(name, { text, author: signedInUser(request) ?? 'anonymous' });
  redirect(response, 303, `/wiki/${encodeURIComponent(name)}`);
}

/** GET a page as JSON, or PUT `{"text": …}` to create (201) or replace (200) it. */
function pageApi(request: DemoRequest, response: ServerResponse): void {
  const name = pageName(request);
  const known = pages.get(name);
  if (request.method === 'GET') {
    if (!known) return sendJson(response, { error: `no wiki page "${name}"` }, 404);
    return sendJson(response, { name, ...known });
  }
  if (request.method !== 'PUT') return sendJson(response, { error: `${request.method} is not allowed here: GET or PUT` }, 405);
  let text: unknown;
  try {
    text = (JSON.parse(request.body.toString('utf8')) as { text?: unknown }).text;
  } catch (error) {
    return sendJson(response, { error: (error as Error).message }, 400);
  }
  if (typeof text !== 'string') return sendJson(response, { error: 'send {"text": "…"}' }, 422);
  const page = { text, author: signedInUser(request) ?? 'anonymous' };
  pages.set(name, page);
  sendJson(response, { name, ...page }, known ? 200 : 201);
}

function wikiPage(request: DemoRequest, response: ServerResponse): void {
  if (request.method === 'POST') savePage(request, response);
  else viewPage(request, response);
}

export const wikiSection: Section = {
  heading: 'Wiki (cached pages, an editor that asks before it is left, fixtures by API)',
  routes: [
    { path: '/wiki/start', title: 'Wiki start page (served with an ETag)', handle: wikiPage },
    { path: /^\/wiki\/[^/]+$/, handle: wikiPage },
    { path: /^\/wiki\/[^/]+\/edit$/, handle: editPage },
    { path: /^\/api\/wiki\/[^/]+$/, handle: pageApi },
  ],
};
