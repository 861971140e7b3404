/** MinkContext navigation steps. */
import { Given, When } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { I, PLAIN, QUOTED, step } from './patterns';

Given(step(`${I}am on (?:|the )homepage`), function (this: MinkWorld) {
  return this.session.visit('/');
});
When(step(`${I}go to (?:|the )homepage`), function (this: MinkWorld) {
  return this.session.visit('/');
});
Given(step(`${I}am on ${PLAIN}`), function (this: MinkWorld, page: string) {
  return this.session.visit(page);
});
When(step(`${I}go to ${PLAIN}`), function (this: MinkWorld, page: string) {
  return this.session.visit(page);
});
When(step(`${I}reload the page`), function (this: MinkWorld) {
  return this.session.reload();
});
When(step(`${I}move backward one page`), function (this: MinkWorld) {
  return this.session.back();
});
When(step(`${I}move forward one page`), function (this: MinkWorld) {
  return this.session.forward();
});
When(step(`${I}press ${QUOTED}`), function (this: MinkWorld, button: string) {
  return this.session.pressButton(arg(button));
});
When(step(`${I}follow ${QUOTED}`), function (this: MinkWorld, link: string) {
  return this.session.clickLink(arg(link));
});
