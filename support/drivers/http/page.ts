/**
 * One response as a document: decoded once, parsed once (lazily, on first use) and reused until the
 * next response, with the user's form state beside it.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Document, Element } from 'domhandler';
import type { HttpResponse } from './client';
import { decodeBody } from './charset';
import { cheerioDocumentRoot } from '../../selectors/named';
import { attr, descendantElements, tagName } from './dom';
import { FormState } from './forms/state';
import { parseDocument, queryApi, serializeNodes } from './markup';
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
  private parsed: Document | null = null;
  private query: CheerioAPI | null = null;
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

  /** The parsed document (domhandler's Document node), parsed on first use. */
  get root(): Document {
    this.parsed ??= parseDocument(this.content, this.kind === 'xml');
    return this.parsed;
  }

  /** cheerio's query API over the same tree, for CSS selectors only: named selectors walk the tree directly. */
  get $(): CheerioAPI {
    this.query ??= queryApi(this.root, this.kind === 'xml');
    return this.query;
  }

  /** The markup inside `node` (innerHTML), written as this page's parser reads it. */
  innerHtml(node: AnyNode): string {
    return 'children' in node ? serializeNodes(node.children as AnyNode[], this.kind === 'xml') : '';
  }

  /** The markup of `node` itself (outerHTML). */
  outerHtml(node: AnyNode): string {
    return serializeNodes([node], this.kind === 'xml');
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
