/**
 * Downloads: a CSV export behind a link (Content-Disposition: attachment), a form that posts and gets
 * a file back, and a link whose `download` attribute saves a plain text file under another name.
 */
import type { ServerResponse } from 'node:http';
import { layout } from '../html';
import { parseBody } from '../body';
import { sendHtml, type Section } from '../http';

const PEOPLE: ReadonlyArray<readonly [string, string, string]> = [
  ['Ada', 'Lovelace', '1815'],
  ['Grace', 'Hopper', '1906'],
  ['Alan', 'Turing', '1912'],
];

const exportsPage = layout(
  'Exports',
  `
<p>Reports you can take away.</p>
<ul>
  <li><a href="/downloads/people.csv">People as CSV</a></li>
  <li><a href="/downloads/readme" download="readme.txt">Read me</a></li>
</ul>
<form action="/downloads/letter" method="post">
  <label for="recipient">Recipient</label><input id="recipient" name="recipient">
  <button type="submit">Download the letter</button>
</form>
`,
);

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function sendFile(response: ServerResponse, type: string, name: string, content: string): void {
  response.writeHead(200, { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"` });
  response.end(content);
}

export const downloadSection: Section = {
  heading: 'Downloads',
  routes: [
    { path: '/downloads', title: 'Exports', handle: (_req, res) => sendHtml(res, exportsPage) },
    {
      path: '/downloads/people.csv',
      handle: (_req, res) => {
        const rows = [['First name', 'Last name', 'Born'], ...PEOPLE].map((row) => row.map(csvCell).join(','));
        sendFile(res, 'text/csv; charset=utf-8', 'people.csv', `${rows.join('\r\n')}\r\n`);
      },
    },
    {
      // No Content-Disposition: the link's download attribute is what saves it.
      path: '/downloads/readme',
      handle: (_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end('The exports are made every night.\n'),
    },
    {
      path: '/downloads/letter',
      handle: (req, res) => {
        const recipient = parseBody(req.headers['content-type'], req.body).fields.find((field) => field.name === 'recipient')?.value ?? '';
        sendFile(res, 'text/plain; charset=utf-8', 'letter.txt', `Dear ${recipient || 'reader'},\nyour export is ready.\n`);
      },
    },
  ],
};
