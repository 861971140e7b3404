/**
 * The Content-Disposition response header as browsers read it (RFC 6266, with RFC 8187's `filename*`):
 * whether the response is to be saved rather than shown, and under which name. No library for it is
 * among the dependencies, and the grammar is small.
 */

export interface ContentDisposition {
  /** `attachment`, `inline` …, lower-cased. */
  readonly type: string;
  /** `filename*` when it decodes, else `filename`; only its last path segment; null when absent. */
  readonly filename: string | null;
}

/** One parameter: a name, then a quoted string (with `\` escapes) or a bare value up to the next `;`. */
const PARAMETER = /;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
/** RFC 8187 ext-value: charset'language'percent-encoded bytes. */
const EXT_VALUE = /^([A-Za-z0-9!#$&+^`{}~_-]+)'[^']*'(.*)$/;

export function parseContentDisposition(header: string): ContentDisposition {
  const type = header.split(';')[0].trim().toLowerCase();
  let plain: string | null = null;
  let extended: string | null = null;
  for (const [, rawName, rawValue] of header.matchAll(PARAMETER)) {
    const name = rawName.toLowerCase();
    const value = rawValue.trim();
    if (name === 'filename*') extended = decodeExtValue(value) ?? extended;
    else if (name === 'filename') plain = value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
  }
  const filename = lastSegment(extended ?? plain);
  return { type, filename };
}

/** RFC 6266 §4.2: an unknown disposition type is handled as `attachment`; only `inline` is shown. */
export function isAttachment(disposition: ContentDisposition): boolean {
  return disposition.type !== 'inline' && disposition.type !== '';
}

function decodeExtValue(value: string): string | null {
  const match = EXT_VALUE.exec(value);
  if (match === null) return null;
  const charset = match[1].toLowerCase();
  try {
    if (charset === 'utf-8') return decodeURIComponent(match[2]);
    if (charset === 'iso-8859-1') return Buffer.from(percentDecodedBytes(match[2])).toString('latin1');
  } catch {
    // Malformed percent-encoding: the plain `filename` stands.
  }
  return null;
}

function percentDecodedBytes(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '%' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i) & 0xff);
    }
  }
  return bytes;
}

/** A server never chooses the folder: a name with a path keeps its last segment, as browsers save it. */
export function lastSegment(name: string | null): string | null {
  if (name === null) return null;
  const segment = name.split(/[/\\]/).pop()?.trim() ?? '';
  return segment === '' || segment === '.' || segment === '..' ? null : segment;
}
