/** MinkContext page text and response steps. */
import { Then } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { regexArgument } from './address';
import { I, QUOTED, QUOTED_WITH_QUOTES, step } from './patterns';

Then(step(`${I}should see ${QUOTED}`), function (this: MinkWorld, text: string) {
  return this.assert.pageTextContains(arg(text));
});
Then(step(`${I}should not see ${QUOTED}`), function (this: MinkWorld, text: string) {
  return this.assert.pageTextNotContains(arg(text));
});
Then(step(`${I}should see text matching ${QUOTED_WITH_QUOTES}`), function (this: MinkWorld, pattern: string) {
  return this.assert.pageTextMatches(regexArgument(pattern));
});
Then(step(`${I}should not see text matching ${QUOTED_WITH_QUOTES}`), function (this: MinkWorld, pattern: string) {
  return this.assert.pageTextNotMatches(regexArgument(pattern));
});
Then(step(`the response should contain ${QUOTED}`), function (this: MinkWorld, text: string) {
  return this.assert.responseContains(arg(text));
});
Then(step(`the response should not contain ${QUOTED}`), function (this: MinkWorld, text: string) {
  return this.assert.responseNotContains(arg(text));
});
