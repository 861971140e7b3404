/** MinkContext debugging steps. */
import { Then } from '@cucumber/cucumber';
import { execSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { maskUrlCredentials } from '../support/config/mask';
import type { MinkWorld } from '../support/world';
import { step } from './patterns';

function print(world: MinkWorld, text: string): void {
  process.stdout.write(`${text}\n`);
  world.log(text);
}

Then(step('print current URL'), async function (this: MinkWorld) {
  print(this, maskUrlCredentials(await this.session.currentUrl()));
});

Then(step('print last response'), async function (this: MinkWorld) {
  print(this, `${await this.session.currentUrl()}\n\n${await this.session.content()}`);
});

Then(step('show last response'), async function (this: MinkWorld) {
  const { showCmd, showTmpDir } = this.config;
  if (!showCmd) {
    throw new Error('Set the showCmd parameter (SHOW_CMD), e.g. "open %s" or "xdg-open %s", to see the last response.');
  }
  const file = path.join(showTmpDir, `cucumber-mink-${crypto.randomUUID()}.html`);
  fs.mkdirSync(showTmpDir, { recursive: true });
  fs.writeFileSync(file, await this.session.content());
  execSync(showCmd.replace('%s', `'${file.replace(/'/g, `'\\''`)}'`), { stdio: 'inherit', timeout: 60_000 });
});
