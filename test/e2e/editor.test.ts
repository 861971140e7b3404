/**
 * The editor's view of a project that `init` made: the real Cucumber language server (what the VS
 * Code extension runs), given the settings init wrote to .vscode/settings.json, knows every step of
 * ours and the project's own: no "undefined step" on our wording, one on a misspelling, completion of
 * ours and of the project's custom step, and go-to-definition.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initProject } from '../../support/cli/init';
import { stripJsonComments } from '../../support/cli/editor-settings';
import { LanguageServer, type CucumberSettings } from './language-server';

const root = path.resolve(__dirname, '..', '..');

/** Twenty of our wordings, as a feature of the project would write them. */
const OUR_WORDING = [
  'Given I am on the homepage',
  'Given I am on "/forms/text"',
  'When I go to "/links"',
  'When I follow "Next page"',
  'When I fill in "Full name" with "Ada Lovelace"',
  'And I fill in "ada@example.com" for "Email address"',
  'And I select "France" from "Country"',
  'And I check "Remember me"',
  'And I attach the file "avatar.png" to "Picture"',
  'And I press "Send"',
  'Then the response status code should be 200',
  'And I should see "ada@example.com"',
  'And I should not see "Error"',
  'And I should be on "/forms/text"',
  'And the url should match "^/forms"',
  'And I should see 2 "ul li" elements',
  'And the "Email address" field should contain "ada@example.com"',
  'And the checkbox "Remember me" should be checked',
  'And the "Content-Type" response header should contain "text/html"',
  'And the JSON node "user.roles" should have 2 elements',
];

const feature = (steps: readonly string[]) => ['Feature: Editing', '  Scenario: Every wording', ...steps.map((step) => `    ${step}`), ''].join('\n');

describe('an init-made project in the Cucumber language server', () => {
  let project: string;
  let settings: CucumberSettings;
  let server: LanguageServer;

  before(async () => {
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-editor-'));
    // The package as a project installs it: node_modules/cucumber-mink.
    fs.mkdirSync(path.join(project, 'node_modules'));
    fs.symlinkSync(root, path.join(project, 'node_modules', 'cucumber-mink'), 'dir');
    initProject({ cwd: project });
    fs.writeFileSync(
      path.join(project, 'steps', 'basket.steps.ts'),
      "import { When } from '@cucumber/cucumber';\n\nWhen('I fill the basket with {int} books', async function () {});\n",
    );
    const written = JSON.parse(stripJsonComments(fs.readFileSync(path.join(project, '.vscode', 'settings.json'), 'utf8')));
    settings = { features: written['cucumber.features'], glue: written['cucumber.glue'] };
    server = await LanguageServer.start(project, settings);
  });
  after(async () => {
    await server?.stop();
    fs.rmSync(project, { recursive: true, force: true });
  });

  it('finds the package file of literal patterns through the glue init wrote', () => {
    const glueLine = server.log.find((line) => /Found \d+ glue file\(s\)/.test(line));
    assert.match(glueLine ?? server.log.join('\n'), /Found 3 glue file\(s\)/, 'example.steps.ts, basket.steps.ts and the package file');
  });

  it('reports no undefined step in a feature that uses twenty of our wordings', async () => {
    assert.equal(OUR_WORDING.length, 20);
    assert.deepEqual(await server.open('features/wording.feature', feature(OUR_WORDING)), []);
  });

  it('reports the misspelled one, and only that one', async () => {
    const diagnostics = await server.open('features/typo.feature', feature(['Given I am on "/forms/text"', 'When I fil in "Full name" with "Ada"', 'And I press "Send"']));
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.message, diagnostic.range.start.line]),
      [['Undefined step: I fil in "Full name" with "Ada"', 3]],
    );
  });

  it("completes `When I fill` with ours and the project's own step", async () => {
    await server.open('features/new.feature', 'Feature: New\n  Scenario: Typing\n    When I fill');
    const items = await server.complete('features/new.feature', 2, '    When I fill'.length);
    const texts = items.map((item) => item.textEdit?.newText ?? item.label);
    const ours = items.find((item) => item.label === '(I )fill in {string} with {string}');
    assert.ok(ours, `ours is offered: ${JSON.stringify(items.map((item) => item.label))}`);
    assert.match(ours.textEdit?.newText ?? '', /^I fill in \$\{1\|[^}]*\|\} with \$\{2\|[^}]*\|\}$/, 'as `I fill in "…" with "…"`, each argument a placeholder');
    assert.ok(items.some((item) => item.label === 'I fill the basket with {int} books'), `the project's own step is offered: ${JSON.stringify(texts)}`);
  });
});

describe('the same project without the glue init wrote', () => {
  it('has every one of our wordings undefined: the language server cannot read the compiled steps', async () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-editor-'));
    initProject({ cwd: project });
    const server = await LanguageServer.start(project, { features: ['features/**/*.feature'], glue: ['steps/**/*.ts'] });
    try {
      const diagnostics = await server.open('features/wording.feature', feature(OUR_WORDING));
      assert.equal(diagnostics.length, 20);
    } finally {
      await server.stop();
      fs.rmSync(project, { recursive: true, force: true });
    }
  });
});
