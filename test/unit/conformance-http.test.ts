/** The driver conformance cases (test/conformance/cases.ts) against the HTTP driver. */
import { after, before, beforeEach, describe } from 'node:test';
import { HttpDriver } from '../../support/drivers/http';
import { Session } from '../../support/session/session';
import { conformanceCases } from '../conformance/cases';
import { startConformanceServer, type ConformanceServer } from '../conformance/pages';

describe('driver conformance: http', () => {
  let server: ConformanceServer | undefined;
  let session: Session | undefined;

  before(async () => {
    server = await startConformanceServer();
    session = new Session('http', new HttpDriver(), { baseUrl: server.base, filesPath: '.', waitTimeout: 0 });
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
