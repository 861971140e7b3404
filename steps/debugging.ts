/** MinkContext debugging steps. */
import { Then } from '@cucumber/cucumber';
import { execSync } from 'node:child_process';
import { maskUrlCredentials } from '../support/config/mask';
import { writeLastResponseFile } from '../support/debugging/last-response-file';
import { ATTACHMENT_LIMIT, capText, escapeControlCharacters } from '../support/session/printable';
import type { MinkWorld } from '../support/world';
import { step } from './patterns';

Then(step('print current URL'), async function (this: MinkWorld) {
  const url = maskUrlCredentials(await this.session.currentUrl());
  process.stdout.write(`${url}\n`);
  this.log(url);
});

Then(step('print last response'), async function (this: MinkWorld) {
  const url = maskUrlCredentials(await this.session.currentUrl());
  const html = await this.session.content();
  process.stdout.write(`${url}\n\n${escapeControlCharacters(html)}\n`);
  this.log(url);
  // An attachment, never a log: the HTML report inserts logs as markup, attachments as text.
  this.attach(capText(html, ATTACHMENT_LIMIT), { mediaType: 'text/html', fileName: 'last-response.html' });
});

Then(step('show last response'), async function (this: MinkWorld) {
  const { showCmd, showTmpDir } = this.config;
  if (!showCmd) {
    throw new Error('Set the showCmd parameter (SHOW_CMD), e.g. "open %s" or "xdg-open %s", to see the last response.');
  }
  const file = writeLastResponseFile(showTmpDir, await this.session.content());
  execSync(showCmd.replace('%s', `'${file.replace(/'/g, `'\\''`)}'`), { stdio: 'inherit', timeout: 60_000 });
});
