/**
 * Rows browser and reuse: the same scenarios tagged @javascript (one reused browser per process)
 * and tagged @javascript @insulated (a new browser each), beside the HTTP driver, in one process.
 */
import { runMeasurement } from '../lib/processes';
import { ms, ratio, type Row } from '../lib/report';
import { median } from '../lib/stats';
import { minkSuite } from '../lib/suites';
import { writeFeature } from '../lib/workload';

export interface BrowserRows {
  rows: Row[];
  raw: unknown;
}

function skipped(reason: string): BrowserRows {
  const note = `skipped: ${reason}`;
  return {
    rows: [
      { row: 'browser', measured: note, target: 'HTTP driver ≥ 30× faster per scenario', verdict: 'skipped' },
      { row: 'reuse', measured: note, target: 'reuse ≤ 1/10 of a new session', verdict: 'skipped' },
    ],
    raw: { skipped: reason },
  };
}

/** Why no browser can run here, or null when one can; the same lookup @javascript scenarios use. */
export async function missingBrowser(): Promise<string | null> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { resolveEndpoint } = require('../../support/drivers/browser/endpoint') as typeof import('../../support/drivers/browser/endpoint');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { resolveParameters } = require('../../support/config/parameters') as typeof import('../../support/config/parameters');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { browserDriverOptions } = require('../../support/runtime') as typeof import('../../support/runtime');
    await resolveEndpoint(browserDriverOptions(resolveParameters()));
    return null;
  } catch (error) {
    return `no browser found (${(error as Error).message.split('\n').slice(0, 3).join(' ').trim()})`;
  }
}

export async function measureBrowser(baseUrl: string, count: number, rounds: number): Promise<BrowserRows> {
  if (process.env.BENCH_SKIP_BROWSER === '1') return skipped('BENCH_SKIP_BROWSER=1');
  const missing = await missingBrowser();
  if (missing) return skipped(missing);

  const insulatedCount = Math.max(3, Math.ceil(count / 4));
  const suites = [
    minkSuite('http', writeFeature(`http-${count}`, count), baseUrl),
    minkSuite('reuse', writeFeature(`javascript-${count}`, count, ['@javascript']), baseUrl),
    minkSuite('insulated', writeFeature(`insulated-${insulatedCount}`, insulatedCount, ['@javascript', '@insulated']), baseUrl),
  ];
  let result;
  try {
    result = await runMeasurement({ warmupRounds: 1, rounds, suites }, 20 * 60_000);
  } catch (error) {
    return skipped(`the browser driver did not run (${(error as Error).message.slice(0, 300)})`);
  }
  for (const name of ['reuse', 'insulated']) {
    const suite = result.suites[name];
    if (suite.ok.some((ok) => !ok)) {
      return skipped(`the @javascript scenarios failed, so the browser driver does not work yet (${suite.timings.failures.join(' | ').slice(0, 300)})`);
    }
  }
  const httpScenario = median(result.suites.http.timings.scenarios);
  const browserScenario = median(result.suites.reuse.timings.scenarios);
  const insulatedScenario = median(result.suites.insulated.timings.scenarios);
  const reuseSetup = median(result.suites.reuse.timings.beforeHooks);
  const newSessionSetup = median(result.suites.insulated.timings.beforeHooks);
  const speedup = browserScenario / httpScenario;
  const setupShare = reuseSetup / newSessionSetup;
  return {
    rows: [
      {
        row: 'browser',
        measured:
          `per scenario: browser (reused) ${ms(browserScenario)}, HTTP ${ms(httpScenario)}: HTTP **${ratio(speedup)}** faster`,
        target: 'HTTP driver ≥ 30× faster per scenario',
        verdict: speedup >= 30 ? 'met' : 'not met',
        note: `${count} scenarios × ${rounds} rounds, median scenario time`,
      },
      {
        row: 'reuse',
        measured:
          `per-scenario session setup: reuse + reset ${ms(reuseSetup)}, @insulated new browser ${ms(newSessionSetup)}: ` +
          `**${(setupShare * 100).toFixed(1)}%** of a new session`,
        target: 'reuse ≤ 1/10 of a new session',
        verdict: setupShare <= 0.1 ? 'met' : 'not met',
        note: `whole scenario: ${ms(browserScenario)} reused vs ${ms(insulatedScenario)} insulated (${insulatedCount} insulated scenarios per round)`,
      },
    ],
    raw: result,
  };
}
