/** A fixed pause, on either driver: kept for Behat features that have it; automatic waiting makes it unnecessary. */
import { When } from '@cucumber/cucumber';
import { I, step } from './patterns';

When(step(`${I}wait (\\d+(?:\\.\\d+)?) seconds?`), async function (seconds: string) {
  await new Promise((resolve) => setTimeout(resolve, Number(seconds) * 1000));
});
