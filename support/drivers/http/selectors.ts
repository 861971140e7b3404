/** The shared named selectors and page-text rules, applied to cheerio's domhandler tree. */
import type { AnyNode, Element } from 'domhandler';
import type { NamedCandidate, NamedSelectorKind } from '../../selectors/named';
import { cheerioAdapter, findNamed, namedCandidates, visibleText } from '../../selectors/named';

const dom = cheerioAdapter();

/**
 * Each scope's named lookups, by kind and locator. A tree never changes under this driver, so a lookup
 * gives the same elements every time it is made in it: by the steps of a scenario, and by every
 * scenario that visits a page served alike (which share one tree: recent-documents.ts).
 */
const namedFinds = new WeakMap<Element, Map<string, readonly Element[]>>();

export function findNamedElements(documentRoot: Element, scope: Element, kind: NamedSelectorKind, locator: string, behindModal = false): readonly Element[] {
  let finds = namedFinds.get(scope);
  if (finds === undefined) {
    finds = new Map();
    namedFinds.set(scope, finds);
  }
  // A scope lies in one tree, so it names the document too.
  const key = `${kind}\u0000${behindModal ? 'behind-modal' : ''}\u0000${locator}`;
  let found = finds.get(key);
  if (found === undefined) {
    found = findNamed(dom, documentRoot, scope, kind, locator, behindModal);
    finds.set(key, found);
  }
  return found;
}

export function namedCandidateLabels(documentRoot: Element, scope: Element, kind: NamedSelectorKind): NamedCandidate[] {
  return namedCandidates(dom, documentRoot, scope, kind);
}

/**
 * Rendered-looking text (no script, style, head or hidden content), whitespace left to the caller.
 * `<noscript>` content is text here: this client runs no JavaScript (BrowserKit reads it too).
 */
export function visibleTextOf(root: AnyNode): string {
  return visibleText(dom, root);
}

/** Each document's text, read once: a tree never changes, and pages served alike share one (recent-documents.ts). */
const documentTexts = new WeakMap<AnyNode, string>();

/** The visible text of a whole document. */
export function documentTextOf(document: AnyNode): string {
  let text = documentTexts.get(document);
  if (text === undefined) {
    text = visibleText(dom, document);
    documentTexts.set(document, text);
  }
  return text;
}
