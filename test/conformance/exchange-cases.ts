/**
 * Conformance cases for the exchange log (support/drivers/exchange-log.ts): on every driver, the
 * requests a scenario made are listed in order with their status, and a reset forgets them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatExchanges } from '../../support/debugging/exchange-report';
import type { Driver } from '../../support/drivers/driver';
import type { RecordedExchange } from '../../support/drivers/exchange-log';
import type { Session } from '../../support/session/session';

/** A browser reports a response over BiDi a moment after the command that caused it returned. */
async function exchangesUntil(driver: Driver, done: (exchanges: readonly RecordedExchange[]) => boolean): Promise<readonly RecordedExchange[]> {
  const log = driver.exchanges;
  assert.ok(log, `${driver.name} keeps no exchange log`);
  const until = Date.now() + 5_000;
  for (;;) {
    const { exchanges } = log.read();
    if (done(exchanges) || Date.now() > until) return exchanges;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function exchangeCases(target: () => Session): void {
  describe('HTTP exchanges: what the report of a failed scenario lists', () => {
    it("lists the scenario's requests in order with their status, Set-Cookie masked; a reset forgets them", async () => {
      const session = target();
      const base = session.settings.baseUrl;
      await session.visit('/text');
      await session.driver.request({ method: 'GET', url: `${base}/api/sign-in`, headers: {} });
      const signedIn = (exchange: RecordedExchange) => exchange.url === `${base}/api/sign-in` && exchange.status !== null;
      const exchanges = (await exchangesUntil(session.driver, (list) => list.some(signedIn))).filter((exchange) => !exchange.url.endsWith('/favicon.ico'));
      assert.deepEqual(
        exchanges.map((exchange) => [exchange.method, exchange.url.slice(base.length), exchange.status]),
        [
          ['GET', '/text', 200],
          ['GET', '/api/sign-in', 200],
        ],
      );
      assert.match(formatExchanges(exchanges, 0), /^ {2}< set-cookie: user=\*\*\*; Path=\/; HttpOnly$/m);
      await session.reset();
      assert.equal(session.driver.exchanges?.isEmpty, true);
    });
  });
}
