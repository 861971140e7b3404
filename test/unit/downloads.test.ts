/**
 * What the download steps read, below the drivers: the Content-Disposition name as browsers take it,
 * CSV as spreadsheets write it, and a browser's download folder (complete files only, oldest first).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { TransientDriverError, UnsupportedDriverActionError } from '../../support/drivers/driver';
import { downloadsOf } from '../../support/drivers/browser/downloads';
import { emptyDownloadFolder, readDownloadFolder } from '../../support/drivers/browser/downloads-folder';
import { firstZipEntry } from '../../support/drivers/browser/zip-entry';
import { isAttachment, parseContentDisposition } from '../../support/drivers/http/content-disposition';
import { isSavedType } from '../../support/drivers/http/downloads';
import { parseCsv } from '../../support/session/csv';

describe('Content-Disposition (RFC 6266)', () => {
  it('takes filename*, decoded, over filename; quoted names keep their escapes\' characters', () => {
    assert.deepEqual(parseContentDisposition(`attachment; filename="cafe.csv"; filename*=UTF-8''caf%C3%A9.csv`), { type: 'attachment', filename: 'caf\u00e9.csv' });
    assert.equal(parseContentDisposition(`Attachment; FILENAME*=iso-8859-1'en'%E9t%E9.txt`).filename, '\u00e9t\u00e9.txt');
    assert.equal(parseContentDisposition('attachment; filename="say \\"hi\\".txt"').filename, 'say "hi".txt');
    assert.equal(parseContentDisposition('attachment; filename=plain.txt').filename, 'plain.txt');
    assert.equal(parseContentDisposition(`attachment; filename="ok.txt"; filename*=UTF-8''%E9bad`).filename, 'ok.txt', 'a malformed filename* leaves filename');
  });

  it('keeps only the last segment of a name with a path, and none for an empty one', () => {
    assert.equal(parseContentDisposition('attachment; filename="../../etc/passwd"').filename, 'passwd');
    assert.equal(parseContentDisposition('attachment; filename="C:\\\\temp\\\\x.csv"').filename, 'x.csv');
    assert.equal(parseContentDisposition('attachment; filename=".."').filename, null);
    assert.equal(parseContentDisposition('attachment').filename, null);
  });

  it('saves every disposition but inline (an unknown type is an attachment)', () => {
    assert.equal(isAttachment(parseContentDisposition('inline; filename="a.pdf"')), false);
    assert.equal(isAttachment(parseContentDisposition('attachment')), true);
    assert.equal(isAttachment(parseContentDisposition('x-save-me')), true);
  });
});

describe('which answers a browser saves without being told to', () => {
  it('spreadsheets, archives and vendor documents (vendor XML too), but not a vendor JSON answer, nor pages, text and JSON', () => {
    for (const type of ['text/csv', 'application/zip', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel', 'application/vnd.google-earth.kml+xml']) assert.ok(isSavedType(type), type);
    for (const type of ['application/vnd.api+json', 'application/vnd.github+json', 'application/vnd.geo+json', 'application/json', 'text/html', 'text/plain']) assert.ok(!isSavedType(type), type);
  });
});

describe('CSV (RFC 4180)', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, CRLF or LF', () => {
    assert.deepEqual(parseCsv('name,note\r\n"Hopper, Grace","said ""hi""\ntwice"\r\nAda,\n'), [
      ['name', 'note'],
      ['Hopper, Grace', 'said "hi"\ntwice'],
      ['Ada', ''],
    ]);
  });

  it('reads a semicolon or tab export by its first line', () => {
    assert.deepEqual(parseCsv('name;born\nAda;1815'), [['name', 'born'], ['Ada', '1815']]);
    assert.deepEqual(parseCsv('name\tborn\nAda\t1815\n'), [['name', 'born'], ['Ada', '1815']]);
  });
});

describe('a browser\'s download folder', () => {
  it('lists complete files oldest first, says "not yet" while one is written, and empties', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-download-folder-'));
    try {
      fs.writeFileSync(path.join(folder, 'b.csv'), 'first');
      // Created later, though its name sorts first.
      await new Promise((resolve) => setTimeout(resolve, 20));
      fs.writeFileSync(path.join(folder, 'a.txt'), 'second');
      const files = readDownloadFolder(folder);
      assert.deepEqual(files.map((file) => [file.name, file.type]), [['b.csv', 'text/csv'], ['a.txt', 'text/plain']]);
      fs.writeFileSync(path.join(folder, 'Unconfirmed 1.crdownload'), '');
      assert.throws(() => readDownloadFolder(folder), (error: Error) => error instanceof TransientDriverError && /still being written/.test(error.message));
      emptyDownloadFolder(folder);
      assert.deepEqual(readDownloadFolder(folder), []);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('a browser on a Selenium server refuses, saying where its downloads are and what to do', async () => {
    await assert.rejects(downloadsOf({ downloads: null, local: null }), (error: Error) => {
      assert.ok(error instanceof UnsupportedDriverActionError);
      assert.match(error.message, /Selenium server: it saves them in a folder of its own machine\. Start the node with managed downloads \(enable-managed-downloads\) and ask for them with the capability "se:downloadsEnabled": true in SELENIUM_CAPABILITIES; or check downloads with a local browser \(no SELENIUM_URL\)/);
      return true;
    });
  });
});

describe('a managed download from Selenium Grid (a zip of one file)', () => {
  it('reads the file of a streamed zip, whose local header leaves the sizes to a data descriptor, as Java writes it', async () => {
    // Written by a streaming ZIP writer: deflated, general purpose flag 8, sizes 0 in the local header.
    const zip = Buffer.from(
      'UEsDBBQACAAIAAAAIQAAAAAAAAAAAAAAAAAKAAAAcmVwb3J0LmNzdstLzE3VScovyuNyTEnUMbQwNOXKI0oIAFBLBwisqJ82GAAAADkAAABQSwECFAMUAAgACAAAACEArKifNhgAAAA5AAAACgAAAAAAAAAAAAAAgAEAAAAAcmVwb3J0LmNzdlBLBQYAAAAAAQABADgAAABQAAAAAAA=',
      'base64',
    );
    assert.equal((await firstZipEntry(zip)).toString('utf8'), 'name,born\nAda,1815\n'.repeat(3));
    await assert.rejects(firstZipEntry(Buffer.from('not a zip at all, just some text')), /not a ZIP archive/);
  });
});
