/**
 * Failures of an expectation, with the context a reader of a red step needs (Mink's
 * ExpectationException): what was looked for, where (status | URL | driver), and a page excerpt.
 */
import { maskUrlCredentials } from '../config/mask';
import { capText, escapeControlCharacters } from './printable';
import { normalizeWhitespace } from './text';

export interface PageContext {
  url: string | null;
  status: number | null;
  driver: string;
  /** Page text or HTML, already trimmed to an excerpt. */
  excerpt: string;
  /** What stands between the user and the page, when something does: `dialog open: "…"`, `inside iframe "…"`. */
  situation?: string | null;
}

/** An assertion or lookup that did not hold. Retried by synchronize() on drivers that wait. */
export class ExpectationError extends Error {
  context: PageContext | null = null;
  /** The bare failure, without hints and context, so waiting can rebuild the message cheaply. */
  readonly summary: string;

  /**
   * @param retryable false when waiting cannot help (the step names an element of the wrong kind,
   *   a file does not exist): the step then fails at once instead of after the wait timeout.
   */
  constructor(
    summary: string,
    readonly hints: string[] = [],
    readonly retryable = true,
  ) {
    super(summary);
    this.name = 'ExpectationError';
    this.summary = summary;
  }

  withContext(context: PageContext): this {
    this.context = context;
    this.message = formatFailure(this.summary, this.hints, context);
    return this;
  }
}

/** The element is of a kind the step cannot act on (a heading to fill in): it will not change kind, so waiting cannot help. */
export class WrongKindError extends ExpectationError {
  constructor(summary: string, hints: string[] = []) {
    super(summary, hints, false);
  }
}

/** Hints that cost lookups of their own (what is close, what is in the way): worked out when asked. */
export type PendingHints = () => Promise<string[]>;

export class ElementNotFoundError extends ExpectationError {
  private pendingHints: PendingHints | null;

  /**
   * `hints` as a function: inside a wait, every attempt that misses throws, but only the last one is
   * reported, so its hints are worked out then (explain()), not at each attempt, whose page scripts
   * in a browser would stretch the wait's polling.
   */
  constructor(summary: string, hints: string[] | PendingHints = []) {
    super(summary, Array.isArray(hints) ? hints : []);
    this.name = 'ElementNotFoundError';
    this.pendingHints = Array.isArray(hints) ? null : hints;
  }

  /** Adds the pending hints, once; a hint that cannot be worked out (the page went away) is left out. */
  async explain(): Promise<void> {
    const pending = this.pendingHints;
    this.pendingHints = null;
    if (!pending) return;
    this.hints.push(...(await pending().catch(() => [])));
    if (this.context) this.withContext(this.context);
  }
}

const EXCERPT_LINES = 12;
const EMPTY_PAGE = '(empty page)';
const LINE_WIDTH = 100;
/** A summary or hint quotes the page (an element's text, a candidate list): it gets this much room. */
const MESSAGE_PART_LIMIT = 2_000;

/** `+--[ HTTP 200 | http://… | http ]`: where a failure happened, as Mink prints it (credentials masked). */
export function contextLine(context: PageContext): string {
  const parts: string[] = [];
  if (context.status !== null) parts.push(`HTTP ${context.status}`);
  // A page behind a dialog cannot be read: the dialog is the place, not "(no page visited)".
  if (context.url) parts.push(maskUrlCredentials(context.url));
  else if (!context.situation) parts.push('(no page visited)');
  if (context.situation) parts.push(context.situation);
  parts.push(context.driver);
  return `+--[ ${parts.join(' | ')} ]`;
}

export function hasContextLine(message: string): boolean {
  return message.includes('\n+--[ ');
}

/**
 * A driver's failure with where it happened and, for a "not yet" that outlasted the wait (an element
 * not interactable, a click intercepted), the page excerpt: what was on the page says why.
 */
export function withDriverContext(message: string, context: PageContext, excerpt: boolean): string {
  if (!excerpt) return escapeControlCharacters(`${message}\n${contextLine(context)}`);
  return formatFailure(message, [], context);
}

/** Everything in it may come from the page: control characters are escaped, long parts cut. */
function formatFailure(summary: string, hints: string[], context: PageContext): string {
  const lines = [summary, ...hints].map((part) => capText(part, MESSAGE_PART_LIMIT));
  lines.push(contextLine(context));
  const excerpt = excerptLines(context.excerpt);
  const unreadable = excerpt[0] === EMPTY_PAGE && context.situation?.startsWith('dialog');
  for (const line of unreadable ? ['(the page cannot be read while a dialog is open: accept or dismiss it)'] : excerpt) lines.push(`|  ${line}`);
  return escapeControlCharacters(lines.join('\n'));
}

/** Wrap the excerpt to a readable block; a long page ends with a line saying how much was cut. */
export function excerptLines(text: string): string[] {
  // Only the start is shown: a 20 MB page need not be collapsed whole to print twelve lines of it.
  const shown = EXCERPT_LINES * LINE_WIDTH * 2;
  const words = normalizeWhitespace(text.slice(0, shown));
  if (!words) return [EMPTY_PAGE];
  const lines: string[] = [];
  let rest = words;
  while (rest && lines.length < EXCERPT_LINES) {
    if (rest.length <= LINE_WIDTH) {
      lines.push(rest);
      rest = '';
      break;
    }
    const cut = rest.lastIndexOf(' ', LINE_WIDTH);
    const at = cut > LINE_WIDTH / 2 ? cut : LINE_WIDTH;
    lines.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  if (rest || text.length > shown) lines.push(`… (cut: the page text is ${text.length} characters)`);
  return lines;
}

export function quoteList(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

export function didYouMean(candidates: readonly string[]): string[] {
  return candidates.length ? [`Did you mean: ${quoteList(candidates)}?`] : [];
}
