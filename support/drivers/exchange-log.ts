/**
 * The HTTP exchanges of the current scenario, in the order they were sent, for the report of a
 * scenario that failed ("what did the server actually say?"). Both drivers feed it: the HTTP client
 * each hop it sends, the browser every request its BiDi network events show.
 *
 * Recording is paid by every scenario and read by the failing ones only, so it keeps small plain
 * objects holding the headers the driver already had (no copies, no formatting: that happens in
 * support/debugging/exchange-report.ts when a scenario failed), and at most `limit` of them.
 */
import { DEFAULT_RECORDED_EXCHANGES } from '../config/parameters';

/** Headers as a driver holds them: a name → value(s) map, or BiDi's list of `{ name, value: { value } }`. */
export type RecordedHeaders =
  | Readonly<Record<string, string | readonly string[]>>
  | readonly { readonly name: string; readonly value: { readonly value: string } }[];

export interface RecordedExchange {
  readonly method: string;
  /** As requested, credentials included: the report masks them. */
  readonly url: string;
  readonly requestHeaders: RecordedHeaders;
  /** `null` until a response arrives (a browser request still under way), or when none came. */
  status: number | null;
  /** The server's reason phrase when the transport reports one (the browser does); else the standard one is shown. */
  statusText?: string;
  responseHeaders?: RecordedHeaders;
  /** Milliseconds from sending the request to the end of the response (or of the failure). */
  durationMs?: number;
  /** Bytes of the response body, when the transport knows them. */
  size?: number;
  /** Why no response came (timeout, connection refused, body too large …). */
  failure?: string;
  /** The browser answered from its cache. */
  fromCache?: boolean;
}


export class ExchangeLog {
  private entries: RecordedExchange[] = [];
  private dropped = 0;

  /** `limit` 0 records nothing. */
  constructor(readonly limit: number = DEFAULT_RECORDED_EXCHANGES) {}

  /** Keeps `exchange` (the caller may still complete it, e.g. when its response arrives). */
  record(exchange: RecordedExchange): void {
    if (this.limit <= 0) return;
    // Dropping in batches keeps the common case a plain push.
    if (this.entries.length >= this.limit * 2) {
      const excess = this.entries.length - this.limit;
      this.entries = this.entries.slice(excess);
      this.dropped += excess;
    }
    this.entries.push(exchange);
  }

  /** The last `limit` exchanges, oldest first, and how many earlier ones were left out. */
  read(): { exchanges: readonly RecordedExchange[]; leftOut: number } {
    const excess = Math.max(0, this.entries.length - this.limit);
    return { exchanges: excess === 0 ? this.entries : this.entries.slice(excess), leftOut: this.dropped + excess };
  }

  get isEmpty(): boolean {
    return this.entries.length === 0;
  }

  /** A new scenario starts with an empty log. */
  clear(): void {
    this.entries = [];
    this.dropped = 0;
  }
}
