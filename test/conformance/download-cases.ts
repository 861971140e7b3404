/**
 * Downloads on every driver: a click or visit whose answer a browser saves leaves the page where it
 * was, and the file is there with its name, type and bytes until the next reset.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DownloadedFile } from '../../support/session/downloaded-file';
import { ExpectationError } from '../../support/session/errors';
import type { Session } from '../../support/session/session';
import { REPORT_CSV } from './download-pages';

export function downloadCases(session: () => Session): void {
  const click = async (css: string): Promise<void> => session().driver.click(await session().findCss(css));
  /** Waits, as a step does, until `count` downloads are complete (a browser writes them after the click). */
  const downloaded = (count: number): Promise<DownloadedFile[]> =>
    session().synchronize(async () => {
      const files = await session().downloads();
      if (files.length < count) throw new ExpectationError(`${files.length} of ${count} downloads so far`);
      return files;
    });

  describe('downloads', () => {
    it('a link to an attachment saves the file under the server\'s name, and the page stays', async () => {
      await session().visit('/exports');
      await click('#report');
      const [file] = await downloaded(1);
      assert.equal(file.name, 'report.csv');
      assert.equal(file.type, 'text/csv');
      assert.equal(file.size, Buffer.byteLength(REPORT_CSV));
      assert.equal(file.text(), REPORT_CSV);
      assert.match(await session().currentUrl(), /\/exports$/, 'the page with the link stays');
      assert.match(await session().driver.pageText(), /Exports/);
    });

    it('a link with the download attribute saves under that name; RFC 5987 filename* wins over filename', async () => {
      await session().visit('/exports');
      await click('#notes');
      await downloaded(1);
      await click('#accented');
      const files = await downloaded(2);
      assert.deepEqual(files.map((file) => [file.name, file.type]), [['my notes.txt', 'text/plain'], ['caf\u00e9.csv', 'text/csv']]);
      assert.equal(files[1].text(), 'drink\ncaf\u00e9\n');
    });

    it('a CSV without Content-Disposition is saved under the URL\'s name; a visit that downloads keeps the page too', async () => {
      await session().visit('/exports');
      await click('#plain');
      await downloaded(1);
      await session().visit('/exports/report');
      const files = await downloaded(2);
      assert.deepEqual(files.map((file) => [file.name, file.type, file.size]), [['plain.csv', 'text/csv', 8], ['report.csv', 'text/csv', Buffer.byteLength(REPORT_CSV)]]);
      assert.match(await session().currentUrl(), /\/exports$/, 'the visited file did not replace the page');
    });

    it('a form that answers with a file downloads it, and the form stays', async () => {
      await session().visit('/exports');
      await session().driver.setValue(await session().findCss('input[name=who]'), 'Ada');
      await click('#export');
      const file = await session().lastDownload();
      assert.equal(file.name, 'custom.csv');
      assert.equal(file.text(), 'name\nAda\n');
      assert.equal(await session().driver.value(await session().findCss('input[name=who]')), 'Ada', 'the form is still there as it was filled');
    });

    it('a download still being written is waited for, never read half-written', async () => {
      await session().visit('/exports');
      await click('#slow');
      const file = await session().lastDownload();
      assert.equal(file.name, 'slow.csv');
      assert.match(file.text(), /^first,half\n/);
      assert.match(file.text(), /\nsecond,half\n$/);
    });

    it('a download still running at a reset does not arrive in the next scenario', async () => {
      await session().visit('/exports');
      await click('#slow');
      await session().reset();
      await session().visit('/exports');
      // Longer than the rest of the slow file takes to come.
      await new Promise((resolve) => setTimeout(resolve, 900));
      assert.deepEqual(await session().downloads(), []);
    });

    it('a reset forgets the downloads; until the first one there is none', async () => {
      await session().visit('/exports');
      await click('#report');
      await downloaded(1);
      await session().reset();
      assert.deepEqual(await session().driver.downloads(), []);
      await session().visit('/exports');
      await assert.rejects(session().lastDownload(), /Nothing was downloaded in this scenario/);
    });
  });
}
