/**
 * Session history: one entry per document the user navigated to (redirect hops never appear),
 * plus same-document entries for fragment navigation, which share their document's request.
 */
import type { HttpRequest } from './client';

interface HistoryEntry {
  /** What to send to load this entry again (the final hop of the original navigation). */
  readonly request: HttpRequest;
  /** The document URL shown for this entry, fragment included. */
  readonly url: string;
}

export class History {
  private entries: HistoryEntry[] = [];
  private index = -1;

  get current(): HistoryEntry | null {
    return this.entries[this.index] ?? null;
  }

  /** A new navigation drops every entry after the current one, as in a browser. */
  push(entry: HistoryEntry): void {
    this.entries = this.entries.slice(0, this.index + 1);
    this.entries.push(entry);
    this.index = this.entries.length - 1;
  }

  replaceCurrent(entry: HistoryEntry): void {
    if (this.index < 0) this.push(entry);
    else this.entries[this.index] = entry;
  }

  /** The entry `delta` steps away, or null at either end (where a browser does nothing). */
  peek(delta: number): HistoryEntry | null {
    return this.entries[this.index + delta] ?? null;
  }

  move(delta: number): void {
    if (this.peek(delta) !== null) this.index += delta;
  }

  clear(): void {
    this.entries = [];
    this.index = -1;
  }
}
