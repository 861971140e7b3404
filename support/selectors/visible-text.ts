import type { DomAdapter } from './dom-adapter';
import { hiddenByOwnMarkup, unfoldedChildren } from './markup-visibility';

/** Drawn, but what they hold is not page text: a control's value, an iframe's fallback content. */
const TEXT_NOT_SHOWN = new Set(['input', 'textarea', 'iframe']);

/** Elements that start on a new line, as `innerText` separates them. */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p',
  'pre', 'section', 'select', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);

/**
 * The text a reader sees on the page, for "I should see", over the markup (the HTTP driver; a browser
 * reads `innerText`): the text of `<body>` (or of `root` when there is no body) without what the
 * markup hides or folds away (see markup-visibility: the same rule answers isVisible) and without form control
 * values (a select's options are text, as in innerText). `<br>` and block boundaries become line
 * breaks, so `<p>a</p><p>b</p>` reads `a\nb`. The caller collapses whitespace.
 */
export function visibleText<N, E extends N>(dom: DomAdapter<N, E>, root: N): string {
  const parts: string[] = [];
  // An explicit stack rather than recursion: deep documents must not overflow the call stack.
  type Step = { node: N } | { text: string };
  const pending: Step[] = [{ node: bodyOf(dom, root) ?? root }];
  const pushChildren = (node: N): void => {
    const children = unfoldedChildren(dom, node);
    for (let i = children.length - 1; i >= 0; i--) pending.push({ node: children[i] });
  };
  while (pending.length > 0) {
    const step = pending.pop() as Step;
    if ('text' in step) {
      parts.push(step.text);
      continue;
    }
    const { node } = step;
    const data = dom.textData(node);
    if (data !== null) {
      parts.push(data);
    } else if (!dom.isElement(node)) {
      pushChildren(node); // a document or fragment: its children are the content
    } else if (dom.tagName(node) === 'br') {
      parts.push('\n');
    } else if (!hiddenByOwnMarkup(dom, node) && !TEXT_NOT_SHOWN.has(dom.tagName(node))) {
      const block = BLOCKS.has(dom.tagName(node));
      if (block) pending.push({ text: '\n' });
      pushChildren(node);
      if (block) pending.push({ text: '\n' });
    }
  }
  return parts.join('');
}

/** The first `<body>` in document order, breadth first (it sits right under `<html>`). */
function bodyOf<N, E extends N>(dom: DomAdapter<N, E>, root: N): E | null {
  const pending: N[] = [root];
  for (let index = 0; index < pending.length; index++) {
    const node = pending[index];
    if (dom.isElement(node) && dom.tagName(node) === 'body') return node;
    if (dom.textData(node) === null) for (const child of dom.childNodes(node)) pending.push(child);
  }
  return null;
}
