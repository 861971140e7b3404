/**
 * axe-core, loaded only when a check runs: a run that never checks accessibility loads none of it
 * (1.5 MB of script). The options both drivers give `axe.run`, and the rule ids a step may name.
 */
import { ExpectationError } from '../session/errors';
import type { AccessibilityOptions } from './options';

type AxeModule = typeof import('axe-core');

export function axeModule(): AxeModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at the first check, not at start-up
  return require('axe-core') as AxeModule;
}

/** axe's own run options: violations only, the rules left out disabled. */
export interface AxeRunOptions {
  readonly resultTypes: ['violations'];
  readonly rules: Record<string, { enabled: false }>;
}

/** A misspelt rule would silently check everything: refuse it, naming the ones that come close. */
export function checkRuleIds(ruleIds: readonly string[]): void {
  const known = axeModule().getRules().map((rule) => rule.ruleId);
  const unknown = ruleIds.filter((id) => !known.includes(id));
  if (!unknown.length) return;
  const close = unknown.flatMap((id) => known.filter((rule) => sharesWord(rule, id)).sort((a, b) => Math.abs(a.length - id.length) - Math.abs(b.length - id.length)));
  const hint = close.length ? `Did you mean ${[...new Set(close)].map((rule) => `"${rule}"`).join(', ')}? ` : '';
  throw new ExpectationError(
    `Unknown accessibility rule ${unknown.map((id) => `"${id}"`).join(', ')} after "except". ${hint}The rules are axe-core's ids (${axeModule().version}): https://github.com/dequelabs/axe-core/blob/develop/doc/rule-descriptions.md`,
    [],
    false,
  );
}

function sharesWord(rule: string, id: string): boolean {
  const words = id.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 2);
  return words.some((word) => rule.includes(word));
}

export function axeRunOptions(options: AccessibilityOptions, alsoDisabled: readonly string[] = []): AxeRunOptions {
  const rules: Record<string, { enabled: false }> = {};
  for (const id of [...options.except, ...alsoDisabled]) rules[id] = { enabled: false };
  return { resultTypes: ['violations'], rules };
}
