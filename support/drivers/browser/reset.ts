/**
 * Cheap isolation between scenarios. The common case (one window, at most one origin visited,
 * Chromium's DevTools at hand) stays in its tab: it goes to about:blank and forgets its history,
 * through the reset's own DevTools connection to the window (window-devtools.ts) where there is one.
 * Otherwise a fresh tab replaces every window (which drops sessionStorage and history of every origin
 * at once). Either way cookies of every domain, the HTTP cache and the storage of every origin the
 * browser talked to (local storage, IndexedDB, Cache Storage, service workers …) are cleared once the
 * page has gone, as a new browser would have them.
 */
import type { WebDriver } from 'selenium-webdriver';
import type { BidiNetwork } from './bidi-network';
import { acceptLeavePageDialog } from './dialogs';
import type { CookiesAndStorage } from './cookies-and-storage';
import type { WindowConnection, WindowDevTools } from './window-devtools';
import type { WindowTracker } from './windows';

interface ResetTarget {
  webDriver: WebDriver;
  windows: WindowTracker;
  windowSize: { width: number; height: number };
  storage: CookiesAndStorage;
  network: BidiNetwork | null;
  /** The reset's own DevTools connection to the window it stays in. */
  windowConnection: WindowConnection;
}

export async function resetBrowser(target: ResetTarget): Promise<void> {
  const { storage, network } = target;
  const origins = network?.visitedOrigins() ?? [];
  // Cleared once the page is gone: its last scripts (an unload handler) could otherwise write again.
  const clear = (via?: WindowDevTools): Promise<void> => storage.clearAll(origins, via);
  const inPlace = await resetInPlace(target, clear);
  if (inPlace === false) await resetWithFreshTab(target);
  if (inPlace !== 'cleared') await clear();
  // Without DevTools nothing clears the HTTP cache: the browser stops using it instead.
  if (!storage.bridge()) await network?.bypassHttpCache();
  network?.reset();
}

/**
 * A new tab costs a few hundred ms; when one window on one origin is all there is, it is not needed.
 * Answers `false` when a fresh tab must replace the windows, `'cleared'` when the reset's own
 * connection left the page and cleared the browser, `'left'` when the page was left through WebDriver.
 */
async function resetInPlace(target: ResetTarget, clear: (via: WindowDevTools) => Promise<void>): Promise<'cleared' | 'left' | false> {
  const { webDriver, windows, storage, network, windowConnection } = target;
  const bridge = storage.bridge();
  if (!bridge || windows.resized || storage.originsToClear(network?.visitedOrigins() ?? []).length > 1) return false;
  try {
    const handles = await webDriver.getAllWindowHandles();
    if (handles.length !== 1) return false;
    // WebDriver may still point into a frame that leaves with the page, or at a popup that closed itself.
    if (windows.leftFirstWindow()) await webDriver.switchTo().window(handles[0]);
    const window = await windowConnection.to(handles[0]);
    windows.startIn(handles[0]);
    // (sessionStorage goes with the origin's storage; a test guards that.)
    if (window) {
      await window.leaveAndClear(() => clear(window));
      return 'cleared';
    }
    await leaveThroughWebDriver(webDriver);
    await bridge.sendDevToolsCommand('Page.resetNavigationHistory');
    return 'left';
  } catch {
    windowConnection.close();
    return false;
  }
}

async function leaveThroughWebDriver(webDriver: WebDriver): Promise<void> {
  // Fails while a dialog is open: the fresh-tab path handles that.
  await webDriver.get('about:blank');
  // A page with unsaved changes asks before it lets go: leaving it is the point here.
  if (await acceptLeavePageDialog(webDriver)) await webDriver.get('about:blank');
}

async function resetWithFreshTab({ webDriver, windows, windowSize, storage, windowConnection }: ResetTarget): Promise<void> {
  windowConnection.close();
  await closeOpenDialog(webDriver);
  const oldWindows = await webDriver.getAllWindowHandles();
  await webDriver.switchTo().newWindow('tab');
  const freshWindow = await webDriver.getWindowHandle();
  for (const handle of oldWindows) {
    try {
      await webDriver.switchTo().window(handle);
      // An open dialog would refuse the close.
      await closeOpenDialog(webDriver);
      await webDriver.close();
    } catch {
      // The window closed itself meanwhile.
    }
  }
  await webDriver.switchTo().window(freshWindow);
  // A tab opened beside another does not get the focus when that one closes: its document would not
  // have it (`document.hasFocus()` false), and typing into a field the page focused would put the
  // caret at the end first, as for an unfocused page. The first tab of a browser has it; so must this.
  await storage.bridge()?.sendDevToolsCommand('Page.bringToFront', {}).catch(() => undefined);
  windows.startIn(freshWindow);
  // Opened now, while no dialog can hold the new page: the next reset finds it ready.
  void windowConnection.to(freshWindow);
  if (windows.resized) {
    await webDriver.manage().window().setRect(windowSize);
    windows.resized = false;
  }
}

async function closeOpenDialog(webDriver: WebDriver): Promise<void> {
  try {
    await webDriver.switchTo().alert().dismiss();
  } catch {
    // No dialog open.
  }
}
