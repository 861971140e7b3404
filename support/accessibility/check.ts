/**
 * `the page should have no accessibility violations`: axe-core on the live page in a browser, on the
 * parsed page over HTTP (the rules that need a rendered page named, not run). A failure lists the
 * violations and attaches the full report to the scenario.
 */
import { browserOperationsOf } from '../drivers/driver';
import { ExpectationError } from '../session/errors';
import type { Session } from '../session/session';
import { checkRuleIds } from './axe-engine';
import { checkLivePage } from './browser-check';
import { checkMarkup } from './http-check';
import { describeScope, type AccessibilityOptions } from './options';
import { countedViolations, describeViolation, REPORT_FILE_NAME, reportJson, skippedRulesNote } from './report';
import type { AxeOutcome } from './violations';

/** What the check tells the scenario: the report to attach, and the note of a passing check. */
export interface ReportSink {
  attach(data: string, options: { mediaType: string; fileName: string }): void;
  log(text: string): void;
}

/** axe-core's findings on the current page, as the driver can check it. */
export async function accessibilityOutcome(session: Session, options: AccessibilityOptions): Promise<AxeOutcome> {
  checkRuleIds(options.except);
  const browser = browserOperationsOf(session.driver);
  if (browser) return checkLivePage(browser, options);
  return checkMarkup(await session.content(), await session.currentUrl(), options);
}

export function assertNoAccessibilityViolations(session: Session, options: AccessibilityOptions, sink: ReportSink): Promise<void> {
  return session.synchronize(async () => {
    const outcome = await accessibilityOutcome(session, options);
    const counted = countedViolations(outcome.violations, options);
    const note = skippedRulesNote(outcome.skippedRules);
    if (!counted.length) {
      if (note) sink.log(note);
      return;
    }
    sink.attach(reportJson(await session.currentUrl(), outcome, counted, options), { mediaType: 'application/json', fileName: REPORT_FILE_NAME });
    const summary = `${counted.length} accessibility violation${counted.length === 1 ? '' : 's'} ${describeScope(options)}, found by ${outcome.engine}:`;
    const hints = [...counted.map((violation, index) => describeViolation(violation, index + 1))];
    if (note) hints.push(note);
    hints.push(`The full report is attached to the scenario (${REPORT_FILE_NAME}).`);
    throw new ExpectationError(summary, hints, false);
  });
}
