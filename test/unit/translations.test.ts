/**
 * MinkContext in the 18 languages MinkExtension translates it into: every translated wording is one
 * step (none undefined, none ambiguous, English included), takes its quoted arguments as the English
 * step does, and gives them to the English step in the English order.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { definitionsMatching, loadStepCatalog, type StepEntry } from '../../support/catalog/step-catalog';
import { STEP_EXAMPLES } from '../../support/catalog/step-examples';
import { featureLanguages } from '../../support/config/feature-languages';
import { leftOutTranslations, translatedSource } from '../../steps/translations';
import { sampleSentences } from '../../support/catalog/sample-sentences';
import { QUOTED } from '../../steps/patterns';

const I18N = path.join(__dirname, '../../steps/i18n');
const LANGUAGES = fs.readdirSync(I18N).map((file) => file.replace(/\.ts$/, '')).sort();

let entries: StepEntry[];
before(async () => {
  entries = await loadStepCatalog([require.resolve('../../support/register'), ...LANGUAGES.map((language) => path.join(I18N, `${language}.ts`))]);
});

test('18 languages, each translating most MinkContext steps', () => {
  assert.equal(LANGUAGES.length, 18);
  for (const language of LANGUAGES) {
    const count = entries.filter((entry) => entry.uri.endsWith(`i18n/${language}.ts`)).length;
    assert.ok(count >= 25, `${language}: ${count} translated steps`);
  }
});

test('every translated wording is one step, in every language loaded together', () => {
  const translated = entries.filter((entry) => entry.uri.includes('i18n/'));
  const wrong = translated.flatMap((entry) =>
    sampleSentences(entry.source).flatMap((sentence) => {
      const matching = definitionsMatching(entries, sentence);
      return matching.length === 1 ? [] : [`${entry.uri}: "${sentence}" matches ${matching.length}: ${matching.map((m) => m.pattern).join(' | ')}`];
    }),
  );
  assert.deepEqual(wrong, []);
  // What MinkExtension words ambiguously is left out, each with the wording it clashes with.
  for (const note of leftOutTranslations()) assert.match(note, /^\S+ "[\w-]+": (shares a sentence with|says less than|.* says it, and more)/);
});

test('no translation makes an English step ambiguous', () => {
  const wrong = STEP_EXAMPLES.flatMap((example) => {
    const matching = definitionsMatching(entries, example);
    return matching.length === 1 ? [] : [`"${example}" matches ${matching.length}: ${matching.map((m) => `${m.pattern} (${m.uri})`).join(' | ')}`];
  });
  assert.deepEqual(wrong, []);
});

test('a translation takes quoted arguments as the English step does, and gives them in the English order', () => {
  // German puts the value before the field: `ich gebe "a@b.c" in "Email" ein`.
  const german = String.raw`/^(?:|ich )gebe (?:|ich )in das Feld "(?P<field>(?:[^"]|\\")*)" "(?P<value>(?:[^"]|\\")*)" ein$/`;
  const { source, order } = translatedSource(german, `fill in ${QUOTED} with ${QUOTED}`, ['field', 'value'], 'de');
  assert.deepEqual(order, [0, 1]);
  const match = new RegExp(`^${source}$`).exec('ich gebe in das Feld "Say \\"hi\\"" "a@b.c" ein');
  assert.deepEqual(match?.slice(1), ['Say \\"hi\\"', 'a@b.c'], 'an escaped quote inside the argument, as in English');
  const reversed = String.raw`/^(?:|ich )gebe (?:|ich )"(?P<value>(?:[^"]|\\")*)" in "(?P<field>(?:[^"]|\\")*)" ein$/`;
  assert.deepEqual(translatedSource(reversed, `fill in ${QUOTED} with ${QUOTED}`, ['field', 'value'], 'de').order, [1, 0]);
  assert.throws(() => translatedSource('/^geh zu "(?P<url>[^"]+)" "(?P<x>[^"]+)"$/', `go to ${QUOTED}`, null, 'xx "go-to-page"'), /xx "go-to-page": 2 arguments, but the English step has 1/);
});

test('a run loads the languages its features declare, and cucumber-js --language for the rest', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-languages-'));
  try {
    fs.mkdirSync(path.join(dir, 'features', 'de'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'features', 'a.feature'), 'Feature: A\n');
    fs.writeFileSync(path.join(dir, 'features', 'de', 'b.feature'), '\n# a comment\n  # language: de\nFunktionalität: B\n');
    fs.writeFileSync(path.join(dir, 'features', 'c.feature'), 'Feature: C\n# language: fr\n');
    assert.deepEqual(featureLanguages(['features/**/*.feature'], dir), ['de', 'en']);
    assert.deepEqual(featureLanguages(['features/a.feature:1'], dir, 'ja'), ['ja']);
    assert.deepEqual(featureLanguages(['features/de/'], dir), ['de']);
    assert.deepEqual(featureLanguages(['nowhere/**/*.feature'], dir), []);
    fs.writeFileSync(path.join(dir, '@rerun.txt'), 'features/de/b.feature:4\n');
    assert.deepEqual(featureLanguages(['@rerun.txt'], dir), ['de'], 'a rerun file: the languages of the features it names');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
