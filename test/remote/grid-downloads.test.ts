/**
 * Downloads from a browser on the real Selenium Grid that `npm run test:remote` starts
 * (REMOTE_GRID_URL, its node started with managed downloads): the download conformance cases pass
 * there as on a local browser when the session asks for them (se:downloadsEnabled), and a session that
 * did not ask says how to.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createBrowserDriver } from '../../support/drivers/browser';
import { UnsupportedDriverActionError } from '../../support/drivers/driver';
import { Session } from '../../support/session/session';
import { downloadCases } from '../conformance/download-cases';
import { startConformanceServer, type ConformanceServer } from '../conformance/pages';

const GRID_URL = process.env.REMOTE_GRID_URL;
/** The node's stereotype says linux on Linux and mac on macOS (scripts/selenium-server.sh). */
const PLATFORM = process.platform === 'darwin' ? 'mac' : 'linux';

function gridSession(server: ConformanceServer, capabilities: Record<string, unknown>): Session {
  const driver = createBrowserDriver({
    seleniumUrl: GRID_URL ?? '',
    browser: 'chrome',
    headless: true,
    driverPath: null,
    browserBinary: null,
    windowSize: { width: 1024, height: 768 },
    capabilities: { platformName: PLATFORM, ...capabilities } as never,
  });
  return new Session('grid', driver, { baseUrl: server.base, filesPath: '.', waitTimeout: 3 });
}

describe('downloads on a real Selenium Grid', { skip: GRID_URL ? false : 'run by npm run test:remote, which starts the Grid' }, () => {
  let server: ConformanceServer | undefined;
  before(async () => {
    server = await startConformanceServer();
  });
  after(async () => {
    await server?.close();
  });

  // One session at a time: this one ends before the managed one starts.
  it('without managed downloads, the steps say where the downloads went and how to get them', async () => {
    const plain = gridSession(server as ConformanceServer, {});
    try {
      await plain.visit('/exports');
      await assert.rejects(plain.downloads(), (error: Error) => {
        assert.ok(error instanceof UnsupportedDriverActionError);
        assert.match(error.message, /saves them in a folder of its own machine\. Start the node with managed downloads \(enable-managed-downloads\) and ask for them with the capability "se:downloadsEnabled": true/);
        return true;
      });
    } finally {
      await plain.driver.stop();
    }
  });

  describe('with managed downloads (se:downloadsEnabled)', () => {
    let managed: Session | undefined;
    before(() => {
      managed = gridSession(server as ConformanceServer, { 'se:downloadsEnabled': true });
    });
    after(async () => {
      await managed?.driver.stop();
    });
    beforeEach(async () => {
      await managed?.reset();
    });
    downloadCases(() => {
      if (!managed) throw new Error('the session starts in before()');
      return managed;
    });
  });
});
