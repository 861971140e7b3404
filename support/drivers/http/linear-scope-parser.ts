/**
 * parse5's HTML parser, linear in the page's nesting depth.
 *
 * Before opening most block elements (`<div>`, `<p>`, `<ul>`, headings…) the HTML tree builder
 * asks whether a `<p>` is open "in button scope": parse5 answers by walking its stack of open
 * elements from the top down to the first scope boundary. Inside nested `<div>`s nothing is a
 * boundary until `<html>`, so every new `<div>` walks the whole stack: 100 000 nested `<div>`s took
 * about a minute to parse. Browsers answer in constant time.
 *
 * This parser counts the open elements of each tag. When no element of the asked tag is open, the
 * answer is "not in scope" without a walk; otherwise parse5's own walk decides, so the tree is
 * always parse5's. If the counts ever disagree with the stack's size (a parse5 version that changes
 * the stack some other way), every question goes to parse5's walk again.
 */
import { Parser } from 'parse5';
import type { Htmlparser2TreeAdapterMap } from 'parse5-htmlparser2-tree-adapter';

type TagId = Parser<Htmlparser2TreeAdapterMap>['openElements']['tagIDs'][number];
type Element = Htmlparser2TreeAdapterMap['element'];

/** The parts of parse5's stack of open elements this counts through (some are private in its types). */
interface StackInternals {
  tagIDs: TagId[];
  stackTop: number;
  push(element: Element, tag: TagId): void;
  pop(): void;
  shortenToLength(length: number): void;
  insertAfter(reference: Element, element: Element, tag: TagId): void;
  remove(element: Element): void;
  hasInDynamicScope(tag: TagId, scope: unknown): boolean;
  _indexOf(element: Element): number;
}

/** Keeps a count of open elements per tag as parse5 pushes, pops and removes them. */
function countOpenElements(stack: StackInternals): void {
  const open: number[] = [];
  let total = 0;
  const opened = (tag: TagId): void => {
    open[tag] = (open[tag] ?? 0) + 1;
    total += 1;
  };
  const closed = (tag: TagId): void => {
    open[tag] -= 1;
    total -= 1;
  };
  const { push, pop, shortenToLength, insertAfter, remove, hasInDynamicScope } = stack;
  stack.push = function (element, tag) {
    opened(tag);
    push.call(this, element, tag);
  };
  stack.pop = function () {
    closed(this.tagIDs[this.stackTop]);
    pop.call(this);
  };
  stack.shortenToLength = function (length) {
    for (let index = this.stackTop; index >= length; index--) closed(this.tagIDs[index]);
    shortenToLength.call(this, length);
  };
  stack.insertAfter = function (reference, element, tag) {
    opened(tag);
    insertAfter.call(this, reference, element, tag);
  };
  stack.remove = function (element) {
    const index = this._indexOf(element);
    // Removing the top element goes through pop(), which counts it.
    if (index >= 0 && index !== this.stackTop) closed(this.tagIDs[index]);
    remove.call(this, element);
  };
  stack.hasInDynamicScope = function (tag, scope) {
    if (total === this.stackTop + 1 && !open[tag]) return false;
    return hasInDynamicScope.call(this, tag, scope);
  };
}

/** Used as parse5's own: `LinearScopeParser.parse(html, options)` returns the document. */
export class LinearScopeParser extends Parser<Htmlparser2TreeAdapterMap> {
  constructor(...args: ConstructorParameters<typeof Parser<Htmlparser2TreeAdapterMap>>) {
    super(...args);
    countOpenElements(this.openElements as unknown as StackInternals);
  }
}
