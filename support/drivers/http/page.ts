/**
 * One response as a document: decoded once, parsed once (lazily, on first use) and reused until the
 * next response, with the user's form state beside it.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import type { HttpResponse } from './client';
import { decodeBody } from './charset';
import { cheerioDocumentRoot } from '../../selectors/named';
import { attr, descendantElements, tagName } from './dom';
import { FormState } from './forms/state';
import { serializeNodes } from './markup';
import { documentOf, type ParsedDocument } from './recent-documents';
import { resolveUrl } from './url';

/** `other`: text that is not markup (JSON, plain text); `binary`: an image, archive, font … */
type DocumentKind = 'html' | 'xml' | 'other' | 'binary';

const BINARY_TYPES = /^(image|audio|video|font|model)\/|^application\/(octet-stream|pdf|zip|gzip|x-gzip|x-tar|x-7z-compressed|vnd\.|wasm|x-protobuf|protobuf|msword)/;

/** The MIME sniffing spec's "binary data bytes": no text format contains them. */
function looksBinary(body: Uint8Array): boolean {
  const end = Math.min(body.length, 512);
  for (let i = 0; i < end; i++) {
    const byte = body[i];
    if (byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f)) return true;
  }
  return false;
}

function documentKind(mime: string, body: Uint8Array): DocumentKind {
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'application/xml' || mime === 'text/xml' || mime.endsWith('+xml')) return 'xml';
  if (BINARY_TYPES.test(mime)) return 'binary';
  if (mime !== '') return mime.startsWith('text/') || !looksBinary(body) ? 'other' : 'binary';
  // No Content-Type: sniff as browsers do for the common case of markup.
  const start = Buffer.from(body.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  return looksBinary(body) ? 'binary' : 'other';
}

export class Page {
  /** The document URL; fragment navigation changes it without a new Page. */
  url: string;
  readonly status: number;
  readonly headers: Record<string, string[]>;
  /** The decoded body; empty for a binary response, which nothing reads as text. */
  readonly content: string;
  readonly kind: DocumentKind;
  /** The Content-Type's MIME type, lower-cased without parameters ('' when absent). */
  readonly mediaType: string;
  readonly byteLength: number;
  readonly forms = new FormState();
  private parsed: ParsedDocument | null = null;
  private baseHref: string | null | undefined;

  constructor(response: HttpResponse) {
    this.url = response.url;
    this.status = response.status;
    this.headers = response.headers;
    const contentType = response.headers['content-type']?.[0];
    this.mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
    this.byteLength = response.body.length;
    this.kind = documentKind(this.mediaType, response.body);
    this.content = this.kind === 'binary' ? '' : decodeBody(response.body, contentType, this.kind === 'html');
  }

  get isMarkup(): boolean {
    return this.kind !== 'other';
  }

  /** The parsed document and what was read from it, parsed on first use (shared by pages served alike). */
  get document(): ParsedDocument {
    this.parsed ??= documentOf(this.content, this.kind === 'xml');
    return this.parsed;
  }

  /** The parsed document's tree (domhandler's Document node). */
  get root(): Document {
    return this.document.root;
  }

  /** The markup inside `node` (innerHTML), written as this page's parser reads it. */
  innerHtml(node: AnyNode): string {
    return 'children' in node ? serializeNodes(node.children as AnyNode[], this.kind === 'xml') : '';
  }

  /** The root the named selectors search from (`<html>`, or the Document for a bare XML tree). */
  get documentElement(): Element {
    return cheerioDocumentRoot(this.root);
  }

  /** Where relative links and actions resolve: the first `<base href>`, else the document URL. */
  get baseUrl(): string {
    if (this.baseHref === undefined) {
      const base = this.isMarkup
        ? descendantElements(this.root).find((element) => tagName(element) === 'base' && attr(element, 'href') !== null)
        : undefined;
      this.baseHref = base ? attr(base, 'href') : null;
    }
    if (this.baseHref === null) return this.url;
    try {
      return resolveUrl(this.baseHref, this.url);
    } catch {
      return this.url;
    }
  }
}
