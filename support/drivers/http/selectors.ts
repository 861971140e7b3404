/** The shared named selectors and page-text rules, applied to cheerio's domhandler tree. */
import type { AnyNode, Element } from 'domhandler';
import type { NamedCandidate, NamedSelectorKind } from '../../selectors/named';
import { cheerioAdapter, findNamed, namedCandidates, visibleText } from '../../selectors/named';
import type { ParsedDocument } from './recent-documents';

const dom = cheerioAdapter();

/**
 * The elements a named lookup finds. A tree never changes under this driver, so a lookup gives the same
 * elements every time it is made in it: by the steps of a scenario, and by every scenario that visits a
 * page served alike (which share one document: recent-documents.ts). `memo` keeps the answers.
 */
export function findNamedElements(
  documentRoot: Element, scope: Element, kind: NamedSelectorKind, locator: string, behindModal = false,
  memo?: Map<Element, Map<string, readonly Element[]>>,
): readonly Element[] {
  if (memo === undefined) return findNamed(dom, documentRoot, scope, kind, locator, behindModal);
  let finds = memo.get(scope);
  if (finds === undefined) {
    finds = new Map();
    memo.set(scope, finds);
  }
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

/** The visible text of a whole document, read once: a tree never changes, and pages served alike share one. */
export function documentTextOf(document: ParsedDocument): string {
  document.text ??= visibleText(dom, document.root);
  return document.text;
}
