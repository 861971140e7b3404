/** Request headers, basic auth, cookies, response headers and JSON: what Behat users add with extensions. */
import { Then, When } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { regexArgument } from './address';
import { I, QUOTED, QUOTED_WITH_QUOTES, step } from './patterns';

When(step(`${I}set the request header ${QUOTED} to ${QUOTED}`), function (this: MinkWorld, name: string, value: string) {
  return this.session.setRequestHeader(arg(name), arg(value));
});
When(step(`${I}use basic auth with ${QUOTED} and ${QUOTED}`), function (this: MinkWorld, user: string, password: string) {
  return this.session.setBasicAuth({ user: arg(user), password: arg(password) });
});
When(step(`${I}stop using basic auth`), function (this: MinkWorld) {
  return this.session.setBasicAuth(null);
});
When(step(`${I}set the cookie ${QUOTED} to ${QUOTED}`), function (this: MinkWorld, name: string, value: string) {
  return this.session.setCookie(arg(name), arg(value));
});
When(step(`${I}delete the cookie ${QUOTED}`), function (this: MinkWorld, name: string) {
  return this.session.setCookie(arg(name), null);
});
Then(step(`the cookie ${QUOTED} should be ${QUOTED}`), function (this: MinkWorld, name: string, value: string) {
  return this.assert.cookieEquals(arg(name), arg(value));
});
Then(step(`the cookie ${QUOTED} should be set`), function (this: MinkWorld, name: string) {
  return this.assert.response.cookieSet(arg(name));
});
Then(step(`the cookie ${QUOTED} should not be set`), function (this: MinkWorld, name: string) {
  return this.assert.cookieNotSet(arg(name));
});
Then(step(`the ${QUOTED} response header should be ${QUOTED}`), function (this: MinkWorld, name: string, value: string) {
  return this.assert.responseHeaderEquals(arg(name), arg(value));
});
Then(step(`the ${QUOTED} response header should contain ${QUOTED}`), function (this: MinkWorld, name: string, text: string) {
  return this.assert.responseHeaderContains(arg(name), arg(text));
});
Then(step(`the ${QUOTED} response header should match ${QUOTED_WITH_QUOTES}`), function (this: MinkWorld, name: string, pattern: string) {
  return this.assert.responseHeaderMatches(arg(name), regexArgument(pattern));
});
Then(step(`the ${QUOTED} response header should not be set`), function (this: MinkWorld, name: string) {
  return this.assert.responseHeaderNotSet(arg(name));
});
Then(step('the response should be JSON'), async function (this: MinkWorld) {
  await this.assert.responseIsJson();
});
Then(step(`the JSON response should have ${QUOTED} equal to ${QUOTED}`), function (this: MinkWorld, jsonPath: string, value: string) {
  return this.assert.jsonPathEquals(arg(jsonPath), arg(value));
});
