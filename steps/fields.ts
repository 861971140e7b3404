/** MinkContext steps about field values and checkboxes. */
import { Then } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { QUOTED, step } from './patterns';
import { minkStep } from './translations';

Then(...minkStep('the-field-should-contain-value', `the ${QUOTED} field should contain ${QUOTED}`, function (this: MinkWorld, field: string, value: string) {
  return this.assert.fieldValueEquals(arg(field), arg(value));
}));
Then(...minkStep('the-field-should-not-contain-value', `the ${QUOTED} field should not contain ${QUOTED}`, function (this: MinkWorld, field: string, value: string) {
  return this.assert.fieldValueNotEquals(arg(field), arg(value));
}));
// Part of the value (the step above compares the whole value, as Mink does).
Then(step(`the ${QUOTED} field should contain text ${QUOTED}`), function (this: MinkWorld, field: string, text: string) {
  return this.assert.fieldValueContains(arg(field), arg(text));
});
Then(step(`the ${QUOTED} field should not contain text ${QUOTED}`), function (this: MinkWorld, field: string, text: string) {
  return this.assert.fieldValueNotContains(arg(field), arg(text));
});

Then(step(`the ${QUOTED} field should be (disabled|enabled)`), function (this: MinkWorld, field: string, state: string) {
  return this.assert.fieldDisabled(arg(field), state === 'disabled');
});

function checked(this: MinkWorld, checkbox: string) {
  return this.assert.checkboxChecked(arg(checkbox));
}
function unchecked(this: MinkWorld, checkbox: string) {
  return this.assert.checkboxNotChecked(arg(checkbox));
}
Then(...minkStep('the-checkbox-should-be-checked', `the ${QUOTED} checkbox should be checked`, checked));
Then(step(`the ${QUOTED} checkbox is checked`), checked);
Then(...minkStep('the-checkbox-is-checked', `the checkbox ${QUOTED} (?:is|should be) checked`, checked));
Then(...minkStep('the-checkbox-should-not-be-checked', `the ${QUOTED} checkbox should (?:be unchecked|not be checked)`, unchecked));
Then(step(`the ${QUOTED} checkbox is (?:unchecked|not checked)`), unchecked);
Then(...minkStep('the-checkbox-should-be-unchecked', `the checkbox ${QUOTED} should (?:be unchecked|not be checked)`, unchecked));
Then(...minkStep('the-checkbox-is-unchecked', `the checkbox ${QUOTED} is (?:unchecked|not checked)`, unchecked));
