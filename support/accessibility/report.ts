/**
 * What a reader of a failed check needs: each violation's rule, impact, description and help link,
 * and its elements (axe's selector and the start of their HTML); and, over HTTP, the rules that were
 * not checked. The whole report, every element, goes to the scenario as an attachment.
 */
import { impactRank, type AccessibilityOptions } from './options';
import type { AxeOutcome, Violation } from './violations';

const HTML_EXCERPT = 120;
/** Elements listed per violation in the message; the attachment has them all. */
const NODES_SHOWN = 5;
export const REPORT_FILE_NAME = 'accessibility.json';

/** The violations that count, worst first: those of the least impact asked for or worse, each with its elements that are. */
export function countedViolations(violations: readonly Violation[], options: AccessibilityOptions): Violation[] {
  const least = impactRank(options.minImpact);
  return violations
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => impactRank(node.impact ?? violation.impact) >= least) }))
    .filter((violation) => violation.nodes.length > 0 && impactRank(violation.impact) >= least)
    .sort((a, b) => impactRank(b.impact) - impactRank(a.impact));
}

/** One block per violation, for the failure message. */
export function describeViolation(violation: Violation, position: number): string {
  const lines = [
    `${position}. ${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.description}`,
    `   ${violation.helpUrl}`,
    ...violation.nodes.slice(0, NODES_SHOWN).map((node) => `   - ${node.target}  ${excerpt(node.html)}`),
  ];
  const more = violation.nodes.length - NODES_SHOWN;
  if (more > 0) lines.push(`   … and ${more} more element${more === 1 ? '' : 's'} (see ${REPORT_FILE_NAME})`);
  return lines.join('\n');
}

/** The rules a driver could not run, and how to get them checked. */
export function skippedRulesNote(skipped: readonly string[]): string | null {
  if (!skipped.length) return null;
  return `Not checked over HTTP: ${skipped.join(', ')} (they need a rendered page): tag the scenario @javascript to check them.`;
}

export function reportJson(url: string, outcome: AxeOutcome, counted: readonly Violation[], options: AccessibilityOptions): string {
  return JSON.stringify({ url, engine: outcome.engine, options, violations: counted, skippedRules: outcome.skippedRules }, null, 2);
}

function excerpt(html: string): string {
  const flat = html.replace(/\s+/g, ' ').trim();
  return flat.length > HTML_EXCERPT ? `${flat.slice(0, HTML_EXCERPT - 1)}…` : flat;
}
