/**
 * What a click on an element meets: the topmost element at the point WebDriver clicks (the centre of
 * the element's first box), looked up in the element's own tree with its own shadow hosts skipped (a
 * hit test answers a host for the words its slots show). One page script answers the three questions
 * a refused click raises: is it the element after all (slotted content drawn over it: shadow-click.ts),
 * is it one of the element's own labels (a design system's checkbox: label-click.ts), or what covers it
 * (the message of a covered click: element.ts).
 */
import type { WebDriver, WebElement } from 'selenium-webdriver';
import type { ElementParts } from '../../selectors/brief-element';

export interface ClickPoint {
  readonly inShadowRoot: boolean;
  /** `self`: the element or something inside it; `label`: one of its labels; `cover`: anything else; `nothing`: no element there. */
  readonly onTop: 'self' | 'label' | 'cover' | 'nothing';
  /** The label on top, when `onTop` is `label`. */
  readonly label: WebElement | null;
  readonly target: ElementParts;
  /** What is on top when it is not the element: the label's part that was hit, or the cover. */
  readonly cover: ElementParts | null;
}

const AT_CLICK_POINT = `
var el = arguments[0];
var hasShadow = typeof ShadowRoot !== 'undefined';
var root = el.getRootNode();
var hosts = [];
for (var r = root; hasShadow && r instanceof ShadowRoot; r = r.host.getRootNode()) hosts.push(r.host);
var box = el.getClientRects()[0] || el.getBoundingClientRect();
var x = box.left + box.width / 2, y = box.top + box.height / 2;
var stack = root.elementsFromPoint ? root.elementsFromPoint(x, y) : [el.ownerDocument.elementFromPoint(x, y)];
var top = null;
for (var i = 0; i < stack.length && top === null; i++) if (stack[i] && hosts.indexOf(stack[i]) < 0) top = stack[i];
function parts(e) {
  return { tag: e.localName, id: e.getAttribute('id'), classes: e.getAttribute('class'), text: e.innerText || '' };
}
var point = { inShadowRoot: hasShadow && root instanceof ShadowRoot, onTop: 'nothing', label: null, target: parts(el), cover: null };
if (top === null) return point;
if (top === el || el.contains(top)) { point.onTop = 'self'; return point; }
point.cover = parts(top);
var labels = Array.from(el.labels || []);
for (var j = 0; j < labels.length; j++) {
  if (labels[j].contains(top)) { point.onTop = 'label'; point.label = labels[j]; return point; }
}
point.onTop = 'cover';
return point;`;

/** What is at the element's click point now; null when the page cannot say (the element went away). */
export async function atClickPoint(webDriver: WebDriver, el: WebElement): Promise<ClickPoint | null> {
  return ((await webDriver.executeScript(AT_CLICK_POINT, el).catch(() => null)) as ClickPoint | null) ?? null;
}
