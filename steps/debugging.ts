/** MinkContext debugging steps. */
import { Then } from '@cucumber/cucumber';
import { printCurrentUrl, printLastResponse, showLastResponse } from '../support/debugging/print-page';
import type { MinkWorld } from '../support/world';
import { minkStep } from './translations';

Then(...minkStep('print-current-url', 'print current URL', function (this: MinkWorld) {
  return printCurrentUrl(this.session, this);
}));

Then(...minkStep('print-last-response', 'print last response', function (this: MinkWorld) {
  return printLastResponse(this.session, this);
}));

Then(...minkStep('show-last-response', 'show last response', function (this: MinkWorld) {
  return showLastResponse(this.session, this.config.showCmd, this.config.showTmpDir);
}));
