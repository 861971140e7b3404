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
  return this.session.synchronize(async () => this.session.fillElement(await this.session.findVisibleCssOnce(css), arg(value)));
});
When(step(`${I}fill in the ${PLAIN} element with:`), function (this: MinkWorld, css: string, value: string) {
  return this.session.synchronize(async () => this.session.fillElement(await this.session.findVisibleCssOnce(css), value));
});
When(step(`${I}select ${QUOTED} from the ${PLAIN} element`), function (this: MinkWorld, option: string, css: string) {
  return this.session.synchronize(async () => this.session.selectElementOption(await this.session.findVisibleCssOnce(css), arg(option)));
});
When(step(`${I}additionally select ${QUOTED} from the ${PLAIN} element`), function (this: MinkWorld, option: string, css: string) {
  return this.session.synchronize(async () => this.session.selectElementOption(await this.session.findVisibleCssOnce(css), arg(option), true));
});
When(step(`${I}check the ${PLAIN} element`), function (this: MinkWorld, css: string) {
  return this.session.synchronize(async () => this.session.checkElement(await this.session.findVisibleCssOnce(css)));
});
When(step(`${I}uncheck the ${PLAIN} element`), function (this: MinkWorld, css: string) {
  return this.session.synchronize(async () => this.session.uncheckElement(await this.session.findVisibleCssOnce(css)));
});
When(step(`${I}press the ${PLAIN} element`), function (this: MinkWorld, css: string) {
  return this.session.synchronize(async () => this.session.pressElement(await this.session.findVisibleCssOnce(css)));
});
When(step(`${I}click on the ${PLAIN} element`), function (this: MinkWorld, css: string) {
  return this.session.synchronize(async () => this.session.click(await this.session.findVisibleCssOnce(css)));
});
