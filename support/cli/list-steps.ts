/**
 * `cucumber-mink steps [filter]` (Behat's `-dl`): every step definition the project's own cucumber
 * configuration loads — ours and the project's custom steps — each with an example sentence.
 * Loading and describing them is the step catalog's; this is the command's output.
 */
import type { StepEntry } from '../catalog/step-catalog';

export { loadProjectSteps, loadTranslatedSteps, translatedLanguages } from '../catalog/step-catalog';

/**
 * What a user searching for a kind of control or an action means, in the words the steps use: no
 * step says "radio button", the one that chooses one says `select "…" from "…"`.
 */
const SEARCH_WORDS: Readonly<Record<string, readonly string[]>> = {
  radio: ['select'],
  dropdown: ['select'],
  option: ['select'],
  checkbox: ['check'],
  tick: ['check'],
  button: ['press'],
  submit: ['press'],
  link: ['follow'],
  click: ['press', 'follow', 'click'],
  type: ['fill in', 'type'],
  input: ['fill in', 'field'],
  upload: ['attach'],
  file: ['attach'],
  url: ['am on', 'go to', 'url'],
  visit: ['am on', 'go to'],
  text: ['should see'],
  wait: ['wait', 'appear', 'disappear'],
  dialog: ['dialog', 'prompt'],
  header: ['header'],
  json: ['json'],
};

/** Steps whose pattern or example contains the filter, or a word the steps use for it, ignoring case. */
export function filterSteps(steps: readonly StepEntry[], filter: string | undefined): StepEntry[] {
  if (!filter) return [...steps];
  const needle = filter.toLowerCase();
  const words = [needle, ...(SEARCH_WORDS[needle] ?? [])];
  return steps.filter((step) => words.some((word) => step.pattern.toLowerCase().includes(word) || (step.example ?? '').toLowerCase().includes(word)));
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
