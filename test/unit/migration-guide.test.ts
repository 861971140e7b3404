/**
 * docs/migrating-from-behat.md promises that every behatch wording it lists runs as it is: each line
 * of its gherkin blocks must match exactly one built-in step (none undefined, none ambiguous).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { definitionsMatching, loadStepCatalog, type StepEntry } from '../../support/catalog/step-catalog';

const GUIDE = path.join(__dirname, '../../docs/migrating-from-behat.md');

function guideSteps(): string[] {
  const blocks = [...fs.readFileSync(GUIDE, 'utf8').matchAll(/```gherkin\n([\s\S]*?)```/g)].map((match) => match[1]);
  return blocks.flatMap((block) => block.split('\n').map((line) => line.trim()).filter((line) => /^(Given|When|Then|And|But) /.test(line)));
}

let entries: StepEntry[];
before(async () => {
  entries = await loadStepCatalog([require.resolve('../../support/register')]);
});

test('every step wording the migration guide lists is one built-in step', () => {
  const steps = guideSteps();
  assert.ok(steps.length >= 40, `the guide lists behatch's wordings (found ${steps.length})`);
  const wrong = steps.flatMap((line) => {
    const matching = definitionsMatching(entries, line);
    return matching.length === 1 ? [] : [`${line} → ${matching.length === 0 ? 'undefined' : `ambiguous: ${matching.map((entry) => entry.pattern).join(' | ')}`}`];
  });
  assert.deepEqual(wrong, []);
});
