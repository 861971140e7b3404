/** MinkContext form steps. */
import { When, type DataTable } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { I, PLAIN, QUOTED, step } from './patterns';
import { say } from './notes';
import { minkStep } from './translations';

When(...minkStep('fill-in-field-with-value', `${I}fill in ${QUOTED} with ${QUOTED}`, function (this: MinkWorld, field: string, value: string) {
  return this.session.fillField(arg(field), arg(value));
}));
When(...minkStep('fill-in-field-with', `${I}fill in ${QUOTED} with:`, function (this: MinkWorld, field: string, value: string) {
  return this.session.fillField(arg(field), value);
}));
When(...minkStep('fill-in-value-for-field', `${I}fill in ${QUOTED} for ${QUOTED}`, function (this: MinkWorld, value: string, field: string) {
  return this.session.fillField(arg(field), arg(value));
}));
When(...minkStep('fill-in-the-following', `${I}fill in the following:`, function (this: MinkWorld, table: DataTable) {
  return this.session.fillFields(table.raw().map(([field, value]) => [arg(field), arg(value ?? '')]));
}));
// Beyond Mink: typing that stays in the field, where "I fill in" leaves it (an autocomplete keeps its
// suggestions for the next step). Over HTTP the value is set as "I fill in" sets it, and the step says so.
When(step(`${I}type ${QUOTED} into the ${QUOTED} field`), async function (this: MinkWorld, value: string, field: string) {
  say(this, await this.session.typeInto(arg(field), arg(value)));
});
When(...minkStep('select-option-from-select', `${I}select ${QUOTED} from ${QUOTED}`, function (this: MinkWorld, option: string, select: string) {
  return this.session.selectOption(arg(select), arg(option));
}));
When(...minkStep('additionally-select-option-from-select', `${I}additionally select ${QUOTED} from ${QUOTED}`, function (this: MinkWorld, option: string, select: string) {
  return this.session.selectOption(arg(select), arg(option), true);
}));
When(...minkStep('check-option', `${I}check ${QUOTED}`, function (this: MinkWorld, option: string) {
  return this.session.checkField(arg(option));
}));
When(...minkStep('uncheck-option', `${I}uncheck ${QUOTED}`, function (this: MinkWorld, option: string) {
  return this.session.uncheckField(arg(option));
}));
When(...minkStep('attach-the-file-to-field', `${I}attach the file ${PLAIN} to ${QUOTED}`, function (this: MinkWorld, file: string, field: string) {
  return this.session.attachFile(arg(field), file);
}));
