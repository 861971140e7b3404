/**
 * The three form encodings browsers use, plus the GET rule. Pure functions over an entry list;
 * files are read only when the multipart body is built.
 */
import { readFile } from 'node:fs/promises';
import { typeOfFileName, UNKNOWN_TYPE } from '../../file-types';
import type { FormEntry } from './entry-list';

export const URLENCODED = 'application/x-www-form-urlencoded';
export const MULTIPART = 'multipart/form-data';
export const TEXT_PLAIN = 'text/plain';

/** Line breaks in names and values are sent as CRLF, whatever the page or the user typed. */
function normaliseNewlines(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

/** Name/value pairs for the non-multipart encodings: a file contributes its file name. */
function nameValuePairs(entries: readonly FormEntry[]): Array<[string, string]> {
  return entries.map((entry) => [
    normaliseNewlines(entry.name),
    normaliseNewlines(entry.kind === 'string' ? entry.value : entry.filename),
  ]);
}

export function encodeUrlencoded(entries: readonly FormEntry[]): string {
  return new URLSearchParams(nameValuePairs(entries)).toString();
}

export function encodeTextPlain(entries: readonly FormEntry[]): string {
  return nameValuePairs(entries)
    .map(([name, value]) => `${name}=${value}\r\n`)
    .join('');
}

/**
 * GET submission replaces the action's query with the form data, as browsers do (HTML spec
 * "mutate action URL"). Symfony DomCrawler merges the two instead; a page whose action carries a
 * query would then behave differently here than in a real browser, so the browser rule wins.
 */
export function actionUrlWithQuery(action: string, entries: readonly FormEntry[]): string {
  const url = new URL(action);
  const fragment = url.hash;
  url.hash = '';
  url.search = '';
  // An empty form still leaves the `?`, as in a browser's address bar.
  return `${url.href}?${encodeUrlencoded(entries)}${fragment}`;
}

function escapeMultipartName(name: string): string {
  return name.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

function newMultipartBoundary(): string {
  return `----CucumberMinkFormBoundary${Math.random().toString(16).slice(2)}${Date.now().toString(16)}`;
}

interface MultipartBody {
  readonly body: Uint8Array;
  readonly contentType: string;
}

export async function encodeMultipart(
  entries: readonly FormEntry[],
  boundary: string = newMultipartBoundary(),
  read: (path: string) => Promise<Uint8Array> = readFile,
): Promise<MultipartBody> {
  const parts: Uint8Array[] = [];
  for (const entry of entries) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeMultipartName(normaliseNewlines(entry.name))}"`;
    if (entry.kind === 'string') {
      parts.push(Buffer.from(`${head}\r\n\r\n${normaliseNewlines(entry.value)}\r\n`, 'utf8'));
      continue;
    }
    head += `; filename="${escapeMultipartName(entry.filename)}"\r\n`;
    head += `Content-Type: ${entry.path === null ? UNKNOWN_TYPE : typeOfFileName(entry.filename)}\r\n\r\n`;
    parts.push(Buffer.from(head, 'utf8'));
    if (entry.path !== null) parts.push(await read(entry.path));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `${MULTIPART}; boundary=${boundary}` };
}
