/**
 * The check in the browser, on the live page as it is now: axe-core's source is put in the page
 * (once per document: a page that already has this version keeps it), then `axe.run` answers
 * through the promise the script returns, which WebDriver waits for.
 */
import type { BrowserOperations } from '../drivers/driver';
import type { AccessibilityOptions } from './options';
import { axeModule, axeRunOptions } from './axe-engine';
import { REGION_FUNCTIONS, regionInvalid, regionLookups, regionNotFound } from './region';
import { summarizeViolations, type AxeOutcome, type Violation } from './violations';

type PageAnswer = { violations: Violation[]; version: string } | { invalidRegion: string } | { noRegion: true };

export async function checkLivePage(browser: BrowserOperations, options: AccessibilityOptions): Promise<AxeOutcome> {
  const axe = axeModule();
  const present = await browser.executeScript(`return typeof window.axe === 'object' && window.axe !== null ? window.axe.version : null;`);
  if (present !== axe.version) await browser.executeScript(axe.source);
  const answer = (await browser.executeScript(runScript(options))) as PageAnswer;
  if ('invalidRegion' in answer) throw regionInvalid(options.region ?? '', new Error(answer.invalidRegion));
  if ('noRegion' in answer) throw regionNotFound(options.region ?? '');
  return { engine: `axe-core ${answer.version} in the browser`, violations: answer.violations, skippedRules: [] };
}

function runScript(options: AccessibilityOptions): string {
  const lookups = options.region === null ? null : regionLookups(options.region);
  // Declarations first would read as a function the user passed (browser-operations wraps those).
  return `
    var lookups = ${JSON.stringify(lookups)}, context = document;
    ${REGION_FUNCTIONS}
    if (lookups !== null) {
      try { context = matchPiercing(null, lookups); } catch (error) { return { invalidRegion: String(error && error.message) }; }
      if (!context.length) return { noRegion: true };
    }
    var summarizeViolations = ${summarizeViolations.toString()};
    return window.axe.run(context, ${JSON.stringify(axeRunOptions(options))}).then(function (results) {
      return { violations: summarizeViolations(results.violations), version: window.axe.version };
    });
  `;
}
