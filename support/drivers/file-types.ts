/**
 * A file's type when only its name is known, as a browser guesses it: a downloaded file (a browser
 * saves the bytes, not the Content-Type) and a file a form uploads. The common types by extension,
 * else binary data.
 */
const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  ics: 'text/calendar',
  json: 'application/json',
  xml: 'application/xml',
  pdf: 'application/pdf',
  zip: 'application/zip',
  gz: 'application/gzip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  webp: 'image/webp',
};

export const UNKNOWN_TYPE = 'application/octet-stream';

export function typeOfFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return UNKNOWN_TYPE;
  return TYPES_BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? UNKNOWN_TYPE;
}
