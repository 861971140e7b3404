/**
 * Clicking an element inside a shadow root. chromedriver's Element Click fails on a link there (a
 * JavaScript error, "Cannot read properties of undefined (reading 'defaultView')": its link code looks
 * for the link's document through the shadow root), while a user's pointer clicks it all the same.
 * So when Element Click fails with a JavaScript error on an element in a shadow root, the same click
 * is made with pointer actions at the element's centre (scrolled into view already). Unlike Element
 * Click, a pointer click on a covered element lands on what covers it without saying so.
 */
import { error as seleniumError, type WebDriver, type WebElement } from 'selenium-webdriver';

const IN_SHADOW_ROOT = `var root = arguments[0].getRootNode(); return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot;`;

/** True when it clicked `el` instead of the failed Element Click (`caught`); false when that failure stands. */
export async function clickedInShadowRoot(webDriver: WebDriver, el: WebElement, caught: unknown): Promise<boolean> {
  if (!(caught instanceof seleniumError.JavascriptError)) return false;
  if ((await webDriver.executeScript(IN_SHADOW_ROOT, el).catch(() => false)) !== true) return false;
  await webDriver.actions().move({ origin: el }).click().perform();
  return true;
}
