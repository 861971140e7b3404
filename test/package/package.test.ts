/**
 * The path a user takes: pack this repository, install the tarball with the registry's dependencies
 * into a fresh project, run `cucumber-mink init`, and run the generated features against the
 * embedded demo app — untagged always, `@javascript` too when a browser is installed.
 * Slow by nature (npm pack builds, npm install resolves): about a minute or two.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const CHROMEDRIVER = '/usr/bin/chromedriver';
/** Exactly what the README and the issue ask a user to install; ts-node and typescript come as peers. */
const CONSUMER_DEPENDENCIES = ['@cucumber/cucumber'];

/**
 * npm's own variables from an enclosing `npm test` would leak into the nested npm runs (npm_config_*
 * settings, the package being the one under test), so the child processes get a clean environment.
 */
function cleanEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'BASE_URL' && key !== 'INIT_CWD') env[key] = value;
  }
  return { ...env, SE_OFFLINE: 'true', SE_AVOID_STATS: 'true', NO_COLOR: '1', ...extra };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = cleanEnvironment()): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 300_000 });
  if (result.error) throw result.error;
  return result;
}

function succeeded(result: SpawnSyncReturns<string>, what: string): string {
  assert.equal(result.status, 0, `${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

test('a project installs the packed tarball, runs init, and its features pass against the demo app', { timeout: 600_000 }, (t) => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-package-'));
  t.after(() => fs.rmSync(work, { recursive: true, force: true }));
  const packDir = path.join(work, 'pack');
  const project = path.join(work, 'project');
  fs.mkdirSync(packDir);
  fs.mkdirSync(project);

  const packed = JSON.parse(succeeded(run('npm', ['pack', '--json', '--pack-destination', packDir], root), 'npm pack')) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  const shipped = packed[0].files.map((file) => file.path);
  assert.ok(shipped.includes('dist/support/index.js') && shipped.includes('dist/support/index.d.ts'), 'ships compiled JavaScript and types');
  assert.ok(shipped.includes('dist/support/register.js'), 'ships the register module');
  assert.ok(!shipped.some((file) => /^(support|steps)\/.*\.ts$/.test(file)), 'ships no TypeScript sources');
  assert.ok(shipped.includes('editor/cucumber-mink.steps.js'), 'ships the steps as editors read them');
  assert.ok(shipped.includes('support/progress-formatter.cjs') && shipped.includes('dist/support/formatters/progress.js'), 'ships the progress formatter');
  assert.ok(shipped.includes('support/reports-formatter.cjs') && shipped.includes('dist/support/formatters/reports.js'), 'ships the reports formatter');
  assert.ok(shipped.includes('support/formatter-module.cjs'), 'ships what loads the formatters');
  const tarball = path.join(packDir, packed[0].filename);

  succeeded(run('npm', ['init', '-y'], project), 'npm init');
  succeeded(
    run('npm', ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', tarball, ...CONSUMER_DEPENDENCIES], project),
    'npm install',
  );

  const init = succeeded(run('npx', ['--no-install', 'cucumber-mink', 'init'], project), 'cucumber-mink init');
  for (const file of ['cucumber.config.ts', 'cucumber.cjs', 'features/example.feature', 'steps/example.steps.ts', 'tsconfig.json']) {
    assert.match(init, new RegExp(`wrote +${file.replace('.', '\\.')}`));
    assert.ok(fs.existsSync(path.join(project, file)), `${file} exists`);
  }
  assert.doesNotMatch(init, /Install what the generated files need/);

  const ci = run('npm', ['run', 'test:ci'], project);
  succeeded(ci, 'npm run test:ci');
  assert.match(ci.stdout, /1 scenario \(1 passed\)/);
  assert.equal(fs.readFileSync(path.join(project, 'reports', 'ci', 'summary.txt'), 'utf8'), '1 scenario (1 passed)\n', 'the reports written, and the line of what ran');
  assert.match(ci.stderr, /BASE_URL is not set: serving the embedded demo app/);

  // The editor's settings name the package's file of literal patterns, where the install put it.
  const settings = JSON.parse(fs.readFileSync(path.join(project, '.vscode', 'settings.json'), 'utf8')) as Record<string, string[]>;
  for (const glue of settings['cucumber.glue'].filter((entry) => !entry.includes('*'))) assert.ok(fs.existsSync(path.join(project, glue)), glue);

  // The run's messages merge into one report; the features check without a run, and a misspelled
  // step gets the closest defined wording, in the check and in a run.
  assert.match(succeeded(run('npx', ['--no-install', 'cucumber-mink', 'merge-reports', 'reports/ci'], project), 'merge-reports'), /^1 scenario \(1 passed\)$/m);
  assert.ok(fs.existsSync(path.join(project, 'reports', 'merged', 'cucumber.html')));
  assert.match(succeeded(run('npx', ['--no-install', 'cucumber-mink', 'steps', '--check'], project), 'steps --check'), /every one defined, none ambiguous/);
  fs.mkdirSync(path.join(project, 'drafts'));
  fs.writeFileSync(path.join(project, 'drafts', 'typo.feature'), 'Feature: Draft\n  Scenario: Typo\n    Given I am on "/"\n    Then I shuold see "cucumber-mink demo"\n');
  const check = run('npx', ['--no-install', 'cucumber-mink', 'steps', '--check', 'drafts/typo.feature'], project);
  assert.equal(check.status, 1, check.stdout + check.stderr);
  assert.match(check.stdout, /drafts\/typo\.feature:4 {2}Then I shuold see "cucumber-mink demo"\n {2}undefined; the defined steps of the closest wording:\n {4}Then I should see "cucumber-mink demo"/);
  const typo = run('npx', ['--no-install', 'cucumber-js', 'drafts/typo.feature'], project);
  assert.match(typo.stdout, /\/\/ Or write a defined step, the closest to it:\n\s+\/\/ {3}Then I should see "cucumber-mink demo"\n(?:\s+\/\/ .*\n)*\s+Then\('I shuold see \{string\}'/, typo.stdout + typo.stderr);
  fs.rmSync(path.join(project, 'drafts'), { recursive: true });

  const listed = succeeded(run('npx', ['--no-install', 'cucumber-mink', 'steps', 'sign'], project), 'cucumber-mink steps sign');
  assert.match(listed, /^steps\/example\.steps\.ts\n {2}When I sign up as \{string\} with \{string\}\n {6}e\.g\. When I sign up as "Ada Lovelace"/m);

  // The custom step file type-checks against the shipped declarations (with Node's types, which a
  // project that type-checks has).
  succeeded(run('npm', ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', '@types/node@20'], project), 'npm install @types/node');
  succeeded(run('npx', ['--no-install', 'tsc', '--noEmit', '-p', '.'], project), 'tsc --noEmit');

  if (fs.existsSync(CHROMIUM)) {
    const full = run('npm', ['test'], project, cleanEnvironment({ CHROMEDRIVER, CHROME_BIN: CHROMIUM }));
    succeeded(full, 'npm test');
    assert.match(full.stdout, /2 scenarios \(2 passed\)/);
  } else {
    t.diagnostic(`no browser at ${CHROMIUM}: the @javascript example scenario was not run`);
  }
});
