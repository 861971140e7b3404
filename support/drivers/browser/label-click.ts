/**
 * Checking a checkbox (or radio) that a custom control draws over: design systems (Shoelace, Material,
 * Bootstrap's custom checks) keep the native input for forms and assistive technology but draw it
 * invisible and without pointer events, under their own box, all inside one `<label>`. A user clicks
 * what they see, which is that label; WebDriver's Element Click on the input is refused as covered.
 * So when the click on a choice input is intercepted by its own label (what lies on the input's
 * centre is inside one of `input.labels`: click-point.ts), the label is clicked instead, as Capybara's
 * `automatic_label_click` does. An input covered by anything else (an overlay, a cookie banner) still
 * fails, naming what covers it.
 */
import type { WebElement } from 'selenium-webdriver';
import { CoveredClickError } from './element';

/** True when it clicked the input's own label instead of the intercepted click (`caught`); false when that failure stands. */
export async function clickedItsLabel(caught: unknown, click: (target: WebElement) => Promise<void>): Promise<boolean> {
  if (!(caught instanceof CoveredClickError) || caught.label === null) return false;
  await click(caught.label);
  return true;
}
