/**
 * Selenium Grid's managed downloads: a node started with enable-managed-downloads keeps the downloads
 * of a session that asked for them (capability `se:downloadsEnabled`) and hands them over WebDriver:
 * the names (GET /se/files), one file as a zip (POST /se/files), all deleted (DELETE /se/files).
 */
import type { WebDriver } from 'selenium-webdriver';
import { Command } from 'selenium-webdriver/lib/command';
import type { Capabilities } from '../../config/browser';
import type { Download } from '../driver';
import { typeOfFileName } from '../file-types';
import type { DownloadSource } from './downloads';
import { assertNoneInProgress, isInProgress } from './downloads-folder';
import { firstZipEntry } from './zip-entry';

export const MANAGED_DOWNLOADS_CAPABILITY = 'se:downloadsEnabled';

/** How long a reset lets a download still being written end before it empties the node's folder. */
const CLEAR_WAIT_MS = 5_000;

/** selenium-webdriver's calls for them (present since 4.8, not in its type declarations). */
interface ManagedDownloadCalls {
  getDownloadableFiles(): Promise<string[]>;
  deleteDownloadableFiles(): Promise<unknown>;
  execute(command: Command): Promise<unknown>;
}

export class GridDownloads implements DownloadSource {
  /** Names in the order first seen (the Grid lists no times), and the bytes of each once fetched: a saved download does not change. */
  private readonly fetched = new Map<string, Uint8Array>();

  private constructor(private readonly calls: ManagedDownloadCalls) {}

  /**
   * The session's managed downloads when it asked for them and the Grid granted them, else null. (A
   * node that offers them says so in every session's capabilities, but keeps files only for those that asked.)
   */
  static async of(webDriver: WebDriver, asked: Capabilities): Promise<GridDownloads | null> {
    if (asked[MANAGED_DOWNLOADS_CAPABILITY] !== true) return null;
    const capabilities = await webDriver.getCapabilities();
    return capabilities.get(MANAGED_DOWNLOADS_CAPABILITY) === true ? new GridDownloads(webDriver as unknown as ManagedDownloadCalls) : null;
  }

  async list(): Promise<Download[]> {
    const names = await this.calls.getDownloadableFiles();
    assertNoneInProgress(names);
    for (const name of names) {
      if (this.fetched.has(name)) continue;
      const answer = (await this.calls.execute(new Command('downloadFile').setParameter('name', name))) as { contents: string };
      this.fetched.set(name, new Uint8Array(await firstZipEntry(Buffer.from(answer.contents, 'base64'))));
    }
    return [...this.fetched].filter(([name]) => names.includes(name)).map(([name, bytes]) => ({ name, type: typeOfFileName(name), bytes }));
  }

  /**
   * The node's folder is not ours to swap for a fresh one (as a local browser's is at reset): a
   * download still being written would be renamed into place after the delete, in the next scenario.
   * So it may end first (for a while), then everything goes.
   */
  async clear(): Promise<void> {
    this.fetched.clear();
    const deadline = Date.now() + CLEAR_WAIT_MS;
    while ((await this.calls.getDownloadableFiles()).some(isInProgress) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await this.calls.deleteDownloadableFiles();
  }
}
