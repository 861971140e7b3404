/**
 * Cheap isolation between scenarios: a fresh tab replaces every window (which also drops
 * sessionStorage and history), then cookies of every domain and the storage of every origin
 * the browser talked to are cleared.
 */
import type { WebDriver } from 'selenium-webdriver';
import type { BidiNetwork } from './bidi-network';
import type { CookiesAndStorage } from './cookies-and-storage';
import type { WindowTracker } from './windows';

export interface ResetTarget {
  webDriver: WebDriver;
  windows: WindowTracker;
  windowSize: { width: number; height: number };
  storage: CookiesAndStorage;
  network: BidiNetwork | null;
}

export async function resetBrowser({ webDriver, windows, windowSize, storage, network }: ResetTarget): Promise<void> {
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
  windows.startIn(freshWindow);
  if (windows.resized) {
    await webDriver.manage().window().setRect(windowSize);
    windows.resized = false;
  }
  await storage.clearAll(network?.visitedOrigins() ?? []);
  network?.reset();
}

async function closeOpenDialog(webDriver: WebDriver): Promise<void> {
  try {
    await webDriver.switchTo().alert().dismiss();
  } catch {
    // No dialog open.
  }
}
