/**
 * The pages of the download cases (download-cases.ts): links and a form whose answers a browser saves
 * instead of showing, served by the conformance server (pages.ts).
 */
import type http from 'node:http';

const EXPORTS = `<!doctype html><html><head><title>Exports</title></head><body>
<h1>Exports</h1>
<a id="report" href="/exports/report">Report</a>
<a id="notes" href="/exports/notes.txt" download="my notes.txt">Notes</a>
<a id="accented" href="/exports/accented">Accented</a>
<a id="plain" href="/exports/plain.csv">Plain CSV</a>
<a id="slow" href="/exports/slow">Slow</a>
<form action="/exports/custom" method="post"><input name="who" value="Grace"><input type="submit" id="export" value="Export"></form>
</body></html>`;

export const REPORT_CSV = 'name,born\nAda,1815\n"Hopper, Grace",1906\n';

type Answer = (request: http.IncomingMessage, response: http.ServerResponse, body: Buffer) => void;

export const DOWNLOAD_ANSWERS: Readonly<Record<string, Answer>> = {
  '/exports': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(EXPORTS);
  },
  '/exports/report': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="report.csv"' });
    response.end(REPORT_CSV);
  },
  // No Content-Disposition: only the link's download attribute makes a browser save it.
  '/exports/notes.txt': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Remember the milk\n');
  },
  '/exports/accented': (_request, response) => {
    response.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="cafe.csv"; filename*=UTF-8''caf%C3%A9.csv`,
    });
    response.end('drink\ncaf\u00e9\n');
  },
  // A CSV without Content-Disposition: browsers save this type rather than show it.
  '/exports/plain.csv': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/csv' });
    response.end('a,b\n1,2\n');
  },
  // Half the file, then the rest a moment later: a browser has it as a partial download meanwhile.
  '/exports/slow': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="slow.csv"' });
    response.write(`first,half\n${'x'.repeat(64 * 1024)}\n`);
    setTimeout(() => response.end('second,half\n'), 600);
  },
  '/exports/custom': (_request, response, body) => {
    const who = new URLSearchParams(body.toString('utf8')).get('who') ?? '';
    response.writeHead(200, { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="custom.csv"' });
    response.end(`name\n${who}\n`);
  },
};
