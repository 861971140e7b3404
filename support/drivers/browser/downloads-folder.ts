/**
 * Where a browser we started saves its downloads: a `Downloads` folder inside its throwaway profile,
 * so it is private to the session, removed with the profile at stop, and emptied at each reset.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TransientDriverError, type Download } from '../driver';
import type { DevTools } from './cookies-and-storage';
import type { DownloadSource } from './downloads';
import { typeOfFileName } from '../file-types';

export function downloadFolderOf(profileDir: string): string {
  return path.join(profileDir, 'Downloads');
}

export function prepareDownloadFolder(profileDir: string, devTools: DevTools | null): FolderDownloads {
  const folder = downloadFolderOf(profileDir);
  fs.mkdirSync(folder, { recursive: true });
  return new FolderDownloads(profileDir, folder, devTools);
}

/** Chromium's preferences: save into our folder without asking. */
export function chromeDownloadPreferences(folder: string): Record<string, unknown> {
  return { 'download.default_directory': folder, 'download.prompt_for_download': false, 'download.directory_upgrade': true };
}

/** A file still being written: Chromium's `.crdownload` (and its hidden temp files), Firefox's `.part`. */
export function isInProgress(name: string): boolean {
  return name.endsWith('.crdownload') || name.endsWith('.part') || name.startsWith('.com.google.Chrome.');
}

/** "Not yet" (a TransientDriverError the Session's wait retries) while one of these files is still being written. */
export function assertNoneInProgress(names: readonly string[]): void {
  const partial = names.find(isInProgress);
  if (partial !== undefined) throw new TransientDriverError('DownloadInProgress', `a download is still being written (${partial})`);
}

/**
 * The completed downloads, oldest first (a renamed `.crdownload` keeps the time it began). While one
 * is still being written the answer is "not yet" (a TransientDriverError), which the Session's wait retries.
 */
export function readDownloadFolder(folder: string): Download[] {
  const names = fs.readdirSync(folder);
  assertNoneInProgress(names);
  const files = names
    .map((name) => ({ name, stat: fs.statSync(path.join(folder, name)) }))
    .filter((file) => file.stat.isFile())
    .sort((a, b) => startOf(a.stat) - startOf(b.stat) || a.name.localeCompare(b.name));
  return files.map(({ name }) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(folder, name)));
    return { name, type: typeOfFileName(name), bytes };
  });
}

function startOf(stat: fs.Stats): number {
  return stat.birthtimeMs > 0 ? stat.birthtimeMs : stat.mtimeMs;
}

/** Forget the last scenario's downloads; the folder stays for the next. */
export function emptyDownloadFolder(folder: string): void {
  for (const name of fs.readdirSync(folder)) fs.rmSync(path.join(folder, name), { recursive: true, force: true });
}

/**
 * A local browser's downloads, read from its folder. A download still running at a reset would
 * finish into the emptied folder, in the next scenario: then the browser is pointed at a new folder
 * (DevTools' Browser.setDownloadBehavior) and the old one is left to that download, removed with
 * the profile. (One not yet begun when the reset comes cannot be told apart, and lands in the new one.)
 */
export class FolderDownloads implements DownloadSource {
  private generation = 0;

  constructor(
    private readonly profileDir: string,
    public folder: string,
    private readonly devTools: DevTools | null,
  ) {}

  async list(): Promise<Download[]> {
    return readDownloadFolder(this.folder);
  }

  async clear(): Promise<void> {
    if (this.devTools === null || !fs.readdirSync(this.folder).some(isInProgress)) return emptyDownloadFolder(this.folder);
    const old = this.folder;
    this.folder = `${downloadFolderOf(this.profileDir)}-${++this.generation}`;
    fs.mkdirSync(this.folder, { recursive: true });
    await this.devTools.sendDevToolsCommand('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: this.folder });
    fs.rmSync(old, { recursive: true, force: true });
  }
}
