/**
 * A file the scenario downloaded, as steps and custom steps read it: name, type, size, bytes and
 * text; and the session's list of them, which waits while a browser is still writing one.
 */
import type { Download, Driver } from '../drivers/driver';
import { ExpectationError } from './errors';

export class DownloadedFile {
  readonly name: string;
  /** MIME type without parameters, lower-cased (see Download.type for where it comes from). */
  readonly type: string;
  readonly bytes: Uint8Array;
  private decoded: string | null = null;

  constructor(download: Download) {
    this.name = download.name;
    this.type = download.type;
    this.bytes = download.bytes;
  }

  /** Bytes. */
  get size(): number {
    return this.bytes.length;
  }

  /** The content as UTF-8 text (a byte order mark dropped): what exports of text and CSV use. */
  text(): string {
    this.decoded ??= new TextDecoder('utf-8').decode(this.bytes);
    return this.decoded;
  }

  /** `"report.csv" (text/csv, 19 bytes)`, for messages. */
  describe(): string {
    return `"${this.name}" (${this.type}, ${this.size} bytes)`;
  }
}

export const NOTHING_DOWNLOADED = 'Nothing was downloaded in this scenario';

/** The scenario's downloads, oldest first: one attempt, for the Session's synchronize to repeat. */
export async function downloadedFiles(driver: Driver): Promise<DownloadedFile[]> {
  return (await driver.downloads()).map((download) => new DownloadedFile(download));
}

/** The newest download; a retryable failure while there is none yet (a browser may still be starting it). */
export async function lastDownloadedFile(driver: Driver): Promise<DownloadedFile> {
  const files = await downloadedFiles(driver);
  const last = files.at(-1);
  if (last === undefined) throw new ExpectationError(`${NOTHING_DOWNLOADED}: a click on a download link or a form that answers with a file saves one.`);
  return last;
}
