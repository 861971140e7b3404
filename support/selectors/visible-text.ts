import type { TextDomAdapter } from './dom-adapter';

/**
 * The text a reader sees on the page, for "I should see": the text of `<body>` (or of `root` when
 * there is no body) without what a browser does not render, with `<br>` and block boundaries turned
 * into line breaks so `<p>a</p><p>b</p>` reads `a\nb`, as `innerText` does. The caller collapses
 * whitespace.
 *
 * Left out: script, style, template, head/title, noscript unless `noscriptShown` (a client without
 * JavaScript renders it, as the HTTP driver does; a browser running scripts does not), form control values (input, textarea; a select's options are
 * text, as in innerText), elements with the `hidden` attribute, and elements whose inline style says
 * `display: none` or `visibility: hidden`.
 * Stylesheets are not evaluated: only inline styles hide things.
 *
 * Self-contained, like resolveNamed, so that its source can run in a page as well.
 */
export function visibleText<N>(dom: TextDomAdapter<N>, root: N, noscriptShown = false): string {
  const SKIPPED = ['script', 'style', 'template', 'head', 'title', 'input', 'textarea', 'datalist', 'iframe'];
  if (!noscriptShown) SKIPPED.push('noscript');
  const BLOCKS = ['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
    'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
    'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p',
    'pre', 'section', 'select', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul'];
  const HIDING_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(!important\s*)?(;|$)/i;

  const isRendered = (element: N): boolean => {
    if (SKIPPED.includes(dom.tagName(element))) return false;
    if (dom.attribute(element, 'hidden') !== null) return false;
    const style = dom.attribute(element, 'style');
    return style === null || !HIDING_STYLE.test(style);
  };

  const findBody = (): N | null => {
    const pending: N[] = [root];
    while (pending.length > 0) {
      const node = pending.shift() as N;
      if (dom.isText(node)) continue;
      if (!dom.isElement(node)) {
        pending.push(...dom.childNodes(node));
        continue;
      }
      const name = dom.tagName(node);
      if (name === 'body') return node;
      if (name === 'template') continue;
      pending.push(...dom.childNodes(node));
    }
    return null;
  };

  const parts: string[] = [];
  // Explicit stack instead of recursion: deep documents must not overflow the call stack.
  type Step = { node: N } | { text: string };
  const start = findBody() ?? root;
  const pending: Step[] = [{ node: start }];
  while (pending.length > 0) {
    const step = pending.pop() as Step;
    if ('text' in step) {
      parts.push(step.text);
      continue;
    }
    const node = step.node;
    if (dom.isText(node)) {
      parts.push(dom.data(node));
      continue;
    }
    if (!dom.isElement(node)) {
      // A document or fragment: its children are the content.
      const children = dom.childNodes(node);
      for (let i = children.length - 1; i >= 0; i--) pending.push({ node: children[i] });
      continue;
    }
    const name = dom.tagName(node);
    if (name === 'br') {
      parts.push('\n');
      continue;
    }
    if (!isRendered(node)) continue;
    const separator = BLOCKS.includes(name) ? '\n' : '';
    if (separator) pending.push({ text: separator });
    const children = dom.childNodes(node);
    for (let i = children.length - 1; i >= 0; i--) pending.push({ node: children[i] });
    if (separator) pending.push({ text: separator });
  }
  return parts.join('');
}
