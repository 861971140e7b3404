/**
 * The browser driver's exchange log, fed by WebDriver BiDi network events: each redirect hop, the
 * requests a page's script makes, times and sizes, and an empty log after a reset.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatExchanges } from '../../support/debugging/exchange-report';
import type { RecordedExchange } from '../../support/drivers/exchange-log';
import { useBrowser } from './harness';

const PAGES: Record<string, string> = {
  '/fetching': `<!doctype html><html><body><p id="out"></p><script>
    fetch('/missing', { method: 'POST', body: 'note=1' }).then(function (r) { document.getElementById('out').textContent = 'status ' + r.status; });
  </script></body></html>`,
};

describe('browser driver: the HTTP exchanges of a scenario (BiDi network events)', () => {
  const browser = useBrowser(PAGES);

  /** The exchanges once `url`'s has its response: the events may trail the navigation WebDriver reported done. */
  async function exchangesUntil(done: (exchanges: readonly RecordedExchange[]) => boolean): Promise<readonly RecordedExchange[]> {
    const until = Date.now() + 5_000;
    for (;;) {
      const { exchanges } = browser.driver.exchanges.read();
      if (done(exchanges) || Date.now() > until) return exchanges;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('a navigation through a redirect is the 302, then the 200 with its size and time', async () => {
    await browser.driver.visit(`${browser.base}/redirect`);
    const exchanges = await exchangesUntil((list) => list.some((each) => each.url.endsWith('/popup') && each.status !== null));
    const hops = exchanges.filter((each) => !each.url.endsWith('/favicon.ico'));
    assert.deepEqual(hops.map((each) => [each.method, each.url, each.status]), [
      ['GET', `${browser.base}/redirect`, 302],
      ['GET', `${browser.base}/popup`, 200],
    ]);
    assert.ok((hops[1].size ?? 0) > 0, `size ${hops[1].size}`);
    assert.ok((hops[1].durationMs ?? -1) >= 0);
    const report = formatExchanges(hops, 0);
    assert.match(report, /^GET http:\/\/127\.0\.0\.1:\d+\/redirect → 302 Found \(\d+ ms, 0 B\)$/m);
    assert.match(report, /^ {2}< x-page: \/popup$/m);
    assert.match(report, /^ {2}> user-agent: .*Chrome/m);
  });

  it("a page script's request is listed after the page, with its method and status; a reset empties the log", async () => {
    await browser.driver.visit(`${browser.base}/fetching`);
    const exchanges = await exchangesUntil((list) => list.some((each) => each.url.endsWith('/missing') && each.status !== null));
    const page = exchanges.findIndex((each) => each.url === `${browser.base}/fetching` && each.status === 200);
    const fetched = exchanges.findIndex((each) => each.url === `${browser.base}/missing` && each.method === 'POST' && each.status === 404);
    assert.ok(page >= 0 && fetched > page, JSON.stringify(exchanges.map((each) => [each.method, each.url, each.status])));
    await browser.driver.reset();
    assert.equal(browser.driver.exchanges.isEmpty, true);
  });
});
