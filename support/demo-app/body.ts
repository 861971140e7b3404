/** Request bodies as the echo page reports them: every pair in the order it was sent. */
export interface ReceivedField {
  readonly name: string;
  readonly value: string;
}

export interface ReceivedFile {
  readonly name: string;
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
}

interface ParsedBody {
  readonly fields: ReceivedField[];
  readonly files: ReceivedFile[];
}

export function parseUrlEncoded(text: string): ReceivedField[] {
  return [...new URLSearchParams(text)].map(([name, value]) => ({ name, value }));
}

export function parseBody(contentType: string | undefined, body: Buffer): ParsedBody {
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
    if (boundary) return parseMultipart(body, boundary[1] ?? boundary[2]);
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return { fields: parseUrlEncoded(body.toString('utf8')), files: [] };
  }
  return { fields: [], files: [] };
}

/** RFC 7578, enough of it for what browsers and form drivers send. */
function parseMultipart(body: Buffer, boundary: string): ParsedBody {
  const fields: ReceivedField[] = [];
  const files: ReceivedFile[] = [];
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, partStart);
    if (next === -1) break;
    // A part sits between the CRLF after the delimiter and the CRLF before the next one.
    const part = body.subarray(partStart + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const content = part.subarray(headerEnd + 4);
      const disposition = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? '';
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '';
      const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
      if (filename === undefined) {
        fields.push({ name, value: content.toString('utf8') });
      } else {
        const contentType = /^content-type:\s*(.*)$/im.exec(headers)?.[1]?.trim() ?? '';
        files.push({ name, filename, contentType, content: Buffer.from(content) });
      }
    }
    start = next;
  }
  return { fields, files };
}
