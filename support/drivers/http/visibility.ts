/**
 * Visibility without CSS: what the markup alone says is hidden. Stylesheets are not applied, so
 * an element hidden by a class still counts as visible here.
 */
import type { Element } from 'domhandler';
import { ancestors, attr, hasAttr, tagName } from './dom';
import { isInput } from './forms/controls';

const NEVER_RENDERED = new Set(['head', 'script', 'style', 'template', 'title', 'meta', 'link', 'noscript']);

function hiddenByMarkup(element: Element): boolean {
  if (NEVER_RENDERED.has(tagName(element)) || hasAttr(element, 'hidden')) return true;
  const style = (attr(element, 'style') ?? '').toLowerCase().replace(/\s+/g, '');
  return /(^|;)display:none(!important)?(;|$)/.test(style);
}

export function isVisible(element: Element): boolean {
  if (isInput(element, 'hidden')) return false;
  return !hiddenByMarkup(element) && !ancestors(element).some(hiddenByMarkup);
}
