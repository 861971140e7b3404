/**
 * The part of axe-core's results a report needs: each violation's rule, impact, words, help link,
 * and its elements (selector and HTML). `summarizeViolations` runs in Node over jsdom's results and
 * in the browser over the page's (its source is shipped with the script), so both drivers report
 * the same shape: written as plain ES5, with nothing from outside its body.
 */
export interface ViolationNode {
  /** axe's selector of the element (inside frames: one selector per frame, joined by " >>> "). */
  readonly target: string;
  readonly html: string;
  readonly impact: string | null;
  readonly failureSummary: string;
}

export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly description: string;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly ViolationNode[];
}

/** Where the check ran and what it could not do, beside what it found. */
export interface AxeOutcome {
  readonly engine: string;
  readonly violations: readonly Violation[];
  /** Rules that were not run because the driver cannot give them what they need (a rendered page). */
  readonly skippedRules: readonly string[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- axe-core's raw results, in whichever realm they were made
export function summarizeViolations(violations: any[]): Violation[] {
  const out = [];
  for (let i = 0; i < violations.length; i++) {
    const violation = violations[i];
    const nodes = [];
    for (let j = 0; j < violation.nodes.length; j++) {
      const node = violation.nodes[j];
      const target = [];
      for (let k = 0; k < node.target.length; k++) target.push(String(node.target[k]));
      nodes.push({ target: target.join(' >>> '), html: String(node.html || ''), impact: node.impact || null, failureSummary: String(node.failureSummary || '') });
    }
    out.push({ id: violation.id, impact: violation.impact || null, description: violation.description, help: violation.help, helpUrl: violation.helpUrl, nodes: nodes });
  }
  return out;
}
