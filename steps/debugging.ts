/** MinkContext debugging steps. */
import { Then } from '@cucumber/cucumber';
import { printCurrentUrl, printLastResponse, showLastResponse } from '../support/debugging/print-page';
import type { MinkWorld } from '../support/world';
import { step } from './patterns';

Then(step('print current URL'), function (this: MinkWorld) {
  return printCurrentUrl(this.session, this);
});

Then(step('print last response'), function (this: MinkWorld) {
  return printLastResponse(this.session, this);
});

Then(step('show last response'), function (this: MinkWorld) {
  return showLastResponse(this.session, this.config.showCmd, this.config.showTmpDir);
});
