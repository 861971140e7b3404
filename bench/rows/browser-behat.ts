/**
 * Rows browser-behat and browser-parallel: the same @javascript scenarios through cucumber-mink
 * (installed dist/, its own browser set-up) and through Behat + Selenium2Driver (chromedriver
 * started for the row), whole processes, interleaved; and cucumber-mink with `--parallel 2`.
 */
import { missingBehat, runBehat, writeBehatProject } from '../lib/behat';
import { writeConfig } from '../lib/configs';
import { interleave, medianCost, pairedWallRatio, type Variant } from '../lib/interleave';
import { cpuNote, measureBusy, type Cost } from '../lib/cpu';
import { CUCUMBER_BIN, type ProcessCost } from '../lib/processes';
import { ms, ratio, type Row } from '../lib/report';
import { startChromedriver, type WebDriverEndpoint } from '../lib/chromedriver';
import { writeFeature } from '../lib/workload';
import { missingBrowser } from './browser';

const BEHAT_BUDGET = 1.0;
const TARGET = `≤ ${BEHAT_BUDGET}× Behat + Selenium2Driver's wall time (the speed issue)`;

/**
 * MinkContext with press and follow waiting for the page they load, as a Behat project writes for
 * Selenium2Driver: its click returns before a form's navigation has replaced the page, so the next
 * step met a stale element or the old page (7–9 of 18 scenarios failed, and a failed scenario skips
 * its last steps, which flattered Behat's time). Two more commands a press or follow, as in such projects.
 */
export const BEHAT_NAVIGATION_WAITING_CONTEXT = {
  name: 'NavigationWaitingContext',
  php: `<?php

use Behat\\Mink\\Driver\\Selenium2Driver;
use Behat\\MinkExtension\\Context\\MinkContext;

class NavigationWaitingContext extends MinkContext
{
    // MinkContext's own step definitions (read from its annotations) call these overrides.
    public function pressButton($button)
    {
        $this->markPage();
        parent::pressButton($button);
        $this->waitForNextPage();
    }

    public function clickLink($link)
    {
        $this->markPage();
        parent::clickLink($link);
        $this->waitForNextPage();
    }

    private function markPage()
    {
        if ($this->getSession()->getDriver() instanceof Selenium2Driver) {
            $this->getSession()->executeScript('window.__leaving = true;');
        }
    }

    private function waitForNextPage()
    {
        if ($this->getSession()->getDriver() instanceof Selenium2Driver) {
            $this->getSession()->wait(5000, "!window.__leaving && document.readyState === 'complete'");
        }
    }
}
`,
};
const PARALLEL_TARGET = '--parallel 2 not slower than serial (≥ 1.00×)';

function skipped(reason: string): { rows: Row[]; raw: unknown } {
  return {
    rows: [
      { row: 'browser-behat', measured: `skipped: ${reason}`, target: TARGET, verdict: 'skipped' },
      { row: 'browser-parallel', measured: `skipped: ${reason}`, target: PARALLEL_TARGET, verdict: 'skipped' },
    ],
    raw: { skipped: reason },
  };
}

/** Behat + Selenium2Driver as a variant, or why it cannot run here (then only cucumber-mink's rows are measured). */
async function behatVariant(
  count: number,
  feature: string,
  baseUrl: string,
  webDriverPort: number,
  timeout: number,
): Promise<{ variant: Variant | null; problem: string | null; webDriver?: WebDriverEndpoint }> {
  const missing = missingBehat();
  if (missing) return { variant: null, problem: missing };
  let webDriver: WebDriverEndpoint | undefined;
  try {
    webDriver = await startChromedriver(webDriverPort);
    const project = writeBehatProject(`javascript-${count}`, feature, { baseUrl, webDriver, context: BEHAT_NAVIGATION_WAITING_CONTEXT });
    // Should a scenario still fail, the run is timed all the same and the row says how many failed.
    return { variant: { name: 'behat', run: () => runBehat(project, timeout, true) }, problem: null, webDriver };
  } catch (error) {
    await webDriver?.stop();
    return { variant: null, problem: (error as Error).message };
  }
}

function versusRow(costs: Map<string, ProcessCost[]>, count: number, note: string, problem: string | null): Row {
  const runs = (name: string) => costs.get(name) ?? [];
  const serial = medianCost(runs('serial'));
  if (problem) {
    return { row: 'browser-behat', measured: `cucumber-mink (dist/) ${ms(serial.elapsedMs)}; ${problem}`, target: TARGET, verdict: 'skipped', note };
  }
  const wallRatio = pairedWallRatio(runs('serial'), runs('behat'));
  const behatFailures = [...new Set(runs('behat').flatMap((cost) => (cost.failed ? [cost.failed] : [])))];
  const failureNote = behatFailures.length > 0 ? ` (Behat's runs failed: ${behatFailures.join('; ')})` : '';
  return {
    row: 'browser-behat',
    measured:
      `cucumber-mink (dist/) ${ms(serial.elapsedMs)} (${ms(serial.elapsedMs / count)} a scenario); ` +
      `Behat + Selenium2Driver ${ms(medianCost(runs('behat')).elapsedMs)}${failureNote}: **${ratio(wallRatio)}**`,
    target: TARGET,
    verdict: wallRatio <= BEHAT_BUDGET ? 'met' : 'not met',
    note,
  };
}

function parallelRow(costs: Map<string, ProcessCost[]>, note: string): Row {
  const runs = (name: string) => (costs.get(name) ?? []) as Cost[];
  const speedup = pairedWallRatio(runs('serial'), runs('parallel'));
  return {
    row: 'browser-parallel',
    measured:
      `serial ${ms(medianCost(runs('serial')).elapsedMs)}, --parallel 2 ${ms(medianCost(runs('parallel')).elapsedMs)}: **${ratio(speedup)}** faster` +
      `<br>${cpuNote(runs('serial'), runs('parallel'))}`,
    target: PARALLEL_TARGET,
    verdict: speedup >= 1 ? 'met' : 'not met',
    note,
  };
}

export async function measureBrowserVersusBehat(
  baseUrl: string,
  count: number,
  rounds: number,
  webDriverPort: number,
): Promise<{ rows: Row[]; raw: unknown }> {
  if (process.env.BENCH_SKIP_BROWSER === '1') return skipped('BENCH_SKIP_BROWSER=1');
  const noBrowser = await missingBrowser();
  if (noBrowser) return skipped(noBrowser);
  // Both tools end on the address: Selenium2Driver cannot read a status code.
  const feature = writeFeature(`javascript-behat-${count}`, count, ['@javascript'], 'address');
  const config = writeConfig('browser-behat', { loading: 'mink-compiled', paths: [feature], worldParameters: { baseUrl } });
  const timeout = 15 * 60_000;
  const variants: Variant[] = [
    { name: 'serial', run: () => measureBusy([CUCUMBER_BIN, '--config', config], timeout) },
    { name: 'parallel', run: () => measureBusy([CUCUMBER_BIN, '--config', config, '--parallel', '2'], timeout) },
  ];
  const behat = await behatVariant(count, feature, baseUrl, webDriverPort, timeout);
  if (behat.variant) variants.unshift(behat.variant);
  try {
    const costs = await interleave(variants, rounds);
    const note = `${count} @javascript scenarios, whole process, ${rounds} interleaved rounds (median of per-round ratios)`;
    return {
      rows: [versusRow(costs, count, note, behat.problem), parallelRow(costs, note)],
      raw: Object.fromEntries(costs),
    };
  } finally {
    await behat.webDriver?.stop();
  }
}
