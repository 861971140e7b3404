/** The files a click or visit downloaded: "the downloaded file" is the newest one. */
import { Then } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { QUOTED, QUOTED_LIST, quotedItems, step } from './patterns';

Then(step(`a file ${QUOTED} should be downloaded`), function (this: MinkWorld, name: string) {
  return this.assert.downloads.fileDownloaded(arg(name));
});
Then(step(`the downloaded file should be of type ${QUOTED}`), function (this: MinkWorld, type: string) {
  return this.assert.downloads.isOfType(arg(type));
});
Then(step(`the downloaded file should have a size of (\\d+) bytes`), function (this: MinkWorld, bytes: string) {
  return this.assert.downloads.hasSize(Number(bytes));
});
Then(step(`the downloaded file should contain ${QUOTED}`), function (this: MinkWorld, text: string) {
  return this.assert.downloads.contains(arg(text));
});
Then(step(`the downloaded file should not contain ${QUOTED}`), function (this: MinkWorld, text: string) {
  return this.assert.downloads.notContains(arg(text));
});
Then(step(`the downloaded CSV should have a row with ${QUOTED_LIST}`), function (this: MinkWorld, cells: string) {
  return this.assert.downloads.csvHasRow(quotedItems(cells));
});
