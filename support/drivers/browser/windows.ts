/**
 * Which windows a scenario has seen, in order, so `'new'` means the most recently opened one and
 * `null` the one the scenario started in; and whether the window was resized (reset restores it).
 */
import type { WebDriver } from 'selenium-webdriver';
import { attempt, notYet } from './element';
import * as scripts from './page-scripts';

export class WindowTracker {
  private firstWindow: string | null = null;
  /** Window handles in the order they were first seen. */
  private order: string[] = [];
  /** Set by a resize step; reset puts the configured size back only then (a round trip saved otherwise). */
  resized = false;
  /** The iframes switched into, outermost first, as the step named them; empty in the top document. */
  frames: string[] = [];

  /** A scenario (or the browser) begins in `handle`, with no other window known. */
  startIn(handle: string): void {
    this.firstWindow = handle;
    this.order = [handle];
    this.frames = [];
  }

  /**
   * Whether a step may have pointed WebDriver away from the scenario's first window's top document
   * (into a frame, or at another window, which may since have closed).
   */
  leftFirstWindow(): boolean {
    return this.frames.length > 0 || this.order.length > 1;
  }

  /** `null` is the first window, `'new'` the newest, anything else a window name or title. */
  async switchTo(webDriver: WebDriver, nameOrTitle: string | null): Promise<void> {
    this.frames = [];
    const handles = await attempt('list the windows', () => webDriver.getAllWindowHandles());
    for (const handle of handles) if (!this.order.includes(handle)) this.order.push(handle);
    this.order = this.order.filter((handle) => handles.includes(handle));
    if (nameOrTitle === null) {
      const first = this.firstWindow && handles.includes(this.firstWindow) ? this.firstWindow : handles[0];
      await attempt('switch to the first window', () => webDriver.switchTo().window(first));
      return;
    }
    if (nameOrTitle === 'new') {
      const newest = this.order[this.order.length - 1];
      if (!newest || newest === this.firstWindow) throw notYet('NoSuchWindowError', 'cannot switch to the new window: no other window is open');
      await attempt('switch to the new window', () => webDriver.switchTo().window(newest));
      return;
    }
    await this.switchToNamed(webDriver, nameOrTitle);
  }

  /** WebDriver knows windows only by handle: each one is visited to read its name and title. */
  private async switchToNamed(webDriver: WebDriver, nameOrTitle: string): Promise<void> {
    const current = await webDriver.getWindowHandle().catch(() => null);
    const seen: string[] = [];
    for (const handle of this.order) {
      try {
        await webDriver.switchTo().window(handle);
        const [name, title] = (await webDriver.executeScript(scripts.WINDOW_NAME_AND_TITLE)) as [string, string];
        if (name === nameOrTitle || title === nameOrTitle) return;
        seen.push(name ? `name "${name}" / title "${title}"` : `title "${title}"`);
      } catch {
        // A window that closed or shows a dialog cannot be the one asked for.
      }
    }
    if (current) await webDriver.switchTo().window(current).catch(() => undefined);
    throw notYet('NoSuchWindowError', `no window named or titled "${nameOrTitle}" (open windows: ${seen.join('; ') || 'none'})`);
  }
}
