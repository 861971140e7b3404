/**
 * What only a real browser can do (BrowserOperations): scripts, screenshots, pointer gestures,
 * keys, windows, frames, resizing and JavaScript dialogs.
 */
import { error as seleniumError, type WebDriver, type WebElement } from 'selenium-webdriver';
import type { BrowserOperations, ElementHandle } from '../driver';
import { asBrowserElement, attempt, notYet, onElement, translateError } from './element';
import { keystroke } from './keys';
import * as scripts from './page-scripts';
import type { WindowTracker } from './windows';
import type { DevTools } from './cookies-and-storage';
import { emulateDevice } from './device-emulation';

interface OperationsHost {
  /** The running browser; throws when it is not started. */
  webDriver(): WebDriver;
  readonly windows: WindowTracker;
  /** Chromium's DevTools bridge, when the running browser offers one. */
  devTools(): DevTools | null;
}

/** Mink: scripts starting with `function` are wrapped in parentheses (so `function(){…}()` runs). */
function wrapFunctionScript(script: string): string {
  const trimmed = script.trim();
  if (/^function[\s(]/.test(trimmed)) return `(${trimmed.replace(/;\s*$/, '')})`;
  return trimmed;
}

export function createBrowserOperations(host: OperationsHost): BrowserOperations {
  // Asked for at each call, inside a promise: before start() it rejects rather than throws.
  const webDriver = () => host.webDriver();
  /** Pointer actions need the element in the viewport; WebDriver does not scroll for them. */
  const gesture = (element: ElementHandle, doing: string, perform: (el: WebElement) => Promise<void>) =>
    onElement(element, doing, async (el) => {
      await webDriver().executeScript(scripts.SCROLL_INTO_VIEW, el);
      await perform(el);
    });
  return {
    executeScript: (script) => attempt('run a script', () => webDriver().executeScript(wrapFunctionScript(script))),
    evaluateScript: (expression) => {
      let script = wrapFunctionScript(expression);
      if (!script.startsWith('return ')) script = `return ${script}`;
      return attempt('evaluate a script', () => webDriver().executeScript(script));
    },
    screenshot: async () => Buffer.from(await attempt('take a screenshot', () => webDriver().takeScreenshot()), 'base64'),
    hover: (element) => gesture(element, 'hover over', (el) => webDriver().actions({ async: true }).move({ origin: el }).perform()),
    doubleClick: (element) => gesture(element, 'double-click', (el) => webDriver().actions({ async: true }).doubleClick(el).perform()),
    rightClick: (element) => gesture(element, 'right-click', (el) => webDriver().actions({ async: true }).contextClick(el).perform()),
    dragTo: async (source, target) => dragTo(webDriver(), source, target),
    pressKey: async (element, key, modifiers) => {
      const keys = keystroke(key, modifiers);
      await onElement(element, `press ${key} in`, (el) => el.sendKeys(keys));
    },
    // The element that has the focus gets the keys, as a user's shortcut would (the body when none has).
    pressKeyOnPage: (key, modifiers) => {
      const keys = keystroke(key, modifiers);
      return attempt(`press ${key} on the page`, async () => webDriver().switchTo().activeElement().sendKeys(keys));
    },
    switchToWindow: async (nameOrTitle) => host.windows.switchTo(webDriver(), nameOrTitle),
    switchToIFrame: async (locator) => {
      await switchToIFrame(webDriver(), locator);
      host.windows.frames = locator === null ? [] : [...host.windows.frames, locator];
    },
    resizeWindow: async (width, height) => {
      host.windows.resized = true;
      await attempt('resize the window', () => webDriver().manage().window().setRect({ width, height }));
    },
    emulateDevice: (device) => emulateDevice(host.devTools(), host.windows, device),
    dialogText: async () => {
      try {
        return await webDriver().switchTo().alert().getText();
      } catch (caught) {
        if (caught instanceof seleniumError.NoSuchAlertError) return null;
        throw translateError(caught, 'read the dialog');
      }
    },
    acceptDialog: (promptAnswer) =>
      onDialog('accept the dialog', async () => {
        const alert = webDriver().switchTo().alert();
        if (promptAnswer !== undefined) await alert.sendKeys(promptAnswer);
        await alert.accept();
      }),
    dismissDialog: () => onDialog('dismiss the dialog', () => webDriver().switchTo().alert().dismiss()),
    situation: async () => {
      const dialog = await webDriver().switchTo().alert().getText().catch(() => null);
      // A leave-page (beforeunload) dialog carries no text of the page: Chromium writes its own.
      if (dialog !== null) return dialog === '' ? 'dialog open (no text)' : `dialog open: "${dialog}"`;
      const frames = host.windows.frames;
      return frames.length === 0 ? null : `inside iframe ${frames.map((frame) => `"${frame}"`).join(' › ')}`;
    },
  };
}

async function onDialog(doing: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (caught) {
    if (caught instanceof seleniumError.NoSuchAlertError) throw notYet('NoSuchAlertError', `cannot ${doing}: no alert, confirm or prompt is open`, caught);
    throw translateError(caught, doing);
  }
}

/**
 * Mouse actions for drags that listen to mouse events, plus the HTML5 drag events dispatched
 * by script, because WebDriver's pointer actions never start an HTML5 drag in Chrome.
 */
async function dragTo(webDriver: WebDriver, source: ElementHandle, target: ElementHandle): Promise<void> {
  const from = asBrowserElement(source).webElement;
  const to = asBrowserElement(target).webElement;
  await onElement(source, `drag onto ${target.description}:`, async () => {
    await webDriver.executeScript(scripts.SCROLL_INTO_VIEW, from);
    await webDriver.actions({ async: true }).move({ origin: from }).press().move({ origin: to }).release().perform();
    await webDriver.executeScript(scripts.HTML5_DRAG_AND_DROP, from, to);
  });
}

async function switchToIFrame(webDriver: WebDriver, locator: string | null): Promise<void> {
  if (locator === null) {
    await attempt('switch to the main page', () => webDriver.switchTo().defaultContent());
    return;
  }
  const frame = (await attempt(`find the iframe "${locator}"`, () => webDriver.executeScript(scripts.FIND_FRAME, locator))) as WebElement | null;
  if (!frame) throw notYet('NoSuchFrameError', `no iframe with id, name or CSS selector "${locator}"`);
  await attempt(`switch to the iframe "${locator}"`, () => webDriver.switchTo().frame(frame));
}
