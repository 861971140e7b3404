/**
 * Where a browser's downloads are read from: the folder of a browser we started (downloads-folder.ts),
 * or Selenium Grid's managed downloads when the session has them (grid-downloads.ts). Any other
 * browser on a Selenium server saves on its own machine, out of reach: the steps say so.
 */
import { UnsupportedDriverActionError, type Download } from '../driver';

export interface DownloadSource {
  /** Complete downloads, oldest first; a TransientDriverError while one is still being written. */
  list(): Promise<Download[]>;
  /** Forget them (a reset). */
  clear(): Promise<void>;
}

const REMOTE_DOWNLOADS =
  'downloads cannot be read from a browser on a Selenium server: it saves them in a folder of its own machine. ' +
  'Start the node with managed downloads (enable-managed-downloads) and ask for them with the capability ' +
  '"se:downloadsEnabled": true in SELENIUM_CAPABILITIES; or check downloads with a local browser (no SELENIUM_URL), ' +
  'or in an untagged scenario (HTTP driver)';

const FIREFOX_DOWNLOADS =
  'downloads are read from a local Chromium only so far: run this scenario with BROWSER=chrome, or untagged (HTTP driver)';

interface BrowserWithDownloads {
  readonly downloads: DownloadSource | null;
  /** Set for a browser we started ourselves. */
  readonly local: unknown;
}

/** The downloads of a browser, as the Driver contract has them; none before it started. */
export async function downloadsOf(launched: BrowserWithDownloads | null): Promise<Download[]> {
  if (launched === null) return [];
  if (launched.downloads === null) throw new UnsupportedDriverActionError(launched.local === null ? REMOTE_DOWNLOADS : FIREFOX_DOWNLOADS);
  return launched.downloads.list();
}
