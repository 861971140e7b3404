/**
 * A direct Chrome DevTools Protocol connection to the browser, or to one of its windows, beside
 * WebDriver. Needed where a command must react to events (Fetch.requestPaused: devtools-fetch.ts; a
 * leave-page dialog and a page's load during the reset: window-devtools.ts), which WebDriver's
 * DevTools bridge cannot, and where commands should reach the browser together rather than one HTTP
 * round trip through chromedriver at a time. It talks to the browser itself, so a paused request is
 * continued while chromedriver is still busy with the navigation that made it.
 */
import type { WebSocket } from 'undici';
import { within } from './time-limit';
import { undici } from './undici-later';
import type { WebDriver } from 'selenium-webdriver';

/** `sessionId`: the attached target the event comes from; none for the browser itself. */
type Listener = (params: Record<string, unknown>, sessionId?: string) => void;

interface Waiter {
  matches: (params: Record<string, unknown>) => boolean;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** How long the browser has to give its DevTools address, and to accept the connection. */
const CONNECT_TIMEOUT_MS = 5_000;

/** The browser-level DevTools WebSocket: Selenium Grid's `se:cdp`, or chromedriver's debuggerAddress. */
export async function devToolsUrl(webDriver: WebDriver): Promise<string | null> {
  const capabilities = await webDriver.getCapabilities();
  const proxied = capabilities.get('se:cdp');
  if (typeof proxied === 'string' && proxied) return proxied;
  const address = (capabilities.get('goog:chromeOptions') as { debuggerAddress?: string } | undefined)?.debuggerAddress;
  if (!address) return null;
  const answer = await fetch(`http://${address.replace(/^localhost:/, '127.0.0.1:')}/json/version`, { signal: AbortSignal.timeout(CONNECT_TIMEOUT_MS) });
  const { webSocketDebuggerUrl } = (await answer.json()) as { webSocketDebuggerUrl?: string };
  return webSocketDebuggerUrl ? webSocketDebuggerUrl.replace('//localhost:', '//127.0.0.1:') : null;
}

export class DevToolsSocket {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Map<string, Listener>();
  /** One-shot waits for an event (`next`), alongside its listener. */
  private readonly waiters = new Map<string, Set<Waiter>>();
  private sessionId: string | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => this.receive(String(event.data)));
    socket.addEventListener('close', () => {
      const closed = new Error('the DevTools connection closed');
      for (const { reject } of this.pending.values()) reject(closed);
      this.pending.clear();
      for (const waiting of this.waiters.values()) for (const waiter of [...waiting]) waiter.reject(closed);
    });
  }

  get isOpen(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  /** Connects and attaches to the window whose WebDriver handle is `windowHandle` (Chromium's target id). */
  static async open(url: string, windowHandle: string): Promise<DevToolsSocket> {
    const connection = await DevToolsSocket.connect(url);
    try {
      await connection.attach(windowHandle);
      return connection;
    } catch (error) {
      // Left open, a Grid's connection would keep this process from exiting.
      connection.close();
      throw error;
    }
  }

  /**
   * Connects to the browser itself: commands go to the browser, or to an attached target named by its
   * session. A handshake not done in CONNECT_TIMEOUT_MS is abandoned (a Grid's `se:cdp` behind a proxy
   * may never answer), so no half-open connection keeps the process alive.
   */
  static async connect(url: string): Promise<DevToolsSocket> {
    const socket = new (undici().WebSocket)(url);
    const opened = new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error(`cannot open the DevTools connection ${url}`)), { once: true });
    });
    try {
      await within(opened, CONNECT_TIMEOUT_MS, () => new Error(`the DevTools connection ${url} did not open in ${CONNECT_TIMEOUT_MS} ms`));
    } catch (error) {
      socket.close();
      throw error;
    }
    return new DevToolsSocket(socket);
  }

  /** From now on commands go to the window `targetId` (a WebDriver window handle in Chromium). */
  async attach(targetId: string): Promise<void> {
    const { sessionId } = (await this.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    this.sessionId = sessionId;
  }

  on(event: string, listener: Listener): void {
    this.listeners.set(event, listener);
  }

  /** The next `event` that `matches`; fails after `timeoutMs`, or when the connection closes first. */
  next(event: string, timeoutMs: number, matches: Waiter['matches'] = () => true): Promise<void> {
    if (!this.isOpen) return Promise.reject(new Error(`no ${event}: the DevTools connection is closed`));
    return new Promise((resolve, reject) => {
      const waiting = this.waiters.get(event) ?? new Set();
      this.waiters.set(event, waiting);
      const settle = (): void => {
        clearTimeout(timer);
        waiting.delete(waiter);
      };
      const waiter: Waiter = {
        matches,
        resolve: () => {
          settle();
          resolve();
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      };
      const timer = setTimeout(() => waiter.reject(new Error(`no ${event} from the browser within ${timeoutMs} ms`)), timeoutMs);
      waiting.add(waiter);
    });
  }

  /** `sessionId`: the attached target to send to (default: the window `open` attached to, or the browser). */
  send(method: string, params: Record<string, unknown> = {}, sessionId = this.sessionId): Promise<unknown> {
    // A closed WebSocket drops what it is given: the command would never be answered.
    if (!this.isOpen) return Promise.reject(new Error(`${method}: the DevTools connection is closed`));
    const id = this.nextId++;
    const message = { id, method, params, ...(sessionId ? { sessionId } : {}) };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify(message));
    });
  }

  close(): void {
    this.socket.close();
  }

  private receive(data: string): void {
    const message = JSON.parse(data) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
      method?: string;
      params?: Record<string, unknown>;
      sessionId?: string;
    };
    if (message.id !== undefined) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
      return;
    }
    if (!message.method) return;
    this.listeners.get(message.method)?.(message.params ?? {}, message.sessionId);
    for (const waiter of this.waiters.get(message.method) ?? []) if (waiter.matches(message.params ?? {})) waiter.resolve();
  }
}
