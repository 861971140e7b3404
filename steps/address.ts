/** MinkContext address and status steps. */
import { Then } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { parseStepRegex, unescapeStepArgument as arg } from '../support/session/text';
import { I, PLAIN, QUOTED, QUOTED_WITH_QUOTES, step } from './patterns';
import { minkStep } from './translations';

/** Behat passes these regex arguments with their quotes; the quotes are the delimiters. */
export function regexArgument(quoted: string): RegExp {
  return parseStepRegex(quoted.slice(1, -1).replace(/\\"/g, '"'));
}

Then(...minkStep('should-be-on-page', `${I}should be on ${PLAIN}`, function (this: MinkWorld, page: string) {
  return this.assert.addressEquals(page);
}));
Then(...minkStep('should-be-on-homepage', `${I}should be on (?:|the )homepage`, function (this: MinkWorld) {
  return this.assert.addressEquals('/');
}));
Then(...minkStep('the-url-should-match', `the [Uu][Rr][Ll] should match ${QUOTED_WITH_QUOTES}`, function (this: MinkWorld, pattern: string) {
  return this.assert.addressMatches(regexArgument(pattern));
}));
// Beyond Mink, for ?id=-routed applications: the query string counts.
Then(step(`the [Uu][Rr][Ll] should be ${PLAIN}`), function (this: MinkWorld, address: string) {
  return this.assert.addressWithQueryEquals(address);
});
Then(step(`the ${QUOTED} query parameter should be ${QUOTED}`), function (this: MinkWorld, name: string, value: string) {
  return this.assert.queryParameterEquals(arg(name), arg(value));
});
Then(step(`the ${QUOTED} query parameter should not be set`), function (this: MinkWorld, name: string) {
  return this.assert.queryParameterNotSet(arg(name));
});
Then(...minkStep('the-response-status-code-should-be', 'the response status code should be (\\d+)', function (this: MinkWorld, code: string) {
  return this.assert.statusCodeEquals(Number(code));
}));
Then(...minkStep('the-response-status-code-should-not-be', 'the response status code should not be (\\d+)', function (this: MinkWorld, code: string) {
  return this.assert.statusCodeNotEquals(Number(code));
}));
