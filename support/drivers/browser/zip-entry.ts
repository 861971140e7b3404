/**
 * The one file in a ZIP archive, as Selenium Grid sends a managed download (base64 of a zip holding
 * that file), read with JSZip (what selenium-webdriver's own downloadFile uses): it follows the
 * central directory, so a local header that defers the sizes to a data descriptor, as Java's
 * ZipOutputStream writes it, reads as well.
 */
import JSZip from 'jszip';

export async function firstZipEntry(zip: Buffer): Promise<Buffer> {
  let archive: JSZip;
  try {
    archive = await JSZip.loadAsync(zip);
  } catch (error) {
    throw new Error(`not a ZIP archive: ${(error as Error).message}`);
  }
  const entry = Object.values(archive.files).find((file) => !file.dir);
  if (!entry) throw new Error('the ZIP archive holds no file');
  return entry.async('nodebuffer');
}
