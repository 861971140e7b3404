/**
 * The pages the driver conformance cases act on (as Mink's driver-testsuite web-fixtures), served
 * by a small local server together with `/submitted`, which lists what a form sent.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { SHADOW_PAGES } from './shadow-pages';
import { DOWNLOAD_ANSWERS } from './download-pages';

const FORM = `<!doctype html><html><head><title>Conformance form</title></head><body>
<form id="main" action="/submitted" method="get">
  <label for="name">Name</label><input id="name" name="name" value="initial">
  <label for="notes">Notes</label><textarea id="notes" name="notes">old notes</textarea>
  <label for="size">Size</label>
  <select id="size" name="size">
    <option value="S">Small</option><option value="L">Large</option><option>Extra&nbsp;large</option>
    <option value="XL">Extra  extra
      large</option>
  </select>
  <label for="colours">Colours</label>
  <select id="colours" name="colours" multiple><option value="red" selected>Red</option><option value="green">Green</option><option value="blue">Blue</option></select>
  <label for="agree">Agree</label><input type="checkbox" id="agree" name="agree" value="yes">
  <label for="news">News</label><input type="checkbox" id="news" name="news" checked>
  <fieldset><legend>Plan</legend>
    <input type="radio" id="plan-free" name="plan" value="free" checked><label for="plan-free">Free plan</label>
    <input type="radio" id="plan-pro" name="plan" value="pro"><label for="plan-pro">Pro plan</label>
  </fieldset>
  <label for="upload">Upload</label><input type="file" id="upload" name="upload">
  <label for="fixed">Fixed</label><input id="fixed" name="fixed" value="cannot change" readonly>
  <label for="off">Off</label><input id="off" name="off" value="disabled field" disabled>
  <fieldset disabled><legend><label for="in-legend">In legend</label><input id="in-legend" name="in-legend"></legend>
    <label for="in-fieldset">In fieldset</label><input id="in-fieldset" name="in-fieldset"></fieldset>
  <label for="tier">Tier</label>
  <select id="tier" name="tier"><option value="basic">Basic</option><optgroup label="Old" disabled><option value="gold">Gold</option></optgroup><option value="sold-out" disabled>Sold out</option></select>
  <input type="submit" id="send" name="send" value="Send">
  <button type="submit" id="never" disabled>Never</button>
</form>
<form id="other" action="/submitted" method="get">
  <input type="radio" id="other-free" name="plan" value="free"><label for="other-free">Other free</label>
  <input type="radio" id="other-pro" name="plan" value="pro" checked><label for="other-pro">Other pro</label>
</form>
<div id="plain">Not a field</div>
</body></html>`;

const UPLOAD = `<!doctype html><html><body>
<form action="/submitted" method="post" enctype="multipart/form-data">
  <label for="file">File</label><input type="file" id="file" name="file"><input type="submit" value="Upload">
</form></body></html>`;

const TEXT = `<!doctype html><html><body>
<p id="spaced">  Several
   words&nbsp;and   lines  </p>
<div id="shown">Shown text</div>
<div id="none" style="display: none">Display none text</div>
<div id="attribute" hidden>Hidden attribute text</div>
<div id="invisible" style="visibility: hidden">Visibility hidden text</div>
<script>var scriptText = 'never text';</script>
</body></html>`;

/** CSS in the dialect both drivers share: Symfony's `:contains()` among standard selectors, form state, a template. */
const CSS = `<!doctype html><html><body>
<table id="books">
  <thead><tr id="head"><th>Title</th><th>Author</th><th>Year</th><th></th></tr></thead>
  <tbody>
    <tr id="frankenstein"><td>Frankenstein</td><td>Mary Shelley</td><td>1818</td><td><a class="edit" id="edit-frankenstein" href="/edit/1">Edit</a></td></tr>
    <tr id="mathilda"><td>Mathilda</td><td>Mary Shelley</td><td>1959</td><td><a class="edit" id="edit-mathilda" href="/edit/2">Edit</a></td></tr>
    <tr id="dracula"><td>Dracula</td><td>Bram Stoker</td><td>1897</td><td><a class="edit" id="edit-dracula">Edit</a></td></tr>
  </tbody>
</table>
<form id="choices">
  <input type="checkbox" id="keep" name="keep" checked><label for="keep">Keep</label>
  <input type="checkbox" id="drop" name="drop"><label for="drop">Drop</label>
  <label for="pick">Pick</label><select id="pick" name="pick"><option id="pick-a">A</option><option id="pick-b" selected>B</option></select>
  <fieldset id="locked" disabled><input id="locked-input" name="locked"></fieldset>
  <input id="open-input" name="open">
</form>
<p id="empty"></p><p id="space"> </p>
<template><p id="templated">Frankenstein in a template</p></template>
</body></html>`;

/** Folded away: all of a closed `<details>` but its summary, and a `<dialog>` without `open`. */
const FOLDED = `<!doctype html><html><body>
<details id="closed"><summary id="summary">Summary text</summary><p id="folded">Folded text</p>Loose folded text
  <label for="folded-field">Folded field</label><input id="folded-field" name="folded-field">
  <summary id="second-summary">Second summary text</summary></details>
<details open><summary>Open summary text</summary><p id="unfolded">Unfolded text</p></details>
<details><summary id="outer-summary">Outer summary text</summary>
  <details open id="inner-open"><summary id="inner-summary">Inner summary text</summary><p id="inner">Inner text</p></details></details>
<details open><summary>Outer open text</summary>
  <details><summary id="nested-summary">Nested summary text</summary><p id="nested-folded">Nested folded text</p></details></details>
<details><p id="no-summary">No summary text</p></details>
<dialog id="dialog">Closed dialog text</dialog>
<dialog id="open-dialog" open>Open dialog text</dialog>
<details><summary>More actions</summary><button id="folded-save">Save</button></details><button id="save">Save</button>
</body></html>`;

/**
 * A modal dialog as markup says it (aria-modal="true"), over a header with a same-named button; a
 * hidden one after it, which is not open. `/modal-closed`: only dialogs that hold nothing out of reach.
 */
const MODAL_HEADER = `<header><button type="button" id="header-login">Login</button> <a id="header-help" href="/submitted?from=help">Help</a>
  <label for="search">Search</label><input id="search" name="search"></header>
<p>Behind the dialog</p>`;
const MODAL = `<!doctype html><html><body>${MODAL_HEADER}
<div id="login" role="dialog" aria-modal="true"><form action="/submitted" method="get">
  <label for="email">Email</label><input id="email" name="email">
  <button type="submit" id="dialog-login" name="via" value="dialog">Login</button></form></div>
<div id="hidden-modal" role="dialog" aria-modal="true" hidden><button type="button" id="hidden-login">Login</button></div>
</body></html>`;
const MODAL_CLOSED = `<!doctype html><html><body>${MODAL_HEADER}
<dialog id="note" open><button type="button" id="note-login">Login</button></dialog>
<div id="hidden-modal" role="dialog" aria-modal="true" hidden><button type="button" id="hidden-login">Login</button></div>
</body></html>`;

const PAGES: Readonly<Record<string, string>> = {
  '/form': FORM, '/upload': UPLOAD, '/text': TEXT, '/folded': FOLDED, '/css': CSS, '/modal': MODAL, '/modal-closed': MODAL_CLOSED,
  ...SHADOW_PAGES,
};

type Answer = (request: http.IncomingMessage, response: http.ServerResponse, body: Buffer) => void;

/**
 * Pages that answer the request: `/cached` carries an ETag and must be revalidated (a browser asks
 * with If-None-Match and gets a 304); `/api/sign-in` sets an HttpOnly cookie, `/api/me` and
 * `/api/items/…` answer with the cookies and body they received.
 */
const ANSWERS: Readonly<Record<string, Answer>> = {
  ...DOWNLOAD_ANSWERS,
  '/cached': (request, response) => {
    if (request.headers['if-none-match'] === '"v1"') {
      response.writeHead(304, { etag: '"v1"', 'cache-control': 'no-cache' }).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"', 'cache-control': 'no-cache' });
    response.end('<!doctype html><html><body><p>Cached page</p></body></html>');
  },
  '/api/sign-in': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'user=ada; Path=/; HttpOnly' });
    response.end('{"signedIn":"ada"}');
  },
  '/api/me': (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ cookies: request.headers.cookie ?? '' }));
  },
  '/api/items/one': (request, response, body) => {
    response.writeHead(request.method === 'PUT' ? 201 : 405, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ method: request.method, body: body.toString('utf8'), cookies: request.headers.cookie ?? '' }));
  },
};

const COMPRESSED = `<!doctype html><html><head><title>Compressed</title></head><body>
<p id="compressed">Read from a compressed body: caf\u00e9</p><details><summary>Closed</summary>Folded away</details>
</body></html>`;

/** `/compressed/NAME`: the page in that Content-Encoding, whatever the request asked for; an unknown coding is sent as is. */
const ENCODINGS: Readonly<Record<string, readonly [string, (page: Buffer) => Buffer]>> = {
  gzip: ['gzip', (page) => zlib.gzipSync(page)],
  deflate: ['deflate', (page) => zlib.deflateSync(page)],
  'raw-deflate': ['deflate', (page) => zlib.deflateRawSync(page)],
  br: ['br', (page) => zlib.brotliCompressSync(page)],
  unknown: ['x-unknown', (page) => page],
};

/** `name=value` lines of what the form sent (query or body); file parts as `name=@filename`. */
function submittedPage(request: http.IncomingMessage, body: Buffer): string {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const lines = [...url.searchParams].map(([name, value]) => `${name}=${value}`);
  const text = body.toString('latin1');
  for (const part of text.matchAll(/name="([^"]*)"; filename="([^"]*)"/g)) lines.push(`${part[1]}=@${part[2]}`);
  const escaped = lines.map((line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  return `<!doctype html><html><body><ul id="submitted">${escaped.map((line) => `<li>${line}</li>`).join('')}</ul></body></html>`;
}

export interface ConformanceServer {
  base: string;
  close(): Promise<void>;
}

export function startConformanceServer(): Promise<ConformanceServer> {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const encoding = path.startsWith('/compressed/') ? ENCODINGS[path.slice('/compressed/'.length)] : undefined;
      if (encoding !== undefined) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': encoding[0] });
        response.end(encoding[1](Buffer.from(COMPRESSED)));
        return;
      }
      if (ANSWERS[path]) return ANSWERS[path](request, response, Buffer.concat(chunks));
      const page = path === '/submitted' ? submittedPage(request, Buffer.concat(chunks)) : PAGES[path];
      response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page ?? '<!doctype html><p>no such page</p>');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
