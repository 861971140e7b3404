/**
 * Body decoding: the charset comes from Content-Type, else (for HTML) from a BOM or a `<meta>` in the
 * first 1024 bytes, as the HTML spec's prescan does; unknown labels fall back to UTF-8.
 */

function charsetFromContentType(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return match ? match[2] : null;
}

function charsetFromBom(body: Uint8Array): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return null;
}

/** `<meta charset=x>` or `<meta http-equiv="content-type" content="…; charset=x">` near the top. */
function charsetFromMeta(body: Uint8Array): string | null {
  const head = Buffer.from(body.subarray(0, 1024)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return direct[1];
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
      const value = content ? (content[2] ?? content[3] ?? content[4]) : '';
      const fromContent = charsetFromContentType(`x;${value.replace(/^[^;]*;?/, '')}`);
      if (fromContent) return fromContent;
    }
  }
  return null;
}

interface Decoder {
  decode(body: Uint8Array): string;
}

/** Bytes 0x80–0x9F of windows-1252 (undefined ones stay as the C1 control, as browsers do). */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Browsers read latin1, ascii and windows-1252 labels all as windows-1252; Node 20's TextDecoder
 * reports that encoding but decodes 0x80–0x9F as ISO-8859-1, so those bytes are mapped here.
 */
const windows1252: Decoder = {
  decode: (body) =>
    Buffer.from(body)
      .toString('latin1')
      .replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]),
};

/**
 * Decoders by label: creating a TextDecoder opens an ICU converter, which costs more than decoding a
 * page. Only valid labels are kept, so the map stays as small as the list of encodings.
 */
const decoders = new Map<string, Decoder>();

function decoderFor(label: string | null): Decoder | null {
  if (!label) return null;
  const key = label.trim().toLowerCase();
  const known = decoders.get(key);
  if (known) return known;
  const decoder = createDecoder(key);
  if (decoder) decoders.set(key, decoder);
  return decoder;
}

function createDecoder(label: string): Decoder | null {
  try {
    const decoder = new TextDecoder(label);
    return decoder.encoding === 'windows-1252' ? windows1252 : decoder;
  } catch {
    return null;
  }
}

/**
 * The HTML spec's prescan: a `<meta>` that could be read in ASCII cannot truthfully say UTF-16, so
 * UTF-16 there means UTF-8, and x-user-defined means windows-1252.
 */
function metaDecoderFor(label: string | null): Decoder | null {
  if (label?.trim().toLowerCase() === 'x-user-defined') return windows1252;
  const decoder = decoderFor(label);
  if (decoder instanceof TextDecoder && decoder.encoding.startsWith('utf-16')) return decoderFor('utf-8');
  return decoder;
}

export function decodeBody(body: Uint8Array, contentType: string | undefined, isHtml: boolean): string {
  const decoder =
    decoderFor(charsetFromBom(body)) ??
    decoderFor(charsetFromContentType(contentType)) ??
    (isHtml ? metaDecoderFor(charsetFromMeta(body)) : null) ??
    (decoderFor('utf-8') as Decoder);
  return decoder.decode(body);
}
