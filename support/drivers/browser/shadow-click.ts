/**
 * Clicking an element inside a shadow root, where chromedriver's Element Click refuses what a user's
 * pointer clicks all the same; the same click is then made with pointer actions at the element's
 * centre (scrolled into view already):
 * - on a link it fails with a JavaScript error ("Cannot read properties of undefined (reading
 *   'defaultView')": its link code looks for the link's document through the shadow root);
 * - on a design system's button or label (`<button><slot></slot></button>`, Shoelace's sl-button) it
 *   says the element is covered by its own shadow host: the words at its centre are the host's light
 *   children, drawn through the slot inside it, and a hit test answers with their DOM parent, the
 *   host. A click there goes through the slot to the button, as for a user.
 * Unlike Element Click, a pointer click on a covered element lands on what covers it without saying
 * so: an element covered by anything else than its own hosts' slotted content (click-point.ts) keeps
 * WebDriver's error.
 */
import { error as seleniumError, type WebDriver, type WebElement } from 'selenium-webdriver';
import { Pointer } from 'selenium-webdriver/lib/input';
import type { ClickPoint } from './click-point';

/** What selenium-webdriver's touch pointer offers, which its type declarations leave out. */
interface TouchPointer {
  move(options: { origin: WebElement }): unknown;
  press(): unknown;
  release(): unknown;
}
type PointerWithTouch = new (id: string, type: 'touch') => TouchPointer;
type ActionsWithInsert = { insert(device: TouchPointer, ...actions: unknown[]): { perform(): Promise<void> } };

/** True when it clicked `el` instead of the failed Element Click (`caught`); false when that failure stands. */
export async function clickedInShadowRoot(webDriver: WebDriver, el: WebElement, caught: unknown, point: ClickPoint | null): Promise<boolean> {
  if (!point?.inShadowRoot) return false;
  if (caught instanceof seleniumError.ElementClickInterceptedError ? point.onTop !== 'self' : !(caught instanceof seleniumError.JavascriptError)) return false;
  await pointerClick(webDriver, el);
  return true;
}

/** Whether the page is on a touch screen (a device's, see device-emulation): there a user taps. */
const TOUCH_SCREEN = `return navigator.maxTouchPoints > 0 && matchMedia('(pointer: coarse)').matches;`;

/**
 * A click at the element's centre: with the mouse, or on a touch screen with a finger (chromedriver's
 * mouse actions never complete while Chromium turns mouse events into touches).
 */
async function pointerClick(webDriver: WebDriver, el: WebElement): Promise<void> {
  if ((await webDriver.executeScript(TOUCH_SCREEN)) !== true) {
    await webDriver.actions().move({ origin: el }).click().perform();
    return;
  }
  const finger = new (Pointer as unknown as PointerWithTouch)('finger', 'touch');
  const actions = webDriver.actions() as unknown as ActionsWithInsert;
  await actions.insert(finger, finger.move({ origin: el }), finger.press(), finger.release()).perform();
}
