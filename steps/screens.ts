/**
 * Small screens: a device's screen for the rest of the scenario (Chrome's device emulation in a
 * browser; over HTTP its user agent only, said in the step's note). `I resize the window to 375x667`
 * (steps/browser.ts) sets the size alone.
 */
import { Given } from '@cucumber/cucumber';
import { useDeviceScreen } from '../support/session/device-screen';
import { unescapeStepArgument as arg } from '../support/session/text';
import type { MinkWorld } from '../support/world';
import { say } from './notes';
import { I, QUOTED, step } from './patterns';

Given(step(`${I}use an? ${QUOTED} screen`), async function (this: MinkWorld, device: string) {
  say(this, await useDeviceScreen(this.session, arg(device)));
});
