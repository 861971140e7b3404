/**
 * Steps that need a scripting browser. On the HTTP driver each fails with one message saying to tag
 * the scenario @javascript. Everything that can be late (a window, a frame, a dialog, an element)
 * is waited for by the session's synchronize, which retries what the driver reports as not there
 * yet; none of these hides a fixed sleep or a loop of its own.
 */
import { Then, When } from '@cucumber/cucumber';
import fs from 'node:fs';
import path from 'node:path';
import { ExpectationError } from '../support/session/errors';
import { unescapeStepArgument as arg, normalizeWhitespace } from '../support/session/text';
import type { MinkWorld } from '../support/world';
import { parseKeyCombination } from '../support/session/keys';
import { I, PLAIN, QUOTED, step } from './patterns';

When(step(`${I}wait for ${QUOTED} to appear`), async function (this: MinkWorld, text: string) {
  await this.session.browser();
  return this.assert.pageTextContains(arg(text));
});
When(step(`${I}wait for ${QUOTED} to disappear`), async function (this: MinkWorld, text: string) {
  await this.session.browser();
  return this.assert.pageTextNotContains(arg(text));
});
When(step(`${I}wait for the ${PLAIN} element to appear`), async function (this: MinkWorld, css: string) {
  await this.session.browser();
  return this.assert.elementExists(css);
});
When(step(`${I}wait for the ${PLAIN} element to disappear`), async function (this: MinkWorld, css: string) {
  await this.session.browser();
  return this.assert.elementNotExists(css);
});

When(step(`${I}hover over the ${PLAIN} element`), async function (this: MinkWorld, css: string) {
  const browser = await this.session.browser();
  return this.session.synchronize(async () => browser.hover(await this.session.findCssOnce(css)));
});
When(step(`${I}double click on the ${PLAIN} element`), async function (this: MinkWorld, css: string) {
  const browser = await this.session.browser();
  return this.session.synchronize(async () => browser.doubleClick(await this.session.findCssOnce(css)));
});
When(step(`${I}right click on the ${PLAIN} element`), async function (this: MinkWorld, css: string) {
  const browser = await this.session.browser();
  return this.session.synchronize(async () => browser.rightClick(await this.session.findCssOnce(css)));
});
When(step(`${I}drag the ${PLAIN} element onto the ${PLAIN} element`), async function (this: MinkWorld, source: string, target: string) {
  const browser = await this.session.browser();
  return this.session.synchronize(async () => browser.dragTo(await this.session.findCssOnce(source), await this.session.findCssOnce(target)));
});
When(step(`${I}press the ${QUOTED} key in the ${QUOTED} field`), async function (this: MinkWorld, combination: string, field: string) {
  const browser = await this.session.browser();
  const { key, modifiers } = parseKeyCombination(arg(combination));
  return this.session.synchronize(async () => browser.pressKey(await this.session.findNamedOnce('field', arg(field)), key, modifiers));
});

When(step(`${I}switch to the ${QUOTED} window`), async function (this: MinkWorld, name: string) {
  const browser = await this.session.browser();
  return this.session.synchronize(() => browser.switchToWindow(arg(name)));
});
When(step(`${I}switch to the new window`), async function (this: MinkWorld) {
  const browser = await this.session.browser();
  return this.session.synchronize(() => browser.switchToWindow('new'));
});
When(step(`${I}switch back to the main window`), async function (this: MinkWorld) {
  return (await this.session.browser()).switchToWindow(null);
});
When(step(`${I}switch to the ${QUOTED} iframe`), async function (this: MinkWorld, locator: string) {
  const browser = await this.session.browser();
  return this.session.synchronize(() => browser.switchToIFrame(arg(locator)));
});
When(step(`${I}switch back to the main page`), async function (this: MinkWorld) {
  return (await this.session.browser()).switchToIFrame(null);
});

When(step(`${I}accept the dialog`), async function (this: MinkWorld) {
  const browser = await this.session.browser();
  return this.session.synchronize(() => browser.acceptDialog());
});
When(step(`${I}dismiss the dialog`), async function (this: MinkWorld) {
  const browser = await this.session.browser();
  return this.session.synchronize(() => browser.dismissDialog());
});
When(step(`${I}answer ${QUOTED} to the prompt`), async function (this: MinkWorld, answer: string) {
  const browser = await this.session.browser();
  return this.session.synchronize(() => browser.acceptDialog(arg(answer)));
});
Then(step(`the dialog should say ${QUOTED}`), async function (this: MinkWorld, text: string) {
  const browser = await this.session.browser();
  return this.session.synchronize(async () => {
    const shown = await browser.dialogText();
    if (shown === null) throw new ExpectationError(`No dialog is open; expected one saying "${arg(text)}".`);
    if (!normalizeWhitespace(shown).toLowerCase().includes(normalizeWhitespace(arg(text)).toLowerCase())) {
      throw new ExpectationError(`The dialog says "${shown}", but "${arg(text)}" expected.`);
    }
  });
});

When(step(`${I}resize the window to (\\d+)x(\\d+)`), async function (this: MinkWorld, width: string, height: string) {
  return (await this.session.browser()).resizeWindow(Number(width), Number(height));
});
When(step(`${I}execute the script ${QUOTED}`), async function (this: MinkWorld, script: string) {
  await (await this.session.browser()).executeScript(arg(script));
});
When(step(`${I}execute the script:`), async function (this: MinkWorld, script: string) {
  await (await this.session.browser()).executeScript(script);
});
Then(step(`the expression ${QUOTED} should return ${QUOTED}`), async function (this: MinkWorld, expression: string, expected: string) {
  const browser = await this.session.browser();
  return this.session.synchronize(async () => {
    const result = await browser.evaluateScript(arg(expression));
    const shown = typeof result === 'string' ? result : JSON.stringify(result);
    if (shown !== arg(expected)) {
      throw new ExpectationError(`The expression "${arg(expression)}" returned ${JSON.stringify(result)}, but "${arg(expected)}" expected.`);
    }
  });
});
When(step(`${I}save a screenshot to ${PLAIN}`), async function (this: MinkWorld, file: string) {
  const png = await (await this.session.browser()).screenshot();
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, png);
});
