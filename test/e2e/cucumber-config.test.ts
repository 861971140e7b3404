import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const cucumberBin = path.join(root, 'node_modules', '.bin', 'cucumber-js');

/** A throwaway project using this repository's cucumber.cjs loader and node_modules. */
function projectWithConfig(configSource: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-config-'));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  // The loader as it is, with its TypeScript hook required from this repository.
  const loader = fs.readFileSync(path.join(root, 'cucumber.cjs'), 'utf8');
  const hook = JSON.stringify(path.join(root, 'support', 'typescript-hook.cjs'));
  fs.writeFileSync(path.join(dir, 'cucumber.cjs'), loader.replace("'./support/typescript-hook.cjs'", hook));
  fs.writeFileSync(path.join(dir, 'cucumber.config.ts'), configSource);
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'node16', moduleResolution: 'node16', strict: true } }));
  fs.mkdirSync(path.join(dir, 'features'));
  fs.writeFileSync(
    path.join(dir, 'features', 'a.feature'),
    'Feature: a\n  Scenario: a\n    Given I am on the homepage\n\n  @javascript\n  Scenario: b\n    Given I am on the homepage\n',
  );
  return dir;
}

function runCucumber(cwd: string, args: string[] = []) {
  return spawnSync(cucumberBin, ['--format', 'summary', ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', REPORTS_DIR: path.join(cwd, 'reports') } });
}

test('a cucumber.config.ts with `export default` fails loudly instead of leaving every step undefined', () => {
  const dir = projectWithConfig(`const config = { paths: ['features/**/*.feature'] };\nexport default config;\n`);
  try {
    const run = runCucumber(dir);
    assert.notEqual(run.status, 0);
    assert.match(run.stderr + run.stdout, /cucumber\.config\.ts uses `export default`.*Write `export = config;` instead/s);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the loader passes `export =` profiles through, so --profile and tag filters work', () => {
  const register = path.join(root, 'support', 'register.ts').replace(/\\/g, '/');
  const dir = projectWithConfig(
    `const base = { paths: ['features/**/*.feature'], requireModule: [${JSON.stringify(path.join(root, 'support', 'typescript-hook.cjs'))}], require: ['${register}'] };\n` +
      `export = { default: base, ci: { ...base, tags: 'not @javascript' } };\n`,
  );
  try {
    const ci = runCucumber(dir, ['--profile', 'ci', '--dry-run']);
    assert.equal(ci.status, 0, ci.stderr);
    assert.match(ci.stdout, /^1 scenario \(1 skipped\)$/m, 'the ci profile leaves out the @javascript scenario');
    const all = runCucumber(dir, ['--dry-run']);
    assert.match(all.stdout, /^2 scenarios \(2 skipped\)$/m, 'the default profile runs both');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a bad setting stops the run before the first scenario with one clear line, also with --parallel', () => {
  for (const parallel of [[], ['--parallel', '2']]) {
    const run = spawnSync(cucumberBin, ['--profile', 'ci', '--format', 'summary', ...parallel], {
      cwd: root,
      encoding: 'utf8',
      // Reports of this aborted run go to a scratch folder, not over the real ones.
      env: { ...process.env, BASE_URL: 'localhost:3000', REPORTS_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'mink-reports-')) },
    });
    assert.notEqual(run.status, 0);
    const output = run.stdout + run.stderr;
    const message = 'cucumber-mink configuration: baseUrl (environment variable BASE_URL) is "localhost:3000", not an absolute URL. Use a URL like http://127.0.0.1:8080.';
    assert.equal(output.split(message).length - 1, 1, output);
    assert.doesNotMatch(output, /passed| {4}at /, 'no scenario ran and no stack trace hides the message');
  }
});
