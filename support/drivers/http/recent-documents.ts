/**
 * HTML documents parsed lately, by their text: a page served again exactly as before (a static page
 * that scenario after scenario visits, a form's answer to the same input) is not parsed again, and
 * its text and named lookups are not worked out again either.
 *
 * Parsing is most of what a small page costs the HTTP driver once it has arrived: about 0.15 ms for
 * a page of 1–5 KB, as long as the request itself takes against a local server. A tree can be shared
 * because nothing changes it once it is built: what a user does to a form lives in each Page's
 * FormState, keyed by element, and an element handle is tied to the Page it was found on, so a handle
 * from the last visit of the same page is still refused as stale.
 *
 * A page that differs in a byte (a CSRF token, a time) is parsed as before; looking it up costs a
 * hash of its text. Only small documents are kept, and few (MAX_RECENT_CHARS), so a run's memory does
 * not grow with what it visits.
 */
import type { Document, Element } from 'domhandler';
import { parseDocument } from './markup';

/**
 * A parsed document and what was read from it: the tree never changes, so neither do its text nor the
 * answers of its named lookups. Kept here, with the tree, rather than in WeakMaps keyed by its nodes:
 * with WeakMaps a run's peak memory was 13 MB higher (37 MB when no page was served twice), as the
 * entries of trees already gone waited for V8's full collections.
 */
export class ParsedDocument {
  /** Its visible text, once read. */
  text: string | null = null;
  /** Named lookups, by scope (one of its elements), then by kind and locator. */
  readonly namedFinds = new Map<Element, Map<string, readonly Element[]>>();

  constructor(readonly root: Document) {}
}

/** A page larger than this is parsed each time (and is rarely served twice byte for byte). */
const MAX_PAGE_CHARS = 32 * 1024;
/** The text of the pages remembered, together: the trees of those kept hold about 25 times as much (3 MB). */
const MAX_RECENT_CHARS = 128 * 1024;

/**
 * Texts seen lately, least recently used first (a Map iterates in insertion order, and a hit is inserted
 * again), with the document of those seen more than once. A page seen once is not kept: most are never
 * served again (a form's answer, a page with a token), and a tree kept long enough to outlive V8's young
 * generation becomes old-generation garbage when it goes: keeping every page raised a run's peak memory
 * by 9 MB and what it holds by 4 MB (the memory row's workload, where every form answer differs).
 */
const recent = new Map<string, ParsedDocument | null>();
let recentChars = 0;

/** The document of `content` (HTML, or with `xml` XML), from the recent ones when one had the same text. */
export function documentOf(content: string, xml: boolean): ParsedDocument {
  if (xml || content.length > MAX_PAGE_CHARS) return new ParsedDocument(parseDocument(content, xml));
  const known = recent.get(content);
  if (known === undefined) {
    remember(content);
    return new ParsedDocument(parseDocument(content, false));
  }
  const document = known ?? new ParsedDocument(parseDocument(content, false));
  recent.delete(content);
  recent.set(content, document);
  return document;
}

/** A text seen for the first time: its document is kept only if it comes again. */
function remember(content: string): void {
  recent.set(content, null);
  recentChars += content.length;
  for (const [text] of recent) {
    if (recentChars <= MAX_RECENT_CHARS) break;
    recent.delete(text);
    recentChars -= text.length;
  }
}
