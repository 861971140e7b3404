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
 * so: an element covered by anything else than its own hosts' slotted content keeps WebDriver's error.
 */
import { error as seleniumError, type WebDriver, type WebElement } from 'selenium-webdriver';
import { Pointer } from 'selenium-webdriver/lib/input';

/** What selenium-webdriver's touch pointer offers, which its type declarations leave out. */
interface TouchPointer {
  move(options: { origin: WebElement }): unknown;
  press(): unknown;
  release(): unknown;
}
type PointerWithTouch = new (id: string, type: 'touch') => TouchPointer;
type ActionsWithInsert = { insert(device: TouchPointer, ...actions: unknown[]): { perform(): Promise<void> } };

const IN_SHADOW_ROOT = `var root = arguments[0].getRootNode(); return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot;`;

/**
 * arguments[0]: an element in a shadow root. True when, at its centre, the topmost element other
 * than its own shadow hosts (which stand for their slotted content) is the element or inside it.
 */
const ONLY_SLOTTED_CONTENT_ON_TOP = `
var el = arguments[0];
var root = el.getRootNode();
if (typeof ShadowRoot === 'undefined' || !(root instanceof ShadowRoot)) return false;
var hosts = [];
for (var r = root; r instanceof ShadowRoot; r = r.host.getRootNode()) hosts.push(r.host);
var box = el.getBoundingClientRect();
var stack = root.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2);
for (var i = 0; i < stack.length; i++) {
  if (hosts.indexOf(stack[i]) >= 0) continue;
  return stack[i] === el || el.contains(stack[i]);
}
return false;`;

/** True when it clicked `el` instead of the failed Element Click (`caught`); false when that failure stands. */
export async function clickedInShadowRoot(webDriver: WebDriver, el: WebElement, caught: unknown): Promise<boolean> {
  if (caught instanceof seleniumError.ElementClickInterceptedError) {
    if ((await webDriver.executeScript(ONLY_SLOTTED_CONTENT_ON_TOP, el).catch(() => false)) !== true) return false;
  } else if (!(caught instanceof seleniumError.JavascriptError)) {
    return false;
  } else if ((await webDriver.executeScript(IN_SHADOW_ROOT, el).catch(() => false)) !== true) {
    return false;
  }
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
