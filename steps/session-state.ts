/** Reusing a signed-in state: save the session's cookies and storage once, start later scenarios from them. */
import { Given, When } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { I, QUOTED, step } from './patterns';

When(step(`${I}save the session state as ${QUOTED}`), function (this: MinkWorld, name: string) {
  return this.session.saveState(arg(name));
});
Given(step(`${I}start from the session state ${QUOTED}`), function (this: MinkWorld, name: string) {
  return this.session.restoreState(arg(name));
});
