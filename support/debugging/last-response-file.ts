/**
 * Files written for "show last response": the page may hold session tokens or personal data, so
 * they live in one private folder per run (mode 0700, files 0600) that is removed when the run exits.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

let folder: string | null = null;

function privateFolder(parent: string): string {
  if (folder !== null && fs.existsSync(folder)) return folder;
  fs.mkdirSync(parent, { recursive: true });
  const created = fs.mkdtempSync(path.join(parent, 'cucumber-mink-'));
  fs.chmodSync(created, 0o700);
  folder = created;
  process.once('exit', () => fs.rmSync(created, { recursive: true, force: true }));
  return created;
}

/** Writes the page to a new private file under `parent` and returns its path. */
export function writeLastResponseFile(parent: string, html: string): string {
  const file = path.join(privateFolder(parent), `response-${crypto.randomUUID()}.html`);
  fs.writeFileSync(file, html, { mode: 0o600, flag: 'wx' });
  return file;
}
