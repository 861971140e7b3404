/**
 * What an editor knows of our steps without running them: the generated file of literal patterns
 * (editor/cucumber-mink.steps.js) is current, and the Cucumber language service, reading it with its
 * own parser as the VS Code extension does, finds every example of every step and nothing that no step
 * matches; `init` points the editor at it in .vscode/settings.json without losing a user's settings.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ExpressionBuilder, getGherkinDiagnostics } from '@cucumber/language-service';
import { WasmParserAdapter } from '@cucumber/language-service/wasm';
import { EDITOR_GLUE, expectedEditorGlue } from '../../scripts/editor-glue';
import { loadStepCatalog, type StepEntry } from '../../support/catalog/step-catalog';
import { addEditorSettings, EDITOR_GLUE_IN_PROJECT, stripJsonComments } from '../../support/cli/editor-settings';
import { describeInit, initProject } from '../../support/cli/init';

const root = path.resolve(__dirname, '..', '..');
type Expression = { match(text: string): unknown };

let entries: StepEntry[];
let glue: Expression[];
before(async () => {
  entries = await loadStepCatalog([require.resolve('../../support/register')]);
  const wasmDir = path.resolve(path.dirname(require.resolve('@cucumber/language-service')), '..', '..');
  const adapter = new WasmParserAdapter(wasmDir);
  await adapter.init();
  const content = fs.readFileSync(EDITOR_GLUE, 'utf8');
  const result = new ExpressionBuilder(adapter).build([{ languageName: 'javascript', content, uri: 'file:///glue.js' }], []);
  assert.deepEqual(result.errors, []);
  glue = result.expressionLinks.map((link) => link.expression);
});

const stripKeyword = (sentence: string) => sentence.replace(/^(Given|When|Then|And|But|\*) /, '');
const undefinedSteps = (sentences: readonly string[]) => {
  const feature = ['Feature: f', '  Scenario: s', ...sentences.map((sentence) => `    ${sentence}`)].join('\n');
  return getGherkinDiagnostics(feature, glue as never).map((diagnostic) => diagnostic.message);
};

test('editor/cucumber-mink.steps.js is generated from the step definitions and up to date (npm run editor:glue)', async () => {
  const current = fs.readFileSync(EDITOR_GLUE, 'utf8');
  assert.ok(current === (await expectedEditorGlue()), 'editor/cucumber-mink.steps.js is out of date: run `npm run editor:glue`');
});

test("the language service, reading the file with its own parser, finds every step's example defined, and a misspelling undefined", () => {
  assert.ok(glue.length >= entries.length, `${glue.length} patterns for ${entries.length} steps`);
  const examples = entries.map((entry) => entry.example).filter((example): example is string => example !== null);
  assert.deepEqual(undefinedSteps(examples), []);
  assert.deepEqual(undefinedSteps(['When I fil in "Email" with "a@b.c"', 'Then I should seee "Welcome"']), [
    'Undefined step: I fil in "Email" with "a@b.c"',
    'Undefined step: I should seee "Welcome"',
  ]);
});

test('what the file accepts, a step accepts: a word left out of an example is undefined in the editor as in a run', () => {
  const accepted: string[] = [];
  for (const entry of entries) {
    if (!entry.example) continue;
    const words = stripKeyword(entry.example).split(' ');
    for (let index = 0; index < words.length; index += 1) {
      const variant = [...words.slice(0, index), ...words.slice(index + 1)].join(' ');
      const inEditor = glue.some((expression) => expression.match(variant));
      const inRun = entries.some((other) => other.matches(variant));
      if (inEditor && !inRun) accepted.push(variant);
    }
  }
  assert.deepEqual(accepted, []);
});

test('the MinkContext wording is written as Cucumber Expressions, which the editor completes', () => {
  const content = fs.readFileSync(EDITOR_GLUE, 'utf8');
  for (const expression of ['(I )fill in {string} with {string}', '(I )press {string}', '(I )should see {string}', '(I )am on {string}']) {
    assert.ok(content.includes(`('${expression}', () => {})`), expression);
  }
  assert.match(content, /^function When\(\) \{\}$/m, 'loading the file defines nothing');
});

function temporaryDirectory(t: { after: (fn: () => void) => void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-editor-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const settingsOf = (dir: string) => JSON.parse(stripJsonComments(fs.readFileSync(path.join(dir, '.vscode', 'settings.json'), 'utf8')));

test("init writes .vscode/settings.json: the project's features, its own steps and the package's literal patterns", (t) => {
  const dir = temporaryDirectory(t);
  const result = initProject({ cwd: dir });
  assert.deepEqual(settingsOf(dir), {
    'cucumber.features': ['features/**/*.feature'],
    'cucumber.glue': ['steps/**/*.ts', EDITOR_GLUE_IN_PROJECT],
  });
  assert.ok(fs.existsSync(path.join(root, EDITOR_GLUE_IN_PROJECT.replace('node_modules/cucumber-mink/', ''))), 'the glue path names the file the package ships');
  assert.match(describeInit(result, dir), /wrote {8}\.vscode\/settings\.json/);
});

test("an existing settings file keeps the user's keys, gains the missing ones, and --force replaces only ours", (t) => {
  const dir = temporaryDirectory(t);
  fs.mkdirSync(path.join(dir, '.vscode'));
  const mine = { 'editor.tabSize': 4, 'cucumber.features': ['spec/**/*.feature'] };
  fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify(mine, null, 4) + '\n');

  const init = initProject({ cwd: dir });
  const first = init.editor;
  assert.deepEqual([first.added, first.kept], [['cucumber.glue'], ['cucumber.features']]);
  assert.deepEqual(settingsOf(dir), { ...mine, 'cucumber.glue': ['steps/**/*.ts', EDITOR_GLUE_IN_PROJECT] });
  assert.match(fs.readFileSync(path.join(dir, '.vscode', 'settings.json'), 'utf8'), /^ {4}"editor\.tabSize": 4/m, 'keeps its indentation');
  assert.match(describeInit(init, dir), /kept setting "cucumber\.features" in \.vscode\/settings\.json \(it exists; --force sets it to/);

  const forced = addEditorSettings(dir, true);
  assert.deepEqual(forced.replaced, ['cucumber.features']);
  assert.deepEqual(settingsOf(dir)['cucumber.features'], ['features/**/*.feature']);
  assert.equal(settingsOf(dir)['editor.tabSize'], 4);
  assert.deepEqual(addEditorSettings(dir, true), { created: false, added: [], replaced: [], kept: [], hasComments: false }, 'nothing to do twice');
});

test('a settings file with comments gets the missing keys as text, its comments kept; a key it has is left to the user', (t) => {
  const dir = temporaryDirectory(t);
  fs.mkdirSync(path.join(dir, '.vscode'));
  const text = '// my settings\n{\n  /* wide */ "editor.rulers": [120],\n  "cucumber.glue": ["features/**/*.js"], // mine\n}\n';
  fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), text);
  const changes = addEditorSettings(dir, true);
  assert.deepEqual([changes.added, changes.replaced, changes.kept, changes.hasComments], [['cucumber.features'], [], ['cucumber.glue'], true]);
  const written = fs.readFileSync(path.join(dir, '.vscode', 'settings.json'), 'utf8');
  assert.ok(written.includes('// my settings') && written.includes('/* wide */') && written.includes('// mine'), written);
  assert.deepEqual(settingsOf(dir), { 'cucumber.features': ['features/**/*.feature'], 'editor.rulers': [120], 'cucumber.glue': ['features/**/*.js'] });

  fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), '{ "a": [1, }');
  assert.throws(() => addEditorSettings(dir, false), /\.vscode\/settings\.json cannot be read .*add "cucumber\.features" and "cucumber\.glue" by hand/);
});
