/**
 * Actions and assertions inside a region located by CSS (Capybara's `within`): the same wording as
 * the page-wide steps, followed by `in the "css" element`. When several elements match the region,
 * the first one (in document order) that holds a match is used.
 */
import { Then, When } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { I, PLAIN, QUOTED, step } from './patterns';

const IN_REGION = `in the ${PLAIN} element`;

When(step(`${I}press ${QUOTED} ${IN_REGION}`), function (this: MinkWorld, button: string, region: string) {
  return this.session.pressButton(arg(button), region);
});
When(step(`${I}follow ${QUOTED} ${IN_REGION}`), function (this: MinkWorld, link: string, region: string) {
  return this.session.clickLink(arg(link), region);
});
When(step(`${I}fill in ${QUOTED} with ${QUOTED} ${IN_REGION}`), function (this: MinkWorld, field: string, value: string, region: string) {
  return this.session.fillField(arg(field), arg(value), region);
});
When(step(`${I}select ${QUOTED} from ${QUOTED} ${IN_REGION}`), function (this: MinkWorld, option: string, select: string, region: string) {
  return this.session.selectOption(arg(select), arg(option), false, region);
});
When(step(`${I}check ${QUOTED} ${IN_REGION}`), function (this: MinkWorld, field: string, region: string) {
  return this.session.checkField(arg(field), region);
});
When(step(`${I}uncheck ${QUOTED} ${IN_REGION}`), function (this: MinkWorld, field: string, region: string) {
  return this.session.uncheckField(arg(field), region);
});
Then(step(`the ${QUOTED} field should contain ${QUOTED} ${IN_REGION}`), function (this: MinkWorld, field: string, value: string, region: string) {
  return this.assert.fieldValueEquals(arg(field), arg(value), region);
});
Then(step(`the ${QUOTED} checkbox should be checked ${IN_REGION}`), function (this: MinkWorld, field: string, region: string) {
  return this.assert.checkboxChecked(arg(field), region);
});
Then(step(`the ${QUOTED} checkbox should not be checked ${IN_REGION}`), function (this: MinkWorld, field: string, region: string) {
  return this.assert.checkboxNotChecked(arg(field), region);
});
