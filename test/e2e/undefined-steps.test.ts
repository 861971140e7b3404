/**
 * Undefined, ambiguous and unused steps, before and during a run, over a small project of its own
 * (test/fixtures/shop: its features, its own steps next to ours):
 * - a run names the defined steps of the closest wording above cucumber's snippet;
 * - `cucumber-mink steps --check [paths]` lists the undefined and ambiguous steps without running one
 *   (a dry run: fast, no server or browser started) and exits 1 when there is one;
 * - `cucumber-mink steps --unused [paths]` lists the project's own definitions no feature uses.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { STEP_EXAMPLES } from '../../support/catalog/step-examples';

const root = path.resolve(__dirname, '..', '..');
const shop = path.join(root, 'test', 'fixtures', 'shop');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-undefined-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

// The fixture's TypeScript is compiled into this repository's cache, not a node_modules of the fixture's own.
const TS_CACHE = path.join(root, 'node_modules', '.cache', 'cucumber-mink', 'typescript');
const environment = { ...process.env, SHARD: '', BASE_URL: '', SELENIUM_URL: '', REPORTS_DIR: path.join(scratch, 'reports'), NO_COLOR: '1', FORCE_COLOR: '0', CUCUMBER_MINK_TS_CACHE_DIR: TS_CACHE };

function cli(args: string[], cwd = shop) {
  const started = Date.now();
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'cucumber-mink.js'), ...args], { cwd, env: environment, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr, stdout: run.stdout, seconds: (Date.now() - started) / 1000 };
}

describe('a run with undefined steps', () => {
  it('names the defined steps of the closest wording, ours and the project\'s, above cucumber\'s snippet', () => {
    const run = spawnSync(path.join(root, 'node_modules', '.bin', 'cucumber-js'), ['features/account.feature'], { cwd: shop, env: environment, encoding: 'utf8' });
    const output = run.stdout + run.stderr;
    assert.equal(run.status, 1, output);
    const snippet = (keyword: string, text: string) => {
      const block = new RegExp(`\\? ${keyword} ${text}\\n\\s+Undefined\\. Implement with the following snippet:\\n\\n((?:\\s+//.*\\n)+)\\s+${keyword}\\('`).exec(output);
      assert.ok(block, `suggestions above the snippet of "${text}":\n${output}`);
      return block[1].split('\n').map((line) => line.trim()).filter(Boolean);
    };
    const tap = snippet('When', 'I tap "Publish"');
    assert.equal(tap[0], '// Or write a defined step, the closest to it:');
    assert.ok(tap.includes('//   When I press "Publish"') && tap.includes('//   When I follow "Publish"'), tap.join('\n'));
    assert.deepEqual(snippet('Given', 'I log in as "Ada Lovelace"').slice(1), ['//   Given I sign in as "Ada Lovelace"'], "the project's own step");
    assert.equal(snippet('Then', 'I shuold see "Links"')[1], '//   Then I should see "Links"');
  });
});

describe('steps --check', () => {
  it('lists the undefined steps with their suggestions and the ambiguous ones with their definitions, and exits 1', () => {
    const run = cli(['steps', '--check']);
    assert.equal(run.status, 1, run.output);
    const [problems, summary] = run.stdout.split('\n\n');
    assert.equal(summary, '26 steps in 2 feature files: 3 undefined, 1 ambiguous.\n');
    const elements = path.relative(shop, path.join(root, 'steps', 'elements.ts'));
    assert.match(
      problems,
      new RegExp(
        [
          '^features/account\\.feature:8  Then I should see "Grace Hopper" in the "#fields" element',
          '  ambiguous: 2 step definitions match it',
          `    ${elements.replace(/\./g, '\\.')}:\\d+  /\\^\\(\\?:\\|I \\)should see .* element\\$/`,
          '    shop\\.steps\\.ts:20  I should see \\{string\\} in the \\{string\\} element',
          'features/account\\.feature:12  When I tap "Publish"',
          '  undefined; the defined steps of the closest wording:',
          '(?:    When I (?:press|follow|click on) "Publish"\\n){2,3}features/account\\.feature:16  Given I log in as "Ada Lovelace"',
          '  undefined; the defined steps of the closest wording:',
          '    Given I sign in as "Ada Lovelace"',
          'features/account\\.feature:21  Then I shuold see "Links"',
          '  undefined; the defined steps of the closest wording:',
          '    Then I should see "Links"\\n',
        ].join('\\n'),
      ),
    );
    assert.match(problems, / {4}When I press "Publish"\n/);
    assert.match(problems, / {4}When I follow "Publish"\n/);
    assert.doesNotMatch(run.output, /serving the embedded demo app/, 'a dry run: nothing is started');
  });

  it('checks only the features named, and exits 0 when every step is defined', () => {
    const run = cli(['steps', '--check', 'features/browsing.feature']);
    assert.equal(run.status, 0, run.output);
    assert.equal(run.stdout, '16 steps in 1 feature file: every one defined, none ambiguous.\n');
  });

  it('takes well under two seconds for a thousand steps', () => {
    const project = path.join(scratch, 'thousand');
    fs.mkdirSync(path.join(project, 'features'), { recursive: true });
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
    fs.writeFileSync(path.join(project, 'cucumber.cjs'), `require(${JSON.stringify(path.join(root, 'support', 'typescript-hook.cjs'))});\nmodule.exports = require('./cucumber.config.ts');\n`);
    fs.writeFileSync(path.join(project, 'cucumber.config.ts'), `import { defineConfig } from ${JSON.stringify(path.join(root, 'support'))};\nexport = defineConfig({});\n`);
    const sentences = STEP_EXAMPLES.filter((sentence) => !sentence.endsWith(':'));
    for (let file = 0; file < 10; file += 1) {
      const lines = [`Feature: Part ${file}`];
      for (let scenario = 0; scenario < 10; scenario += 1) {
        lines.push(`  Scenario: Scenario ${scenario}`);
        for (let step = 0; step < 10; step += 1) lines.push(`    ${sentences[(file * 100 + scenario * 10 + step) % sentences.length]}`);
      }
      fs.writeFileSync(path.join(project, 'features', `part-${file}.feature`), `${lines.join('\n')}\n`);
    }
    cli(['steps', '--check'], project); // compiles the project's TypeScript into the cache once
    const run = cli(['steps', '--check'], project);
    assert.equal(run.status, 0, run.output);
    assert.equal(run.stdout, '1000 steps in 10 feature files: every one defined, none ambiguous.\n');
    // Not a benchmark: a run that started the suite's servers or browsers would take far longer.
    assert.ok(run.seconds < 10, `${run.seconds} s`);
    console.log(`# steps --check, 1000 steps: ${run.seconds.toFixed(2)} s (process start included)`);
  });
});

describe('steps --unused', () => {
  it("lists the project's own definitions that no feature uses, and exits 1", () => {
    const run = cli(['steps', '--unused']);
    assert.equal(run.status, 1, run.output);
    assert.equal(run.stdout, "1 of the project's 4 step definitions no feature uses:\n  shop.steps.ts:15  Then the basket should be empty\n");
  });

  it('counts only the features named: a definition the others use is unused by these', () => {
    const run = cli(['steps', '--unused', 'features/browsing.feature']);
    assert.equal(run.status, 1, run.output);
    assert.match(run.stdout, /^4 of the project's 4 step definitions no feature uses:\n/);
  });

  it("never lists ours: this repository's own suite has none of its own, and every step defined", () => {
    const run = cli(['steps', '--check', '--unused'], root);
    assert.equal(run.status, 0, run.output);
    assert.match(run.stdout, /every one defined, none ambiguous\.\n\nNo step definitions of the project's own \(only cucumber-mink's\)\.\n$/);
  });
});
