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
  await webDriver.actions().move({ origin: el }).click().perform();
  return true;
}
