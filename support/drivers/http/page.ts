/**
 * One response as a document: decoded once, parsed once (lazily, on first use) and reused until the
 * next response, with the user's form state beside it.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { HttpResponse } from './client';
import { decodeBody } from './charset';
import { cheerioDocumentRoot } from '../../selectors/named';
import { attr, descendantElements, tagName } from './dom';
import { FormState } from './forms/state';
import { resolveUrl } from './url';

type DocumentKind = 'html' | 'xml' | 'other';

function documentKind(contentType: string | undefined, body: Uint8Array): DocumentKind {
  const mime = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'application/xml' || mime === 'text/xml' || mime.endsWith('+xml')) return 'xml';
  if (mime !== '') return 'other';
  // No Content-Type: sniff as browsers do for the common case of markup.
  const start = Buffer.from(body.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') ? 'html' : 'other';
}

export class Page {
  /** The document URL; fragment navigation changes it without a new Page. */
  url: string;
  readonly status: number;
  readonly headers: Record<string, string[]>;
  readonly content: string;
  readonly kind: DocumentKind;
  readonly forms = new FormState();
  private parsed: cheerio.CheerioAPI | null = null;
  private baseHref: string | null | undefined;

  constructor(response: HttpResponse) {
    this.url = response.url;
    this.status = response.status;
    this.headers = response.headers;
    const contentType = response.headers['content-type']?.[0];
    this.kind = documentKind(contentType, response.body);
    this.content = decodeBody(response.body, contentType, this.kind === 'html');
  }

  get isMarkup(): boolean {
    return this.kind !== 'other';
  }

  get $(): cheerio.CheerioAPI {
    // Parsed as by a browser with scripting off, so `<noscript>` content is markup, not raw text.
    this.parsed ??= cheerio.load(this.content, this.kind === 'xml' ? { xml: true } : { scriptingEnabled: false });
    return this.parsed;
  }

  /** The domhandler Document node. */
  get root(): AnyNode {
    return this.$.root()[0];
  }

  /** The root the named selectors search from (`<html>`, or the Document for a bare XML tree). */
  get documentElement(): Element {
    return cheerioDocumentRoot(this.$.root()[0]);
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
