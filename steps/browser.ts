/**
 * Steps that need a scripting browser. On the HTTP driver each fails with one message saying to tag
 * the scenario @javascript. Everything that can be late (a window, a frame, a dialog, an element)
 * is waited for by the session's synchronize, which retries what the driver reports as not there
 * yet; none of these hides a fixed sleep or a loop of its own.
 */
import { Then, When } from '@cucumber/cucumber';
import { writeScreenshotFile } from '../support/debugging/screenshot-file';
import { unescapeStepArgument as arg } from '../support/session/text';
import type { MinkWorld } from '../support/world';
import { I, PLAIN, QUOTED, step } from './patterns';

When(step(`${I}wait for ${QUOTED} to appear`), function (this: MinkWorld, text: string) {
  return this.session.inBrowser(() => this.assert.pageTextContains(arg(text)));
});
When(step(`${I}wait for ${QUOTED} to disappear`), function (this: MinkWorld, text: string) {
  return this.session.inBrowser(() => this.assert.pageTextNotContains(arg(text)));
});
When(step(`${I}wait for the ${PLAIN} element to appear`), function (this: MinkWorld, css: string) {
  return this.session.inBrowser(() => this.assert.elementExists(css));
});
When(step(`${I}wait for the ${PLAIN} element to disappear`), function (this: MinkWorld, css: string) {
  return this.session.inBrowser(() => this.assert.elementNotExists(css));
});

When(step(`${I}hover over the ${PLAIN} element`), function (this: MinkWorld, css: string) {
  return this.session.element('css', css).hover();
});
When(step(`${I}double click on the ${PLAIN} element`), function (this: MinkWorld, css: string) {
  return this.session.element('css', css).doubleClick();
});
When(step(`${I}right click on the ${PLAIN} element`), function (this: MinkWorld, css: string) {
  return this.session.element('css', css).rightClick();
});
When(step(`${I}drag the ${PLAIN} element onto the ${PLAIN} element`), function (this: MinkWorld, source: string, target: string) {
  return this.session.element('css', source).dragTo(this.session.element('css', target));
});
// A shortcut: the keys go to whatever has the focus, the page itself when nothing has ("meta" is ⌘ on a Mac).
When(step(`${I}press the ${QUOTED} keys?`), function (this: MinkWorld, combination: string) {
  return this.session.pressKeysOnPage(arg(combination));
});
When(step(`${I}press the ${QUOTED} key in the ${QUOTED} field`), function (this: MinkWorld, combination: string, field: string) {
  return this.session.element('field', arg(field)).pressKey(arg(combination));
});

When(step(`${I}switch to the ${QUOTED} window`), function (this: MinkWorld, name: string) {
  return this.session.inBrowser((browser) => browser.switchToWindow(arg(name)));
});
When(step(`${I}switch to the new window`), function (this: MinkWorld) {
  return this.session.inBrowser((browser) => browser.switchToWindow('new'));
});
When(step(`${I}switch back to the main window`), async function (this: MinkWorld) {
  return (await this.session.browser()).switchToWindow(null);
});
When(step(`${I}switch to the ${QUOTED} iframe`), function (this: MinkWorld, locator: string) {
  return this.session.inBrowser((browser) => browser.switchToIFrame(arg(locator)));
});
When(step(`${I}switch back to the main page`), async function (this: MinkWorld) {
  return (await this.session.browser()).switchToIFrame(null);
});

When(step(`${I}accept the dialog`), function (this: MinkWorld) {
  return this.session.inBrowser((browser) => browser.acceptDialog());
});
When(step(`${I}dismiss the dialog`), function (this: MinkWorld) {
  return this.session.inBrowser((browser) => browser.dismissDialog());
});
When(step(`${I}answer ${QUOTED} to the prompt`), function (this: MinkWorld, answer: string) {
  return this.session.inBrowser((browser) => browser.acceptDialog(arg(answer)));
});
Then(step(`the dialog should say ${QUOTED}`), function (this: MinkWorld, text: string) {
  return this.assert.dialogSays(arg(text));
});

// Run once, never retried: a script or a resize is not to be repeated because something was late.
When(step(`${I}resize the window to (\\d+)x(\\d+)`), async function (this: MinkWorld, width: string, height: string) {
  return (await this.session.browser()).resizeWindow(Number(width), Number(height));
});
When(step(`${I}execute the script ${QUOTED}`), async function (this: MinkWorld, script: string) {
  await (await this.session.browser()).executeScript(arg(script));
});
When(step(`${I}execute the script:`), async function (this: MinkWorld, script: string) {
  await (await this.session.browser()).executeScript(script);
});
Then(step(`the expression ${QUOTED} should return ${QUOTED}`), function (this: MinkWorld, expression: string, expected: string) {
  return this.assert.expressionReturns(arg(expression), arg(expected));
});
When(step(`${I}save a screenshot to ${PLAIN}`), async function (this: MinkWorld, file: string) {
  writeScreenshotFile(file, await (await this.session.browser()).screenshot());
});
