/**
 * A DevTools connection of our own to the window the in-place reset works in, opened with the
 * browser and kept from reset to reset. Through chromedriver's DevTools bridge every command is an
 * HTTP round trip through chromedriver, one at a time, and a leave-page dialog has to be asked for
 * with one more; here the clearing commands reach the browser together and a dialog arrives as an
 * event. About 10 ms of a reset's 45.
 */
import type { WebDriver } from 'selenium-webdriver';
import type { DevTools } from './cookies-and-storage';
import { DevToolsSocket, devToolsUrl } from './devtools-socket';
import { within } from './time-limit';

/** A page that has not let go of its window by then is left to the fresh-tab reset. */
const LEAVE_TIMEOUT_MS = 5_000;
/** Page.enable waits for the page (one held by a dialog never answers), and a Grid's address may not be reachable. */
const OPEN_TIMEOUT_MS = 2_000;

interface DialogOpening {
  type: string;
}

function isBlankWindow(params: Record<string, unknown>): boolean {
  const frame = params.frame as { url?: string; parentId?: string } | undefined;
  return frame?.url === 'about:blank' && !frame.parentId;
}

/** The failure of a command the browser did not answer in time. */
const noAnswer = (what: string, ms: number) => () => new Error(`${what}: no answer from the browser within ${ms} ms`);

export class WindowDevTools implements DevTools {
  /** The dialog the window shows now, if any. */
  private openDialog: DialogOpening | null = null;
  private leaving = false;
  /** about:blank has been committed in the window since the last leave began. */
  private blankCommitted = false;

  private constructor(
    private readonly socket: DevToolsSocket,
    readonly windowHandle: string,
  ) {
    socket.on('Page.javascriptDialogOpening', (params) => {
      this.openDialog = params as unknown as DialogOpening;
      if (this.leaving) void this.closeDialog();
    });
    socket.on('Page.javascriptDialogClosed', () => (this.openDialog = null));
    socket.on('Page.frameNavigated', (params) => {
      if (isBlankWindow(params)) this.blankCommitted = true;
    });
  }

  /**
   * Connects (DevToolsSocket bounds that), then attaches to the window and enables its page events
   * within OPEN_TIMEOUT_MS; on any failure the connection is closed, not left to keep the process alive.
   */
  static async open(socket: DevToolsSocket, windowHandle: string): Promise<WindowDevTools> {
    // Listening before Page.enable, which reports a dialog already open.
    const connection = new WindowDevTools(socket, windowHandle);
    try {
      await within(
        socket.attach(windowHandle).then(() => socket.send('Page.enable')),
        OPEN_TIMEOUT_MS,
        noAnswer('attaching to the window', OPEN_TIMEOUT_MS),
      );
      return connection;
    } catch (error) {
      socket.close();
      throw error;
    }
  }

  get isOpen(): boolean {
    return this.socket.isOpen;
  }

  async sendDevToolsCommand(command: string, params: Record<string, unknown> = {}): Promise<void> {
    await this.socket.send(command, params);
  }

  sendAndGetDevToolsCommand(command: string, params: Record<string, unknown> = {}): Promise<unknown> {
    return this.socket.send(command, params);
  }

  /**
   * Goes to about:blank, and runs `clear` as soon as about:blank is the window's document (the page
   * before has gone: its last scripts cannot write again), while it still loads (a frame, ~15 ms);
   * once it has loaded, the window's history is reset (not possible before). A page with unsaved
   * changes asks before it lets go (accepted: leaving is the point), and a dialog the scenario left
   * open is dismissed, as the fresh-tab reset does.
   */
  async leaveAndClear(clear: () => Promise<void>): Promise<void> {
    this.leaving = true;
    this.blankCommitted = false;
    try {
      // Its own document and load, not late events of the page before (still loading when the scenario ended).
      const committed = this.socket.next('Page.frameNavigated', LEAVE_TIMEOUT_MS, isBlankWindow);
      const loaded = this.socket.next('Page.loadEventFired', LEAVE_TIMEOUT_MS, () => this.blankCommitted);
      // Awaited below; until then (a dialog answered, a navigation that fails) a failure must not
      // count as unhandled, which ends a Node process.
      committed.catch(() => undefined);
      loaded.catch(() => undefined);
      if (this.openDialog) await this.closeDialog();
      await within(this.socket.send('Page.navigate', { url: 'about:blank' }), LEAVE_TIMEOUT_MS, noAnswer('Page.navigate', LEAVE_TIMEOUT_MS));
      await committed;
      const clearing = clear();
      clearing.catch(() => undefined);
      await loaded;
      await Promise.all([clearing, this.socket.send('Page.resetNavigationHistory')]);
    } finally {
      this.leaving = false;
    }
  }

  close(): void {
    this.socket.close();
  }

  private async closeDialog(): Promise<void> {
    const accept = this.openDialog?.type === 'beforeunload';
    // Already closed meanwhile (by the page going away): nothing left to answer.
    await this.socket.send('Page.handleJavaScriptDialog', { accept }).catch(() => undefined);
  }
}

/** The connection to the window a reset works in: opened when first asked for, and again for another window. */
export class WindowConnection {
  private current: Promise<WindowDevTools | null> | null = null;
  private currentHandle: string | null = null;
  /** This browser gives no DevTools address, or its connection cannot be made: the reset goes through WebDriver. */
  private unavailable = false;
  /** The opening under way or done: an abandoned one (another window, another browser) marks nothing. */
  private opening: object | null = null;

  constructor(
    private readonly webDriver: () => WebDriver,
    private readonly browser: string,
  ) {}

  /**
   * The connection to the window `windowHandle`; `null` when this browser has none to offer, or this
   * attempt to open one failed (a window held by a dialog: the next reset tries again).
   */
  async to(windowHandle: string): Promise<WindowDevTools | null> {
    if (this.current && this.currentHandle === windowHandle) {
      const connection = await this.current;
      if (connection?.isOpen) return connection;
    }
    this.close();
    if (this.unavailable || this.browser !== 'chrome') return null;
    this.currentHandle = windowHandle;
    const opening = {};
    this.opening = opening;
    this.current = this.open(windowHandle, opening);
    return this.current;
  }

  /** The window is replaced (or its connection broke): the next `to` connects afresh. */
  close(): void {
    const closing = this.current;
    this.current = null;
    this.currentHandle = null;
    void closing?.then((connection) => connection?.close());
  }

  /** The browser stops: a new one may offer what this one did not. */
  forget(): void {
    this.close();
    this.unavailable = false;
    this.opening = null;
  }

  private async open(windowHandle: string, opening: object): Promise<WindowDevTools | null> {
    const socket = await Promise.resolve()
      .then(() => devToolsUrl(this.webDriver()))
      .then((url) => (url ? DevToolsSocket.connect(url) : null))
      .catch(() => null);
    // No address, or none that answers (a Grid's `se:cdp` behind a proxy): not tried again at every reset.
    if (!socket) {
      if (this.opening === opening) this.unavailable = true;
      return null;
    }
    return WindowDevTools.open(socket, windowHandle).catch(() => null);
  }
}
