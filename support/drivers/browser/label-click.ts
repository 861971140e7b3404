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

/**
 * arguments[0]: the input. Its label holding the topmost element on the input's centre (looked up in
 * the input's own tree, so inside a shadow root too; its own shadow hosts skipped, which a hit test
 * answers for the words their slots show), or null.
 */
const LABEL_AT_CENTRE = `
var input = arguments[0];
var root = input.getRootNode();
var hosts = [];
for (var r = root; typeof ShadowRoot !== 'undefined' && r instanceof ShadowRoot; r = r.host.getRootNode()) hosts.push(r.host);
var box = input.getBoundingClientRect();
var stack = root.elementsFromPoint ? root.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2) : [];
var labels = Array.from(input.labels || []);
for (var i = 0; i < stack.length; i++) {
  if (hosts.indexOf(stack[i]) >= 0) continue;
  if (stack[i] === input) return null;
  for (var j = 0; j < labels.length; j++) if (labels[j].contains(stack[i])) return labels[j];
  return null;
}
return null;`;

/** True when it clicked the input's own label instead of the intercepted click (`caught`); false when that failure stands. */
export async function clickedItsLabel(
  webDriver: WebDriver,
  el: WebElement,
  caught: unknown,
  click: (target: WebElement) => Promise<void>,
): Promise<boolean> {
  if (!(caught instanceof seleniumError.ElementClickInterceptedError)) return false;
  const label = (await webDriver.executeScript(LABEL_AT_CENTRE, el).catch(() => null)) as WebElement | null;
  if (label === null) return false;
  await click(label);
  return true;
}
