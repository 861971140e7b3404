import { parseBody, parseUrlEncoded, type ReceivedField, type ReceivedFile } from '../body';
import { escapeHtml, layout } from '../html';
import { sendHtml, type DemoRequest, type Section } from '../http';

/** Files up to this size that look like text are shown, so features can assert on their content. */
const SHOWN_CONTENT_LIMIT = 1024;

function fieldList(id: string, fields: ReceivedField[], empty: string): string {
  if (fields.length === 0) return `<p id="${id}">${empty}</p>`;
  const items = fields.map((field) => `  <li>${escapeHtml(field.name)} = ${escapeHtml(field.value)}</li>`);
  return `<ul id="${id}">\n${items.join('\n')}\n</ul>`;
}

function looksLikeText(file: ReceivedFile): boolean {
  return file.content.length <= SHOWN_CONTENT_LIMIT && !file.content.includes(0);
}

function fileList(files: ReceivedFile[]): string {
  if (files.length === 0) return '<p id="files">No files received</p>';
  const items = files.map((file) => {
    const summary =
      file.filename === ''
        ? `${escapeHtml(file.name)} = (no file)`
        : `${escapeHtml(file.name)} = ${escapeHtml(file.filename)} (${file.content.length} bytes, ` +
          `${escapeHtml(file.contentType || 'no content type')})`;
    const content = file.filename !== '' && looksLikeText(file)
      ? `<pre class="file-content">${escapeHtml(file.content.toString('utf8'))}</pre>`
      : '';
    return `  <li>${summary}${content}</li>`;
  });
  return `<ul id="files">\n${items.join('\n')}\n</ul>`;
}

function renderEcho(request: DemoRequest): string {
  const body = parseBody(request.headers['content-type'], request.body);
  const query = request.url.search;
  const content = `
<p id="method">Method: ${escapeHtml(request.method)}</p>
<p id="path">Path: ${escapeHtml(request.url.pathname)}</p>
<p id="query">Query string: ${query ? escapeHtml(query) : '(none)'}</p>
<p id="content-type">Content-Type: ${escapeHtml(request.headers['content-type'] ?? '(none)')}</p>
<h2>Query parameters</h2>
${fieldList('query-params', parseUrlEncoded(query), 'No query parameters')}
<h2>Fields</h2>
${fieldList('fields', body.fields, 'No fields received')}
<h2>Files</h2>
${fileList(body.files)}
`;
  return layout('Echo', content, { head: '<style>li, pre { white-space: pre-wrap; }</style>' });
}

export const echoSection: Section = {
  heading: 'Echo',
  routes: [
    { path: '/echo', title: 'Echo (shows what a form sent)', handle: (req, res) => sendHtml(res, renderEcho(req)) },
    // Other paths under /echo show that formaction and redirects reached a different URL.
    { path: /^\/echo\/.+$/, handle: (req, res) => sendHtml(res, renderEcho(req)) },
  ],
};
