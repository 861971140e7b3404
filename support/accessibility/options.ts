/**
 * What an accessibility check looks at, read from the step's words: the least impact that counts,
 * the region (CSS), and the rules left out. Bad words fail here, before anything is loaded.
 */
import { ExpectationError } from '../session/errors';

/** axe-core's impacts, least first: "of impact serious" counts serious and critical. */
export const IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;
export type Impact = (typeof IMPACTS)[number];

export interface AccessibilityOptions {
  /** The least impact a violation must have to count. */
  readonly minImpact: Impact;
  /** CSS of the part of the page checked; null for the whole page. */
  readonly region: string | null;
  /** axe-core rule ids not run. */
  readonly except: readonly string[];
}

export function impactRank(impact: string | null | undefined): number {
  return IMPACTS.indexOf((impact ?? 'minor') as Impact);
}

/** The step's optional parts, as captured (undefined or null when left out). */
export function accessibilityOptions(impact?: string | null, region?: string | null, except?: string | null): AccessibilityOptions {
  const minImpact = (impact ?? 'minor').trim().toLowerCase();
  if (!(IMPACTS as readonly string[]).includes(minImpact)) {
    throw new ExpectationError(`Unknown impact "${impact}": axe-core's impacts are ${IMPACTS.map((i) => `"${i}"`).join(', ')} (least first; "of impact "serious"" counts serious and critical).`, [], false);
  }
  const rules = (except ?? '').split(',').map((rule) => rule.trim()).filter(Boolean);
  return { minImpact: minImpact as Impact, region: region?.trim() || null, except: rules };
}

/** Words for the message: what counted, and where. */
export function describeScope(options: AccessibilityOptions): string {
  const impact = options.minImpact === 'minor' ? 'any impact' : options.minImpact === 'critical' ? 'impact critical' : `impact ${options.minImpact} or worse`;
  const where = options.region ? `in the element matching css "${options.region}"` : 'on the page';
  const except = options.except.length ? `, except ${options.except.join(', ')}` : '';
  return `${where} (${impact}${except})`;
}
