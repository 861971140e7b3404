/** Visibility without CSS: the markup rule the named selectors use too (see selectors/markup-visibility). */
import type { Element } from 'domhandler';
import { cheerioAdapter } from '../../selectors/cheerio-adapter';
import { visibleInMarkup } from '../../selectors/markup-visibility';

const dom = cheerioAdapter();

export function isVisible(element: Element): boolean {
  return visibleInMarkup(dom, element);
}
