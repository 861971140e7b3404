/**
 * An element named in a few characters, as a message names it when the page has several of a name
 * or one covers another: `<button#login.primary "Login">`. Both drivers read the parts their own
 * way (over HTTP from the tree, in a browser in one script); the wording is this one.
 */
import { normalizeWhitespace } from './resolve-named';

/** What a reader recognises an element by: its tag, id, classes and the text it shows. */
export interface ElementParts {
  readonly tag: string;
  readonly id: string | null;
  /** The class attribute as written. */
  readonly classes: string | null;
  /** Its visible text, whitespace as it comes. */
  readonly text: string;
}

const CLASSES_SHOWN = 2;
const TEXT_SHOWN = 40;

/** `<tag#id.class.class "text">`: the first two classes and the start of the text, when there are any. */
export function briefElement(parts: ElementParts): string {
  const id = parts.id ? `#${parts.id}` : '';
  const classes = (parts.classes ?? '').split(/\s+/).filter(Boolean).slice(0, CLASSES_SHOWN).map((name) => `.${name}`).join('');
  const text = normalizeWhitespace(parts.text);
  const shown = text.length > TEXT_SHOWN ? `${text.slice(0, TEXT_SHOWN - 1)}…` : text;
  return `<${parts.tag.toLowerCase()}${id}${classes}${shown ? ` "${shown}"` : ''}>`;
}

/**
 * The element WebDriver names in an intercepted click's message (Chromium: "Other element would
 * receive the click: <div id=… class=…>", Firefox: "another element <div id=…> obscures it"), from
 * its opening tag alone; null when the message names none.
 */
export function briefElementInMessage(message: string): string | null {
  const tag = /(?:would receive the click: |another element )<([a-zA-Z][\w-]*)([^>]*)>/.exec(message);
  if (!tag) return null;
  const attribute = (name: string): string | null => new RegExp(`\\b${name}="([^"]*)"`).exec(tag[2])?.[1] ?? null;
  return briefElement({ tag: tag[1], id: attribute('id'), classes: attribute('class'), text: '' });
}
