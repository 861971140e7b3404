/**
 * `cucumber-mink steps [filter]` (Behat's `-dl`): every step definition the project's own cucumber
 * configuration loads — ours and the project's custom steps — each with an example sentence.
 * Loading and describing them is the step catalog's; this is the command's output.
 */
import type { StepEntry } from '../catalog/step-catalog';

export { loadProjectSteps, loadTranslatedSteps, translatedLanguages } from '../catalog/step-catalog';

/** Steps whose pattern or example contains the filter, ignoring case. */
export function filterSteps(steps: readonly StepEntry[], filter: string | undefined): StepEntry[] {
  if (!filter) return [...steps];
  const needle = filter.toLowerCase();
  return steps.filter((step) => step.pattern.toLowerCase().includes(needle) || (step.example ?? '').toLowerCase().includes(needle));
}

/** Grouped by source file; each step shows its pattern, then its example. */
export function formatSteps(steps: readonly StepEntry[]): string {
  const lines: string[] = [];
  let currentUri: string | null = null;
  for (const step of steps) {
    if (step.uri !== currentUri) {
      if (currentUri !== null) lines.push('');
      lines.push(step.uri);
      currentUri = step.uri;
    }
    lines.push(`  ${step.keyword} ${step.pattern}`);
    if (step.example) lines.push(`      e.g. ${step.example}`);
  }
  return lines.join('\n');
}
