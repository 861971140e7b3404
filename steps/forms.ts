/** MinkContext form steps. */
import { When, type DataTable } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { I, PLAIN, QUOTED, step } from './patterns';

When(step(`${I}fill in ${QUOTED} with ${QUOTED}`), function (this: MinkWorld, field: string, value: string) {
  return this.session.fillField(arg(field), arg(value));
});
When(step(`${I}fill in ${QUOTED} with:`), function (this: MinkWorld, field: string, value: string) {
  return this.session.fillField(arg(field), value);
});
When(step(`${I}fill in ${QUOTED} for ${QUOTED}`), function (this: MinkWorld, value: string, field: string) {
  return this.session.fillField(arg(field), arg(value));
});
When(step(`${I}fill in the following:`), function (this: MinkWorld, table: DataTable) {
  return this.session.fillFields(table.raw().map(([field, value]) => [arg(field), arg(value ?? '')]));
});
When(step(`${I}select ${QUOTED} from ${QUOTED}`), function (this: MinkWorld, option: string, select: string) {
  return this.session.selectOption(arg(select), arg(option));
});
When(step(`${I}additionally select ${QUOTED} from ${QUOTED}`), function (this: MinkWorld, option: string, select: string) {
  return this.session.selectOption(arg(select), arg(option), true);
});
When(step(`${I}check ${QUOTED}`), function (this: MinkWorld, option: string) {
  return this.session.checkField(arg(option));
});
When(step(`${I}uncheck ${QUOTED}`), function (this: MinkWorld, option: string) {
  return this.session.uncheckField(arg(option));
});
When(step(`${I}attach the file ${PLAIN} to ${QUOTED}`), function (this: MinkWorld, file: string, field: string) {
  return this.session.attachFile(arg(field), file);
});
