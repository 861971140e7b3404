import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArguments, UsageError } from '../../support/cli/arguments';
import { describeInit, initProject, INIT_FILES } from '../../support/cli/init';
import { filterSteps, formatSteps, loadProjectSteps, loadTranslatedSteps } from '../../support/cli/list-steps';
import { main } from '../../support/cli/main';
import { missingDependencies } from '../../support/cli/project-dependencies';
import { runNodeOptions, v8PoolSize } from '../../support/cli/run-node-options';

const root = path.resolve(__dirname, '..', '..');

function temporaryDirectory(t: { after: (fn: () => void) => void }, prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function readJson(file: string): { scripts?: Record<string, string> } & Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

test('parses each command, its flags and its filter', () => {
  assert.deepEqual(parseArguments([]), { name: 'help' });
  assert.deepEqual(parseArguments(['init']), { name: 'init', force: false });
  assert.deepEqual(parseArguments(['init', '--force']), { name: 'init', force: true });
  assert.deepEqual(parseArguments(['steps']), { name: 'steps', filter: undefined });
  assert.deepEqual(parseArguments(['steps', 'sign']), { name: 'steps', filter: 'sign' });
  assert.deepEqual(parseArguments(['steps', '--language', 'fr', 'remplis']), { name: 'steps', filter: 'remplis', language: 'fr' });
  assert.deepEqual(parseArguments(['steps', '--language=ja']), { name: 'steps', filter: undefined, language: 'ja' });
  assert.deepEqual(parseArguments(['steps', '--check']), { name: 'check-steps', check: true, unused: false, paths: [] });
  assert.deepEqual(parseArguments(['steps', '--unused', 'features/a.feature', 'features/b']), { name: 'check-steps', check: false, unused: true, paths: ['features/a.feature', 'features/b'] });
  assert.deepEqual(parseArguments(['merge-reports', 'shard-1', 'shard-2', '--out', 'all']), { name: 'merge-reports', dirs: ['shard-1', 'shard-2'], out: 'all' });
  assert.deepEqual(parseArguments(['merge-reports', 'r']), { name: 'merge-reports', dirs: ['r'], out: path.join('reports', 'merged') });
  assert.deepEqual(parseArguments(['run', '--shards', '3', '--profile', 'ci', 'features/a.feature']), { name: 'run', shards: 3, args: ['--profile', 'ci', 'features/a.feature'] });
  assert.deepEqual(parseArguments(['run', '--tags', '@smoke', '--shards=auto']), { name: 'run', shards: os.availableParallelism(), args: ['--tags', '@smoke'] });
  assert.deepEqual(parseArguments(['demo']), { name: 'demo', port: 0, host: undefined });
  assert.deepEqual(parseArguments(['demo', '--port', '8080']), { name: 'demo', port: 8080, host: undefined });
  assert.deepEqual(parseArguments(['demo', '--port=9000', '--host', '0.0.0.0']), { name: 'demo', port: 9000, host: '0.0.0.0' });
});

test('rejects unknown commands, stray arguments and bad ports with a usage error', () => {
  assert.throws(() => parseArguments(['frobnicate']), (error: unknown) => error instanceof UsageError && /Unknown command "frobnicate"/.test(error.message));
  assert.deepEqual(parseArguments(['run', '--profile', 'ci']), { name: 'run', shards: null, args: ['--profile', 'ci'] }, 'no --shards: one process');
  assert.deepEqual(parseArguments(['run', '--shards', '2', '--', 'features/--shards', '--shards']), { name: 'run', shards: 2, args: ['--', 'features/--shards', '--shards'] }, 'after --, every word is a path');
  assert.throws(() => parseArguments(['run', '--shards', '0']), /--shards takes a number of processes from 1 to 64, or auto \(one a core\), got "0"/);
  assert.throws(() => parseArguments(['run', '--shards', 'two']), /got "two"/);
  assert.throws(() => parseArguments(['init', '--forse']), /unexpected argument "--forse"/);
  assert.throws(() => parseArguments(['steps', 'a', 'b']), /unexpected argument "b"/);
  assert.throws(() => parseArguments(['steps', '--chek']), /unexpected argument "--chek"/);
  assert.throws(() => parseArguments(['steps', '--language']), /--language takes a language code/);
  assert.throws(() => parseArguments(['merge-reports']), /name the folders of the shards' reports/);
  assert.throws(() => parseArguments(['demo', '--port', 'http']), /--port needs a number from 0 to 65535, got "http"/);
  assert.throws(() => parseArguments(['demo', '--port', '70000']), /--port needs a number/);
  assert.throws(() => parseArguments(['demo', '--port']), /got nothing/);
});

test('run --shards refuses the options that would fight its own sharding, naming what to do instead', async () => {
  for (const [flag, why] of [
    ['--parallel=2', /--parallel cannot be used here: run --shards N already runs N processes/],
    ['--shard', /--shard cannot be used here: run --shards chooses each process's share itself/],
  ] as const) {
    const err: string[] = [];
    const code = await main(['run', '--shards', '2', flag], root, { out: () => undefined, err: (line) => err.push(line) });
    assert.equal(code, 2, flag);
    assert.match(err.join('\n'), why);
  }
});

test('main answers a usage error with exit code 2 and the usage text on stderr', async () => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['frobnicate'], root, { out: (line) => out.push(line), err: (line) => err.push(line) });
  assert.equal(code, 2);
  assert.deepEqual(out, []);
  assert.match(err.join('\n'), /Unknown command "frobnicate"[\s\S]*Usage: cucumber-mink <command>/);
});

test('init writes every template, a package.json and the test scripts into an empty directory', (t) => {
  const dir = temporaryDirectory(t, 'mink-init-');
  const result = initProject({ cwd: dir });
  assert.deepEqual(result.written, INIT_FILES.map((file) => file.target));
  assert.deepEqual(result.skipped, []);
  for (const file of INIT_FILES) {
    assert.equal(fs.readFileSync(path.join(dir, file.target), 'utf8'), fs.readFileSync(path.join(root, 'templates', file.template), 'utf8'));
  }
  const manifest = readJson(path.join(dir, 'package.json'));
  assert.deepEqual(manifest.scripts, { test: 'cucumber-mink run', 'test:ci': 'cucumber-mink run --profile ci' });
  assert.equal(result.scripts.created, true);
  const report = describeInit(result, dir);
  assert.match(report, /wrote {8}cucumber\.config\.ts/);
  assert.match(report, /wrote {8}package\.json/);
  assert.match(report, /script {7}"test:ci": "cucumber-mink run --profile ci"/);
});

test('init never overwrites without --force, and never replaces tsconfig.json or a hand-written script', (t) => {
  const dir = temporaryDirectory(t, 'mink-init-');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'shop', scripts: { test: 'jest', lint: 'eslint .' } }, null, 4) + '\n');
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{"compilerOptions":{}}\n');
  fs.writeFileSync(path.join(dir, 'cucumber.config.ts'), '// mine\n');

  const first = initProject({ cwd: dir });
  assert.deepEqual(first.skipped, ['cucumber.config.ts', 'tsconfig.json']);
  assert.equal(fs.readFileSync(path.join(dir, 'cucumber.config.ts'), 'utf8'), '// mine\n');
  assert.deepEqual(first.scripts, { created: false, added: ['test:ci'], replaced: [], kept: ['test'], placeholders: [], earlierDefaults: [] });
  const manifestText = fs.readFileSync(path.join(dir, 'package.json'), 'utf8');
  assert.match(manifestText, /^ {4}"name": "shop"/m, 'keeps the indentation of package.json');
  assert.deepEqual(JSON.parse(manifestText).scripts, { test: 'jest', lint: 'eslint .', 'test:ci': 'cucumber-mink run --profile ci' });
  assert.match(describeInit(first, dir), /kept script {2}"test" \(it exists; --force sets it to "cucumber-mink run"\)/);

  fs.writeFileSync(path.join(dir, 'features', 'example.feature'), 'Feature: edited\n');
  const again = initProject({ cwd: dir });
  assert.deepEqual(again.written, []);
  assert.equal(fs.readFileSync(path.join(dir, 'features', 'example.feature'), 'utf8'), 'Feature: edited\n');

  const forced = initProject({ cwd: dir, force: true });
  assert.deepEqual(forced.overwritten, ['cucumber.config.ts', 'cucumber.cjs', 'features/example.feature', 'steps/example.steps.ts']);
  assert.deepEqual(forced.skipped, ['tsconfig.json']);
  assert.equal(fs.readFileSync(path.join(dir, 'tsconfig.json'), 'utf8'), '{"compilerOptions":{}}\n');
  assert.deepEqual(forced.scripts.replaced, ['test']);
  assert.equal(readJson(path.join(dir, 'package.json')).scripts?.test, 'cucumber-mink run');
});

test("npm's placeholder test script counts as no test script", (t) => {
  const dir = temporaryDirectory(t, 'mink-init-');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', scripts: { test: 'echo "Error: no test specified" && exit 1' } }));
  const result = initProject({ cwd: dir });
  assert.deepEqual(result.scripts.added, ['test', 'test:ci']);
  assert.equal(readJson(path.join(dir, 'package.json')).scripts?.test, 'cucumber-mink run');
  assert.match(describeInit(result, dir), /script {7}"test": "cucumber-mink run" \(replaces npm's placeholder that only fails\)/, 'init says it replaced it');
});

test('the scripts an earlier init wrote are replaced by the ones that go through cucumber-mink run, and init says so', (t) => {
  const dir = temporaryDirectory(t, 'mink-init-');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', scripts: { test: 'cucumber-js', 'test:ci': 'cucumber-js --profile ci', lint: 'eslint .' } }));
  const result = initProject({ cwd: dir });
  assert.deepEqual(result.scripts.earlierDefaults, ['test', 'test:ci']);
  assert.deepEqual(readJson(path.join(dir, 'package.json')).scripts, { test: 'cucumber-mink run', 'test:ci': 'cucumber-mink run --profile ci', lint: 'eslint .' });
  assert.match(describeInit(result, dir), /script {7}"test": "cucumber-mink run" \(replaces what an earlier init wrote; the same suite/);
});

test('names the packages a project still needs, and why', () => {
  const ready = { cucumber: '12.9.0', tsNode: '10.9.2', typescript: '5.9.3', typesNode: '20.19.43' };
  assert.deepEqual(missingDependencies(ready, '20.20.2'), []);
  assert.deepEqual(
    missingDependencies({ cucumber: '12.9.0', tsNode: null, typescript: null, typesNode: null }, '20.20.2').map((need) => need.spec),
    ['ts-node', 'typescript@5', '@types/node@20'],
  );
  const tooNew = missingDependencies({ ...ready, cucumber: '13.3.0', typescript: '7.0.2' }, '20.20.2');
  assert.deepEqual(tooNew.map((need) => need.spec), ['@cucumber/cucumber@12', 'typescript@5']);
  assert.match(tooNew[0].reason, /13\.3\.0 needs Node 22/);
  assert.match(tooNew[1].reason, /ts-node cannot use TypeScript 7\.0\.2/);
  assert.deepEqual(missingDependencies({ ...ready, cucumber: '13.3.0' }, '22.12.0'), []);
});

test("steps lists ours and the project's own, each with an example, from the project's cucumber config", async (t) => {
  const dir = temporaryDirectory(t, 'mink-steps-');
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  // The template as `init` writes it, with the package's TypeScript hook taken from this repository.
  const template = fs.readFileSync(path.join(root, 'templates', 'cucumber.cjs'), 'utf8');
  const hook = JSON.stringify(path.join(root, 'support', 'typescript-hook.cjs'));
  fs.writeFileSync(path.join(dir, 'cucumber.cjs'), template.replace("'cucumber-mink/typescript'", hook));
  const support = path.join(root, 'support').replace(/\\/g, '/');
  fs.writeFileSync(path.join(dir, 'cucumber.config.ts'), `import { defineConfig } from '${support}';\nexport = defineConfig({ require: ['steps/**/*.ts'] });\n`);
  fs.mkdirSync(path.join(dir, 'steps'));
  fs.writeFileSync(
    path.join(dir, 'steps', 'shop.steps.ts'),
    "import { When } from '@cucumber/cucumber';\nWhen('I sign in as {string}', async function () {});\nWhen('I empty the basket', async function () {});\n",
  );
  fs.mkdirSync(path.join(dir, 'features'));
  fs.writeFileSync(path.join(dir, 'features', 'shop.feature'), 'Feature: shop\n  Scenario: a\n    Given I sign in as "ada@example.com"\n');

  const steps = await loadProjectSteps(dir);
  const custom = steps.filter((step) => step.uri === 'steps/shop.steps.ts');
  assert.deepEqual(
    custom.map((step) => [step.pattern, step.example]),
    [
      ['I sign in as {string}', 'Given I sign in as "ada@example.com"'],
      ['I empty the basket', null],
    ],
  );
  const ours = steps.filter((step) => step.uri !== 'steps/shop.steps.ts');
  assert.ok(ours.length >= 48, `expected every MinkContext step, got ${ours.length}`);
  assert.deepEqual(ours.filter((step) => step.example === null).map((step) => `${step.pattern} ${step.uri}`), [], 'each of our steps has an example');

  const signing = filterSteps(steps, 'SIGN IN');
  assert.ok(signing.some((step) => step.pattern === 'I sign in as {string}'));
  assert.ok(signing.every((step) => /sign in/i.test(`${step.pattern} ${step.example}`)));
  const radio = filterSteps(steps, 'radio').map((step) => step.example);
  assert.ok(radio.includes('When I select "France" from "Country"'), `"steps radio" finds the step that chooses a radio button: ${radio.join(' | ')}`);
  assert.ok(filterSteps(steps, 'checkbox').some((step) => step.example === 'When I check "Remember me"'));
  assert.match(formatSteps(custom), /^steps\/shop\.steps\.ts\n {2}When I sign in as \{string\}\n {6}e\.g\. Given I sign in as "ada@example\.com"\n {2}When I empty the basket$/);
});

test('steps --language lists MinkContext in that language, each step with a sentence it takes', async () => {
  const french = await loadTranslatedSteps('fr');
  assert.ok(french && french.length >= 30, `French steps: ${french?.length}`);
  for (const step of french) assert.ok(step.example && step.matches(step.example), `${step.pattern} takes its example "${step.example}"`);
  assert.ok(french.some((step) => step.example === 'je remplis "x" avec "x"'));
  assert.equal(await loadTranslatedSteps('tlh'), null);
});

test("run gives cucumber-js a V8 thread pool that leaves the machine a core, after the user's own Node options, unless they set it", () => {
  assert.deepEqual([1, 2, 3, 4, 8, 64].map((cores) => v8PoolSize(cores, 1)), [1, 1, 2, 3, 4, 4], 'a core less than the machine has, from 1 to Node\'s 4');
  assert.deepEqual([2, 8, 16].map((cores) => v8PoolSize(cores, 2)), [1, 3, 4], 'a core a shard, less one');
  assert.equal(runNodeOptions(undefined, { processes: 1, cores: 2 }), '--v8-pool-size=1');
  assert.equal(runNodeOptions('--enable-source-maps', { processes: 1, cores: 8 }), '--enable-source-maps --v8-pool-size=4');
  assert.equal(runNodeOptions('--v8-pool-size=8', { processes: 1, cores: 2 }), '--v8-pool-size=8');
  assert.equal(runNodeOptions('--v8_pool_size=8', { processes: 1, cores: 2 }), '--v8_pool_size=8', 'Node takes either spelling');
  assert.equal(runNodeOptions('"--v8-pool-size=3"', { processes: 1, cores: 2 }), '"--v8-pool-size=3"', 'and an option in quotes');
});

test("run --shards also caps each process's young generation, unless the user set it", () => {
  assert.equal(runNodeOptions(undefined, { processes: 2, cores: 2 }), '--v8-pool-size=1 --max-semi-space-size=4');
  assert.equal(runNodeOptions('', { processes: 2, cores: 2 }), '--v8-pool-size=1 --max-semi-space-size=4');
  assert.equal(runNodeOptions('--max-old-space-size=4096', { processes: 2, cores: 2 }), '--max-old-space-size=4096 --v8-pool-size=1 --max-semi-space-size=4');
  assert.equal(runNodeOptions('--max-semi-space-size=32', { processes: 2, cores: 2 }), '--max-semi-space-size=32 --v8-pool-size=1');
  assert.equal(runNodeOptions('--max_semi_space_size=32', { processes: 2, cores: 2 }), '--max_semi_space_size=32 --v8-pool-size=1', 'V8 takes either spelling');
});

/** The command line (bin/cucumber-mink.js) with its command's outcome replaced: `outcome` is the body of `main`. */
function runBinWithMain(t: { after: (fn: () => void) => void }, outcome: string): { status: number | null; stderr: string } {
  const dir = temporaryDirectory(t, 'mink-bin-');
  const preload = path.join(dir, 'main-outcome.cjs');
  // The bin loads support/cli/main.ts; this answers that one require with a `main` of the test's own.
  fs.writeFileSync(
    preload,
    `const Module = require('node:module');\nconst load = Module._load;\n` +
      `Module._load = function (request, ...rest) { return request.endsWith(${JSON.stringify(path.join('cli', 'main.ts'))}) ? { main: () => { ${outcome} } } : load.call(this, request, ...rest); };\n`,
  );
  const run = spawnSync(process.execPath, ['-r', preload, path.join(root, 'bin', 'cucumber-mink.js'), 'run'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return { status: run.status, stderr: run.stderr };
}

test('the command line ends with status 1 and says so when a command stops before it finishes, never 0', (t) => {
  const stopped = runBinWithMain(t, 'return new Promise(() => {});');
  assert.equal(stopped.status, 1);
  assert.match(stopped.stderr, /cucumber-mink: the command stopped before it finished \(nothing left to wait for\): this is a bug, please report it/);
  // The same command line passes on a command's own status.
  assert.equal(runBinWithMain(t, 'return Promise.resolve(0);').status, 0);
  assert.equal(runBinWithMain(t, 'return Promise.resolve(3);').status, 3);
});
