/**
 * Checking a checkbox (or radio) that a custom control draws over: design systems (Shoelace, Material,
 * Bootstrap's custom checks) keep the native input for forms and assistive technology but draw it
 * invisible and without pointer events, under their own box, all inside one `<label>`. A user clicks
 * what they see, which is that label; WebDriver's Element Click on the input is refused as covered.
 * So when the click on a choice input is intercepted by its own label (what lies on the input's
 * centre is inside one of `input.labels`), the label is clicked instead, as Capybara's
 * `automatic_label_click` does. An input covered by anything else (an overlay, a cookie banner) still
 * fails, naming what covers it.
 */
import { error as seleniumError, type WebDriver, type WebElement } from 'selenium-webdriver';
import * as scripts from './page-scripts';

/**
 * arguments[0]: the input. Its label holding what lies on the input's centre (looked up in the input's
 * own tree, so inside a shadow root too), or null.
 */
const LABEL_AT_CENTRE = `
var input = arguments[0];
var box = input.getBoundingClientRect();
var root = input.getRootNode();
var hit = root.elementFromPoint ? root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) : null;
if (!hit || hit === input) return null;
var labels = Array.from(input.labels || []);
for (var i = 0; i < labels.length; i++) if (labels[i].contains(hit)) return labels[i];
return null;`;

/** True when it clicked the input's own label instead of the intercepted click (`caught`); false when that failure stands. */
export async function clickedItsLabel(webDriver: WebDriver, el: WebElement, caught: unknown): Promise<boolean> {
  if (!(caught instanceof seleniumError.ElementClickInterceptedError)) return false;
  const label = (await webDriver.executeScript(LABEL_AT_CENTRE, el).catch(() => null)) as WebElement | null;
  if (label === null) return false;
  await webDriver.executeScript(scripts.SCROLL_INTO_VIEW, label);
  await label.click();
  return true;
}
