/** Short human descriptions of elements for handles and error messages. */
import type { Element } from 'domhandler';
import { stripAndCollapseAsciiWhitespace } from '../../selectors/ascii-whitespace';
import { attr, tagName, textContent } from './dom';
import { isButton } from './forms/controls';

const MAX_LABEL = 40;

function truncate(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/** What a user would call the element: its text, else value, alt, aria-label or title. */
function elementLabel(element: Element): string {
  const candidates = [
    tagName(element) === 'input' ? '' : stripAndCollapseAsciiWhitespace(textContent(element)),
    attr(element, 'value') ?? '',
    attr(element, 'alt') ?? '',
    attr(element, 'aria-label') ?? '',
    attr(element, 'title') ?? '',
  ];
  return truncate(candidates.find((candidate) => candidate.trim() !== '') ?? '');
}

function cssIdentity(element: Element): string {
  const tag = tagName(element);
  const id = attr(element, 'id');
  if (id) return `${tag}#${id}`;
  const name = attr(element, 'name');
  if (name) return `${tag}[name=${name}]`;
  const type = attr(element, 'type');
  if (type) return `${tag}[type=${type}]`;
  return tag;
}

/** e.g. `button "Save"`, `link "Home"`, `input[name=email]`, `select#size`. */
export function describeElement(element: Element): string {
  const tag = tagName(element);
  const label = elementLabel(element);
  if (isButton(element)) return label ? `button "${label}"` : cssIdentity(element);
  if (tag === 'a' && attr(element, 'href') !== null) return label ? `link "${label}"` : cssIdentity(element);
  if (tag === 'input' || tag === 'select' || tag === 'textarea') return cssIdentity(element);
  const identity = cssIdentity(element);
  return label && identity === tag ? `${tag} "${label}"` : identity;
}

/** e.g. `<button type="button"> "Open menu"`: the opening tag as written, the parts that matter for clicking. */
export function describeOpeningTag(element: Element): string {
  let tag = `<${tagName(element)}`;
  for (const name of ['type', 'href', 'role']) {
    const value = attr(element, name);
    if (value !== null) tag += ` ${name}="${truncate(value)}"`;
  }
  if (attr(element, 'onclick') !== null) tag += ' onclick';
  tag += '>';
  const label = elementLabel(element);
  return label ? `${tag} "${label}"` : tag;
}
