/**
 * HTML documents parsed lately, by their text: a page served again exactly as before (a static page
 * that scenario after scenario visits, a form's answer to the same input) is not parsed again.
 *
 * Parsing is most of what a small page costs the HTTP driver once it has arrived: about 0.15 ms for
 * a page of 1–5 KB, as long as the request itself takes against a local server. A tree can be shared
 * because nothing changes it once it is built: what a user does to a form lives in each Page's
 * FormState, keyed by element, and an element handle is tied to the Page it was found on, so a handle
 * from the last visit of the same page is still refused as stale.
 *
 * A page that differs in a byte (a CSRF token, a time) is parsed as before; looking it up costs a
 * hash of its text. Only small documents are kept, and few: the kept text stays under MAX_KEPT_CHARS,
 * so a run's memory does not grow with what it visits.
 */
import type { Document } from 'domhandler';
import { parseDocument } from './markup';

/** A page larger than this is parsed each time (and is rarely served twice byte for byte). */
const MAX_PAGE_CHARS = 32 * 1024;
/** The text of all documents kept, together: their trees hold about 25 times as much (3 MB). */
const MAX_KEPT_CHARS = 128 * 1024;

/** Least recently used first: a Map iterates in insertion order, and a hit is inserted again. */
const kept = new Map<string, Document>();
let keptChars = 0;

/** The document of `content` (HTML, or with `xml` XML), from the recent ones when one had the same text. */
export function documentOf(content: string, xml: boolean): Document {
  if (xml || content.length > MAX_PAGE_CHARS) return parseDocument(content, xml);
  const known = kept.get(content);
  if (known !== undefined) {
    kept.delete(content);
    kept.set(content, known);
    return known;
  }
  const document = parseDocument(content, false);
  kept.set(content, document);
  keptChars += content.length;
  for (const [text] of kept) {
    if (keptChars <= MAX_KEPT_CHARS) break;
    kept.delete(text);
    keptChars -= text.length;
  }
  return document;
}
