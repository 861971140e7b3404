/**
 * Visibility without CSS, for the HTTP driver: what the markup alone says is hidden. Stylesheets are
 * not applied, so an element hidden by a class still counts as visible. A client without JavaScript
 * renders `<noscript>`, so its content is visible here (a browser running scripts does not show it).
 */
import type { DomAdapter } from './dom-adapter';

const NEVER_RENDERED = ['head', 'script', 'style', 'template', 'title', 'meta', 'link'];
const HIDING_STYLE = /(^|;)display:none(!important)?(;|$)/;

type TreeQuestions<N> = Pick<DomAdapter<N>, 'tagName' | 'attribute' | 'parent'>;

function hiddenItself<N>(dom: TreeQuestions<N>, node: N): boolean {
  if (NEVER_RENDERED.includes(dom.tagName(node)) || dom.attribute(node, 'hidden') !== null) return true;
  const style = (dom.attribute(node, 'style') ?? '').toLowerCase().replace(/\s+/g, '');
  return HIDING_STYLE.test(style);
}

/** Hidden: `type=hidden`, the `hidden` attribute, an inline `display:none`, or inside such an element. */
export function visibleInMarkup<N>(dom: TreeQuestions<N>, node: N): boolean {
  if (dom.tagName(node) === 'input' && (dom.attribute(node, 'type') ?? '').trim().toLowerCase() === 'hidden') return false;
  for (let current: N | null = node; current !== null; current = dom.parent(current)) {
    if (hiddenItself(dom, current)) return false;
  }
  return true;
}
