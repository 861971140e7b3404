/**
 * Assertions on the files a scenario downloaded. "The downloaded file" is the newest one. In a
 * browser each waits, inside the session's synchronize(), for the download to arrive and to be
 * written completely; over HTTP the download is complete when the click or visit returns.
 */
import { parseCsv } from './csv';
import { NOTHING_DOWNLOADED, type DownloadedFile } from './downloaded-file';
import { ExpectationError } from './errors';
import type { Session } from './session';
import { containsIgnoringCase, normalizeWhitespace } from './text';

const LISTED_ROWS = 10;
const EXCERPT = 200;

export class DownloadAssert {
  constructor(private readonly session: Session) {}

  /** A file of that name was downloaded in this scenario. */
  fileDownloaded(name: string): Promise<void> {
    return this.session.synchronize(async () => {
      const files = await this.session.downloads();
      if (files.some((file) => file.name === name)) return;
      if (files.length === 0) throw new ExpectationError(`${NOTHING_DOWNLOADED}; expected a file "${name}".`);
      throw new ExpectationError(`No file "${name}" was downloaded; downloaded in this scenario: ${files.map((file) => file.describe()).join(', ')}.`);
    });
  }

  isOfType(type: string): Promise<void> {
    const expected = type.trim().toLowerCase();
    return this.onLast((file) => {
      if (file.type !== expected) throw new ExpectationError(`The downloaded file "${file.name}" is of type "${file.type}", but "${expected}" expected.`);
    });
  }

  hasSize(bytes: number): Promise<void> {
    return this.onLast((file) => {
      if (file.size !== bytes) throw new ExpectationError(`The downloaded file "${file.name}" is ${file.size} bytes, but ${bytes} expected.`);
    });
  }

  /** As the page text steps match: case-insensitive, whitespace collapsed. */
  contains(text: string): Promise<void> {
    return this.onLast((file) => {
      if (!containsIgnoringCase(file.text(), text)) {
        throw new ExpectationError(`The downloaded file "${file.name}" does not contain "${text}". It begins: "${excerpt(file.text())}"`);
      }
    });
  }

  notContains(text: string): Promise<void> {
    return this.onLast((file) => {
      if (containsIgnoringCase(file.text(), text)) throw new ExpectationError(`The downloaded file "${file.name}" contains "${text}", but it should not.`);
    });
  }

  /** Some row of the newest download, read as CSV, has every one of `cells` (exactly, spaces around them aside). */
  csvHasRow(cells: readonly string[]): Promise<void> {
    const wanted = cells.map((cell) => cell.trim());
    return this.onLast((file) => {
      const rows = parseCsv(file.text()).map((row) => row.map((cell) => cell.trim()));
      if (rows.some((row) => wanted.every((cell) => row.includes(cell)))) return;
      const listed = rows.slice(0, LISTED_ROWS).map((row, index) => `  ${index + 1}. ${row.join(' | ')}`);
      if (rows.length > LISTED_ROWS) listed.push(`  … and ${rows.length - LISTED_ROWS} more`);
      throw new ExpectationError(
        `The downloaded CSV "${file.name}" has no row with ${wanted.map((cell) => `"${cell}"`).join(' and ')}. Its rows:\n${listed.join('\n') || '  (none)'}`,
      );
    });
  }

  private onLast(check: (file: DownloadedFile) => void): Promise<void> {
    return this.session.synchronize(async () => check(await this.session.lastDownload()));
  }
}

function excerpt(text: string): string {
  const flat = normalizeWhitespace(text);
  return flat.length <= EXCERPT ? flat : `${flat.slice(0, EXCERPT)}…`;
}
