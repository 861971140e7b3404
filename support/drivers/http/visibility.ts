/** Shown or hidden over HTTP: the rule the named selectors and the page text use too (see selectors/markup-visibility). */
import type { Element } from 'domhandler';
import { cheerioAdapter, isShown } from '../../selectors/named';

const dom = cheerioAdapter();

export function isVisible(element: Element): boolean {
  return isShown(dom, element);
}
