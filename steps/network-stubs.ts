/**
 * Stubbed answers to what a page's scripts request (fetch, XHR), for testing error and loading
 * states without touching the server. Browser only; the stubs end with the scenario.
 */
import { Given } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { QUOTED, step } from './patterns';

const REQUEST_TO = `the request to ${QUOTED}`;

Given(step(`${REQUEST_TO} answers (\\d{3})`), function (this: MinkWorld, path: string, status: string) {
  return this.session.requestStubs.answerStatus(arg(path), Number(status));
});
Given(step(`${REQUEST_TO} answers(?: (\\d{3}))? with JSON:`), function (this: MinkWorld, path: string, status: string | undefined, json: string) {
  return this.session.requestStubs.answerJson(arg(path), json, status ? Number(status) : undefined);
});
Given(step(`${REQUEST_TO} is delayed by (\\d+(?:\\.\\d+)?) seconds?`), function (this: MinkWorld, path: string, seconds: string) {
  return this.session.requestStubs.delay(arg(path), Number(seconds));
});
