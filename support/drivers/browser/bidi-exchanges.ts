/**
 * The browser's side of the exchange log (support/drivers/exchange-log.ts): every HTTP(S) request
 * the browser sends, from the WebDriver BiDi network events bidi-network.ts already receives. A
 * request is recorded when it leaves, so the log keeps the order requests were sent in, and is
 * completed when its response (or failure) arrives; one still under way when a scenario fails is
 * shown as such.
 *
 * Every request is kept, the page's images, styles and scripts too: a missing stylesheet or a
 * script's failed fetch can be the answer to why a scenario failed. The log's bound keeps the last
 * ones when a page loads many.
 */
import type { ExchangeLog, RecordedExchange } from '../exchange-log';

interface BidiHeader {
  readonly name: string;
  readonly value: { readonly type: string; readonly value: string };
}

/** The fields of BiDi's network event parameters read here (all but `request` may be absent). */
export interface BidiExchangeEvent {
  readonly redirectCount?: number;
  readonly request: {
    readonly request: string;
    readonly url: string;
    readonly method?: string;
    readonly headers?: readonly BidiHeader[];
    /** Milliseconds since the request's own time origin (Chromium: responseEnd is the time it took). */
    readonly timings?: { readonly responseEnd?: number };
  };
  readonly response?: {
    readonly status: number;
    readonly statusText?: string;
    readonly fromCache?: boolean;
    readonly headers?: readonly BidiHeader[];
    readonly bodySize?: number | null;
    readonly content?: { readonly size?: number | null };
  };
  /** network.fetchError's reason, e.g. `net::ERR_CONNECTION_REFUSED`. */
  readonly errorText?: string;
}

interface Pending {
  readonly exchange: RecordedExchange;
  readonly sentAt: number;
}

/** Requests whose answer never came (a page left mid-load) are forgotten past this many. */
const PENDING_KEPT = 200;

export class BidiExchangeRecorder {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly log: ExchangeLog) {}

  onRequest(event: BidiExchangeEvent): void {
    if (this.log.limit <= 0 || !/^https?:/.test(event.request.url)) return;
    const exchange: RecordedExchange = { method: event.request.method ?? 'GET', url: event.request.url, requestHeaders: event.request.headers ?? [], status: null };
    this.log.record(exchange);
    if (this.pending.size >= PENDING_KEPT) this.pending.delete(this.pending.keys().next().value as string);
    this.pending.set(keyOf(event), { exchange, sentAt: performance.now() });
  }

  /** responseCompleted, and authRequired (a 401 with a Basic challenge ends there instead). */
  onResponse(event: BidiExchangeEvent): void {
    const pending = this.take(event);
    const response = event.response;
    if (!pending || !response) return;
    const { exchange } = pending;
    exchange.status = response.status;
    exchange.statusText = response.statusText;
    exchange.responseHeaders = response.headers ?? [];
    exchange.durationMs = this.elapsed(pending, event);
    const size = response.content?.size || response.bodySize;
    if (typeof size === 'number') exchange.size = size;
    if (response.fromCache) exchange.fromCache = true;
  }

  onFailure(event: BidiExchangeEvent): void {
    const pending = this.take(event);
    if (!pending) return;
    pending.exchange.failure = event.errorText ?? 'the request failed';
    pending.exchange.durationMs = this.elapsed(pending, event);
  }

  /** A new scenario: its log starts empty. */
  reset(): void {
    this.pending.clear();
    this.log.clear();
  }

  private take(event: BidiExchangeEvent): Pending | undefined {
    const key = keyOf(event);
    const pending = this.pending.get(key);
    this.pending.delete(key);
    return pending;
  }

  /** The browser's own timing when it gives one; else the time between the two events here. */
  private elapsed(pending: Pending, event: BidiExchangeEvent): number {
    const responseEnd = event.request.timings?.responseEnd;
    return typeof responseEnd === 'number' && responseEnd > 0 ? responseEnd : performance.now() - pending.sentAt;
  }
}

/** A redirect keeps the request's id: each hop is told apart by its redirect count. */
function keyOf(event: BidiExchangeEvent): string {
  return `${event.request.request}#${event.redirectCount ?? 0}`;
}
