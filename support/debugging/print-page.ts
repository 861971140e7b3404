/**
 * MinkContext's debugging steps: print the current URL or the last response to the terminal (and the
 * report), or open the response in a program of the user's. Passwords in URLs are masked; control
 * characters in the page are escaped on the terminal, never run.
 */
import { execSync } from 'node:child_process';
import { maskUrlCredentials } from '../config/mask';
import { ATTACHMENT_LIMIT, capText, escapeControlCharacters } from '../session/printable';
import type { Session } from '../session/session';
import { writeLastResponseFile } from './last-response-file';

/** The report side of a step: cucumber's `log` and `attach` of the World. */
interface StepReport {
  log(text: string): void;
  attach(data: string, options: { mediaType: string; fileName: string }): void;
}

export async function printCurrentUrl(session: Session, report: StepReport): Promise<void> {
  const url = maskUrlCredentials(await session.currentUrl());
  process.stdout.write(`${url}\n`);
  report.log(url);
}

export async function printLastResponse(session: Session, report: StepReport): Promise<void> {
  const url = maskUrlCredentials(await session.currentUrl());
  const html = await session.content();
  process.stdout.write(`${url}\n\n${escapeControlCharacters(html)}\n`);
  report.log(url);
  // An attachment, never a log: the HTML report inserts logs as markup, attachments as text.
  report.attach(capText(html, ATTACHMENT_LIMIT), { mediaType: 'text/html', fileName: 'last-response.html' });
}

/** Opens the page with `showCmd` (`%s` = a private HTML file, removed when the run exits). */
export async function showLastResponse(session: Session, showCmd: string | null, folder: string): Promise<void> {
  if (!showCmd) {
    throw new Error('Set the showCmd parameter (SHOW_CMD), e.g. "open %s" or "xdg-open %s", to see the last response.');
  }
  const file = writeLastResponseFile(folder, await session.content());
  execSync(showCmd.replace('%s', `'${file.replace(/'/g, `'\\''`)}'`), { stdio: 'inherit', timeout: 60_000 });
}

/** A JSON response, indented, to the terminal and as a JSON attachment of the report. */
export function printJson(json: string, report: StepReport): void {
  process.stdout.write(`${escapeControlCharacters(json)}\n`);
  report.attach(capText(json, ATTACHMENT_LIMIT), { mediaType: 'application/json', fileName: 'last-response.json' });
}
