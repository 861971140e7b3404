/** The shared named selectors and page-text rules, applied to cheerio's domhandler tree. */
import type { AnyNode, Element } from 'domhandler';
import type { NamedCandidate, NamedSelectorKind } from '../../selectors/named';
import { cheerioAdapter, findNamed, namedCandidates, visibleText } from '../../selectors/named';

const dom = cheerioAdapter();

export function findNamedElements(documentRoot: Element, scope: Element, kind: NamedSelectorKind, locator: string, behindModal = false): Element[] {
  return findNamed(dom, documentRoot, scope, kind, locator, behindModal);
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
