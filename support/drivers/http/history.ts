/**
 * Session history: one entry per document the user navigated to (redirect hops never appear),
 * plus same-document entries for fragment navigation, which share their document's request.
 */
import type { HttpRequest } from './client';
import { isSameDocument } from './url';

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

  /**
   * The current entry's document was loaded again (a reload, or back/forward to an entry whose document
   * had gone): it shows `loaded`. The entries that shared the old document (fragment navigations within
   * it) share the new one, each keeping its fragment, as in a browser, where going back from a reloaded
   * `#section` to the top of the page is still a move within the page.
   */
  reloadCurrent(loaded: HistoryEntry): void {
    const current = this.current;
    if (current === null) return this.push(loaded);
    const sameAddress = isSameDocument(loaded.url, current.url);
    this.entries = this.entries.map((entry) => {
      if (entry === current) return loaded;
      return sameAddress && entry.request === current.request ? { request: loaded.request, url: entry.url } : entry;
    });
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
