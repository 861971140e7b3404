/** The driver conformance cases (test/conformance/cases.ts) against the browser driver in headless Chromium. */
import { after, before, beforeEach, describe } from 'node:test';
import { Session } from '../../support/session/session';
import { headlessChromeDriver } from '../browser-harness';
import { conformanceCases } from '../conformance/cases';
import { startConformanceServer, type ConformanceServer } from '../conformance/pages';

describe('driver conformance: browser', () => {
  let server: ConformanceServer | undefined;
  let session: Session | undefined;

  before(async () => {
    server = await startConformanceServer();
    // A short wait: every case acts on a page that is complete when it loads, and a refusal that
    // waits (disabled, read-only) would otherwise take the default wait time to fail.
    session = new Session('browser', headlessChromeDriver(), { baseUrl: server.base, filesPath: '.', waitTimeout: 0.3 });
  });
  after(async () => {
    await session?.driver.stop();
    await server?.close();
  });
  beforeEach(async () => {
    await session?.reset();
  });

  conformanceCases(() => {
    if (!session) throw new Error('the session starts in before()');
    return { session };
  });
});
