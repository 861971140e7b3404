/**
 * What a named lookup reads of the first element it finds, in the round trip that finds it: the
 * element's control facts (what `fill` and `press` check first) and whether a click at its centre
 * would reach it where it is (then a click needs no scrolling first). Each saves a round trip of
 * 4–5 ms on a step that acts on what it found. Each is used once, and only until the session sends
 * its next WebDriver command (the command clock counts them) or a few milliseconds pass: after that the
 * page may have changed, and they are read again as before.
 */
import type { WebDriver } from 'selenium-webdriver';
import type { ControlFacts } from '../driver';
import { CONTROL_FACTS_FUNCTION } from './page-scripts';

export interface FoundFacts {
  readonly facts: ControlFacts;
  /** The element's first box is inside the viewport and a click at its centre reaches the element itself. */
  readonly clickable: boolean;
}

/** Counts the WebDriver commands of one session: every command goes through `execute`. */
export class CommandClock {
  private count = 0;

  watch(webDriver: WebDriver): void {
    const execute = webDriver.execute.bind(webDriver);
    webDriver.execute = ((command: Parameters<WebDriver['execute']>[0]) => {
      this.count += 1;
      return execute(command);
    }) as WebDriver['execute'];
  }

  get now(): number {
    return this.count;
  }
}

/**
 * How long after its lookup what it read may stand in for a round trip: the step that found the
 * element acts on it at once (well under a millisecond later); a handle kept while the page runs on
 * (a custom step's, a retry's) reads the page again.
 */
const FRESH_FOR_MS = 25;

/**
 * Facts read at one tick of the command clock: each used at most once (the facts by the state check,
 * the clickability by the click), and only while no command has been sent and no more than
 * FRESH_FOR_MS have passed since the lookup.
 */
export class FactsAtFind {
  private readonly readAt = performance.now();
  private factsUsed = false;
  private clickableUsed = false;

  constructor(
    private readonly read: FoundFacts,
    private readonly clock: CommandClock,
    private readonly at: number,
  ) {}

  private fresh(): boolean {
    return this.clock.now === this.at && performance.now() - this.readAt <= FRESH_FOR_MS;
  }

  /** The control facts, the first time they are asked for while fresh; else null (read them again). */
  takeFacts(): ControlFacts | null {
    if (this.factsUsed || !this.fresh()) return null;
    this.factsUsed = true;
    return this.read.facts;
  }

  /** Whether a click reaches it where it is, the first time asked while fresh; else false (scroll it into view first). */
  takeClickable(): boolean {
    if (this.clickableUsed || !this.fresh()) return false;
    this.clickableUsed = true;
    return this.read.clickable;
  }
}

/**
 * Wraps a lookup script (one that returns an array of elements or null) so it also returns the facts
 * of the first element found. A frame's viewport says nothing of where the frame is on the screen,
 * so inside a frame an element is never taken as clickable where it is.
 */
export function withFoundFacts(lookupScript: string): string {
  return `
  var found = (function () { ${lookupScript} }).apply(null, arguments) || [];
  var first = found[0];
  if (!first) return { found: found, first: null };
  var box = first.getClientRects()[0], clickable = false;
  if (box && box.width > 0 && box.height > 0 && window === window.top &&
      box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight) {
    var root = first.getRootNode();
    var hit = root.elementFromPoint ? root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) : null;
    clickable = !!hit && (hit === first || first.contains(hit));
  }
  return { found: found, first: { facts: (${CONTROL_FACTS_FUNCTION})(first), clickable: clickable } };
`;
}
