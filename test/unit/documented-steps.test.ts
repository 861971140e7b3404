/**
 * docs/migrating-from-behat.md promises that every behatch wording it lists runs as it is: each line
 * of its gherkin blocks must match exactly one built-in step (none undefined, none ambiguous). The
 * same holds for the examples of the README and the other docs: a reader copies them as they are.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { definitionsMatching, loadStepCatalog, type StepEntry } from '../../support/catalog/step-catalog';

const ROOT = path.join(__dirname, '../..');
const GUIDE = path.join(ROOT, 'docs/migrating-from-behat.md');

function guideSteps(file: string = GUIDE): string[] {
  const blocks = [...fs.readFileSync(file, 'utf8').matchAll(/```gherkin\n([\s\S]*?)```/g)].map((match) => match[1]);
  return blocks.flatMap((block) => block.split('\n').map((line) => line.trim()).filter((line) => /^(Given|When|Then|And|But) /.test(line)));
}

let entries: StepEntry[];
before(async () => {
  entries = await loadStepCatalog([require.resolve('../../support/register')]);
});

function notOneStep(steps: readonly string[]): string[] {
  return steps.flatMap((line) => {
    const matching = definitionsMatching(entries, line);
    return matching.length === 1 ? [] : [`${line} → ${matching.length === 0 ? 'undefined' : `ambiguous: ${matching.map((entry) => entry.pattern).join(' | ')}`}`];
  });
}

test('every step wording the migration guide lists is one built-in step', () => {
  const steps = guideSteps();
  assert.ok(steps.length >= 40, `the guide lists behatch's wordings (found ${steps.length})`);
  assert.deepEqual(notOneStep(steps), []);
});

test('every step of the gherkin examples in the README and the docs is one built-in step', () => {
  const files = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
  const wrong = files.flatMap((file) => notOneStep(guideSteps(path.join(ROOT, file))).map((line) => `${file}: ${line}`));
  assert.ok(files.map((file) => guideSteps(path.join(ROOT, file)).length).reduce((a, b) => a + b) >= 30, 'the examples are read');
  assert.deepEqual(wrong, []);
});
