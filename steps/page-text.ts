/** MinkContext page text and response steps. */
import { Then } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { regexArgument } from './address';
import { I, QUOTED, QUOTED_WITH_QUOTES } from './patterns';
import { minkStep } from './translations';

Then(...minkStep('should-see-text', `${I}should see ${QUOTED}`, function (this: MinkWorld, text: string) {
  return this.assert.pageTextContains(arg(text));
}));
Then(...minkStep('should-not-see-text', `${I}should not see ${QUOTED}`, function (this: MinkWorld, text: string) {
  return this.assert.pageTextNotContains(arg(text));
}));
Then(...minkStep('should-see-text-matching', `${I}should see text matching ${QUOTED_WITH_QUOTES}`, function (this: MinkWorld, pattern: string) {
  return this.assert.pageTextMatches(regexArgument(pattern));
}));
Then(...minkStep('should-not-see-text-matching', `${I}should not see text matching ${QUOTED_WITH_QUOTES}`, function (this: MinkWorld, pattern: string) {
  return this.assert.pageTextNotMatches(regexArgument(pattern));
}));
Then(...minkStep('the-response-should-contain', `the response should contain ${QUOTED}`, function (this: MinkWorld, text: string) {
  return this.assert.responseContains(arg(text));
}));
Then(...minkStep('the-response-should-not-contain', `the response should not contain ${QUOTED}`, function (this: MinkWorld, text: string) {
  return this.assert.responseNotContains(arg(text));
}));
