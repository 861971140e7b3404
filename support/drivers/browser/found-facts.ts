/**
 * What a named lookup reads of the first element it finds, in the round trip that finds it: the
 * element's control facts (what `fill` and `press` check first) and whether a click at its centre
 * would reach it where it is (then a click needs no scrolling first). Each saves a round trip of
 * 4–5 ms on a step that acts on what it found. They are good only until the session sends its next
 * WebDriver command, which the command clock counts: after that the page may have changed, and they
 * are read again as before.
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

/** Facts read at one tick of a clock: fresh while no command has been sent since. */
export class FactsAtFind {
  constructor(
    private readonly read: FoundFacts,
    private readonly clock: CommandClock,
    private readonly at: number,
  ) {}

  fresh(): FoundFacts | null {
    return this.clock.now === this.at ? this.read : null;
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
