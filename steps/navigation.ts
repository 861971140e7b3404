/** MinkContext navigation steps. */
import { Given, When } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { I, PLAIN, QUOTED, step } from './patterns';
import { say } from './notes';
import { minkStep } from './translations';

/** What a navigation did beyond the step's words (a browser accepted a leave-page dialog), in the step's output. */

Given(...minkStep('am-on-homepage', `${I}am on (?:|the )homepage`, async function (this: MinkWorld) {
  say(this, await this.session.visit('/'));
}));
When(...minkStep('go-to-homepage', `${I}go to (?:|the )homepage`, async function (this: MinkWorld) {
  say(this, await this.session.visit('/'));
}));
Given(...minkStep('am-on-page', `${I}am on ${PLAIN}`, async function (this: MinkWorld, page: string) {
  say(this, await this.session.visit(page));
}));
When(...minkStep('go-to-page', `${I}go to ${PLAIN}`, async function (this: MinkWorld, page: string) {
  say(this, await this.session.visit(page));
}));
When(...minkStep('reload-the-page', `${I}reload the page`, async function (this: MinkWorld) {
  say(this, await this.session.reload());
}));
When(...minkStep('move-backward-one-page', `${I}move backward one page`, async function (this: MinkWorld) {
  say(this, await this.session.back());
}));
When(...minkStep('move-forward-one-page', `${I}move forward one page`, async function (this: MinkWorld) {
  say(this, await this.session.forward());
}));
When(...minkStep('press-button', `${I}press ${QUOTED}`, function (this: MinkWorld, button: string) {
  return this.session.pressButton(arg(button));
}));
When(...minkStep('follow-link', `${I}follow ${QUOTED}`, function (this: MinkWorld, link: string) {
  return this.session.clickLink(arg(link));
}));
// Beyond Mink: the Nth of several same-named links or buttons (behatch's wording), and a click on any
// element by its text, a link or button first.
When(step(`${I}follow the (\\d+)(?:st|nd|rd|th) ${QUOTED} link`), function (this: MinkWorld, position: string, link: string) {
  return this.session.nth('link', arg(link), Number(position)).click();
});
When(step(`${I}press the (\\d+)(?:st|nd|rd|th) ${QUOTED} button`), function (this: MinkWorld, position: string, button: string) {
  return this.session.nth('button', arg(button), Number(position)).press();
});
When(step(`${I}click on ${QUOTED}`), function (this: MinkWorld, text: string) {
  return this.session.clickText(arg(text));
});
