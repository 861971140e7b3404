/**
 * The one file in a ZIP archive, as Selenium Grid sends a managed download (base64 of a zip holding
 * that file). Read through the central directory, whose sizes are right even when the local header
 * defers them to a data descriptor, as Java's ZipOutputStream writes it. Stored or deflated only.
 */
import zlib from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export function firstZipEntry(zip: Buffer): Buffer {
  const end = findEndOfCentralDirectory(zip);
  const central = zip.readUInt32LE(end + 16);
  if (zip.readUInt32LE(central) !== CENTRAL_FILE_HEADER) throw new Error('not a ZIP archive: no central directory');
  const method = zip.readUInt16LE(central + 10);
  const compressedSize = zip.readUInt32LE(central + 20);
  const local = zip.readUInt32LE(central + 42);
  if (zip.readUInt32LE(local) !== LOCAL_FILE_HEADER) throw new Error('not a ZIP archive: no local file header');
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + compressedSize);
  if (method === STORED) return Buffer.from(data);
  if (method === DEFLATED) return zlib.inflateRawSync(data);
  throw new Error(`ZIP compression method ${method} is not supported (only stored and deflated)`);
}

/** The record sits in the last 22 bytes plus an optional comment of up to 64 KiB. */
function findEndOfCentralDirectory(zip: Buffer): number {
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset--) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new Error('not a ZIP archive: no end of central directory');
}
