/**
 * Acting on an element located by CSS, for inputs and buttons that have no label, name, id,
 * placeholder or accessible name to find them by. The first visible match is used (the first match
 * when none is visible). Both drivers.
 */
import { When } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { I, PLAIN, QUOTED, step } from './patterns';

When(step(`${I}fill in the ${PLAIN} element with ${QUOTED}`), function (this: MinkWorld, css: string, value: string) {
  return this.session.element('css', css).fill(arg(value));
});
When(step(`${I}fill in the ${PLAIN} element with:`), function (this: MinkWorld, css: string, value: string) {
  return this.session.element('css', css).fill(value);
});
When(step(`${I}select ${QUOTED} from the ${PLAIN} element`), function (this: MinkWorld, option: string, css: string) {
  return this.session.element('css', css).selectOption(arg(option));
});
When(step(`${I}additionally select ${QUOTED} from the ${PLAIN} element`), function (this: MinkWorld, option: string, css: string) {
  return this.session.element('css', css).selectOption(arg(option), true);
});
When(step(`${I}check the ${PLAIN} element`), function (this: MinkWorld, css: string) {
  return this.session.element('css', css).check();
});
When(step(`${I}uncheck the ${PLAIN} element`), function (this: MinkWorld, css: string) {
  return this.session.element('css', css).uncheck();
});
When(step(`${I}press the ${PLAIN} element`), function (this: MinkWorld, css: string) {
  return this.session.element('css', css).press();
});
When(step(`${I}click on the ${PLAIN} element`), function (this: MinkWorld, css: string) {
  return this.session.element('css', css).click();
});
