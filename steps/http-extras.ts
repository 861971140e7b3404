/** Request headers, basic auth, cookies, response headers and JSON: what Behat users add with extensions. */
import { Then, When } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { regexArgument } from './address';
import { I, QUOTED, QUOTED_WITH_QUOTES, step } from './patterns';

/** Headers, auth and cookies set before the first visit belong to the base URL's origin. */
async function targetUrl(world: MinkWorld): Promise<string> {
  const driver = world.session.driver;
  if (driver.isStarted()) {
    const current = await driver.currentUrl().catch(() => null);
    if (current && /^https?:/.test(current)) return current;
  }
  return world.session.locatePath('/');
}

When(step(`${I}set the request header ${QUOTED} to ${QUOTED}`), async function (this: MinkWorld, name: string, value: string) {
  await this.session.ensureStarted();
  await this.session.driver.setRequestHeader(arg(name), arg(value), await targetUrl(this));
});
When(step(`${I}use basic auth with ${QUOTED} and ${QUOTED}`), async function (this: MinkWorld, user: string, password: string) {
  await this.session.ensureStarted();
  await this.session.driver.setBasicAuth({ user: arg(user), password: arg(password) }, await targetUrl(this));
});
When(step(`${I}stop using basic auth`), async function (this: MinkWorld) {
  await this.session.ensureStarted();
  await this.session.driver.setBasicAuth(null, await targetUrl(this));
});
When(step(`${I}set the cookie ${QUOTED} to ${QUOTED}`), async function (this: MinkWorld, name: string, value: string) {
  await this.session.ensureStarted();
  await this.session.driver.setCookie(arg(name), arg(value), await targetUrl(this));
});
When(step(`${I}delete the cookie ${QUOTED}`), async function (this: MinkWorld, name: string) {
  await this.session.ensureStarted();
  await this.session.driver.setCookie(arg(name), null, await targetUrl(this));
});
Then(step(`the cookie ${QUOTED} should be ${QUOTED}`), function (this: MinkWorld, name: string, value: string) {
  return this.assert.cookieEquals(arg(name), arg(value));
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
