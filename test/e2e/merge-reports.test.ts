/**
 * One report out of many runs: the suite of test/fixtures/shop (passing, failing with an attachment,
 * undefined and ambiguous steps, a Background, a Rule, a Scenario Outline) run once serially and as
 * three shards (SHARD=i/3, each machine's reports in a folder of its own, as CI artifacts are), then
 * `cucumber-mink merge-reports` over the shards' folders. The merged report has every scenario once,
 * with the result and the attachments the serial run gives it, and the same totals.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Envelope } from '@cucumber/messages';
import { v8PoolSize } from '../../support/cli/run-node-options';

const root = path.resolve(__dirname, '..', '..');
const shop = path.join(root, 'test', 'fixtures', 'shop');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-merge-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

const SEVERITY = ['PASSED', 'SKIPPED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'FAILED'];

function runSuite(reportsDir: string, shard = ''): void {
  const run = spawnSync(path.join(root, 'node_modules', '.bin', 'cucumber-js'), [], {
    cwd: shop,
    encoding: 'utf8',
    // The fixture's TypeScript is compiled into this repository's cache, not a node_modules of the fixture's own.
    env: { ...process.env, SHARD: shard, BASE_URL: '', SELENIUM_URL: '', REPORTS_DIR: reportsDir, CUCUMBER_MINK_TS_CACHE_DIR: path.join(root, 'node_modules', '.cache', 'cucumber-mink', 'typescript') },
  });
  // The suite fails on purpose (a failing, undefined and ambiguous step), a shard perhaps not; each runs to its end.
  assert.ok(run.status === (shard ? run.status : 1) && /^\d+ scenarios? \(/m.test(run.stdout), run.stdout + run.stderr);
}

function merge(args: string[]) {
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'cucumber-mink.js'), 'merge-reports', ...args], { cwd: scratch, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

interface ScenarioResult {
  status: string;
  steps: string[];
  attachments: string[];
}

/** Each scenario of a message file (by feature, line and name): its result, its steps' results, its attachments. */
function scenarios(file: string): Map<string, ScenarioResult> {
  const envelopes = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Envelope);
  const pickles = new Map<string, string>();
  const testCases = new Map<string, string>();
  const started = new Map<string, string>();
  const results = new Map<string, ScenarioResult>();
  for (const envelope of envelopes) {
    if (envelope.pickle) pickles.set(envelope.pickle.id, `${envelope.pickle.uri}:${envelope.pickle.location?.line} ${envelope.pickle.name}`);
    if (envelope.testCase) testCases.set(envelope.testCase.id, pickles.get(envelope.testCase.pickleId) as string);
    if (envelope.testCaseStarted) {
      const scenario = testCases.get(envelope.testCaseStarted.testCaseId) as string;
      assert.ok(!results.has(scenario), `${scenario} appears once`);
      started.set(envelope.testCaseStarted.id, scenario);
      results.set(scenario, { status: 'PASSED', steps: [], attachments: [] });
    }
    if (envelope.testStepFinished) {
      const result = results.get(started.get(envelope.testStepFinished.testCaseStartedId) as string) as ScenarioResult;
      const status = envelope.testStepFinished.testStepResult.status;
      result.steps.push(status);
      if (SEVERITY.indexOf(status) > SEVERITY.indexOf(result.status)) result.status = status;
    }
    if (envelope.attachment?.testCaseStartedId) {
      const result = results.get(started.get(envelope.attachment.testCaseStartedId) as string) as ScenarioResult;
      result.attachments.push(`${envelope.attachment.mediaType} ${envelope.attachment.fileName ?? ''}`);
    }
  }
  return results;
}

function junitTotals(file: string): Record<string, string> {
  const suite = /<testsuite ([^>]*)>/.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '';
  return Object.fromEntries(['tests', 'skipped', 'failures', 'errors'].map((name) => [name, new RegExp(`${name}="(\\d+)"`).exec(suite)?.[1] ?? '?']));
}

describe('merge-reports: three shards against one serial run of the same suite', () => {
  const serial = path.join(scratch, 'serial');
  const machines = [1, 2, 3].map((index) => path.join(scratch, `machine-${index}`));
  const merged = path.join(scratch, 'merged');
  let output = '';

  before(() => {
    runSuite(serial);
    machines.forEach((dir, index) => runSuite(dir, `${index + 1}/3`));
    const run = merge([...machines.map((dir) => path.basename(dir)), '--out', 'merged']);
    output = run.output;
    assert.equal(run.status, 0, run.output);
  });

  it('each shard wrote its message file, in the folder SHARD gives its reports', () => {
    machines.forEach((dir, index) => assert.ok(fs.existsSync(path.join(dir, `shard-${index + 1}-of-3`, 'messages.ndjson')), dir));
    assert.ok(fs.existsSync(path.join(serial, 'messages.ndjson')), 'so does a run that is not sharded');
  });

  it('says what it merged and wrote', () => {
    assert.match(output, /^Merged 3 runs:\n {2}machine-1\/shard-1-of-3\/messages\.ndjson\n {2}machine-2\/shard-2-of-3\/messages\.ndjson\n {2}machine-3\/shard-3-of-3\/messages\.ndjson\n/);
    assert.match(output, /^11 scenarios \((?=.*6 passed)(?=.*1 failed)(?=.*1 ambiguous)(?=.*3 undefined)[^)]*\): the run failed$/m);
    for (const name of ['cucumber.html', 'junit.xml', 'messages.ndjson']) assert.match(output, new RegExp(`wrote merged/${name.replace('.', '\\.')}`));
  });

  it('every scenario appears once, with the result, step results and attachments of the serial run', () => {
    const expected = scenarios(path.join(serial, 'messages.ndjson'));
    const actual = scenarios(path.join(merged, 'messages.ndjson'));
    assert.equal(expected.size, 11);
    assert.deepEqual(new Map([...actual].sort()), new Map([...expected].sort()));
    const bodies = (files: string[]) =>
      files.flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as Envelope).attachment?.body)).filter(Boolean).sort();
    const shardFiles = machines.map((dir, index) => path.join(dir, `shard-${index + 1}-of-3`, 'messages.ndjson'));
    assert.deepEqual(bodies([path.join(merged, 'messages.ndjson')]), bodies(shardFiles), "the shards' attachments, as they were");
    const failed = [...actual.values()].find((result) => result.status === 'FAILED');
    assert.match(failed?.attachments.join() ?? '', /text\/html page\.html/, 'the page of the failed step is attached');
  });

  it('the JUnit totals add up to the serial run, and the HTML report is whole', () => {
    assert.deepEqual(junitTotals(path.join(merged, 'junit.xml')), junitTotals(path.join(serial, 'junit.xml')));
    assert.deepEqual(junitTotals(path.join(merged, 'junit.xml')), { tests: '11', skipped: '0', failures: '5', errors: '0' });
    const html = fs.readFileSync(path.join(merged, 'cucumber.html'), 'utf8');
    assert.match(html, /<\/html>\s*$/);
    for (const name of ['A link leads to its page', 'A text the page does not have', 'A wording nobody defined']) assert.ok(html.includes(name), name);
  });

  it('refuses runs that are not shards of one run: a scenario that ran twice, or a file named twice', () => {
    const twice = merge(['serial', 'machine-1']);
    assert.equal(twice.status, 1);
    assert.match(twice.output, /The scenario "[^"]+" \(features\/[a-z]+\.feature\) ran in serial\/messages\.ndjson and in machine-1\/shard-1-of-3\/messages\.ndjson: these are not shards of one run/);
    const same = merge(['machine-1', 'machine-1/shard-1-of-3/messages.ndjson']);
    assert.equal(same.status, 1);
    assert.match(same.output, /machine-1\/shard-1-of-3\/messages\.ndjson is named twice/);
    const empty = merge([path.basename(fs.mkdtempSync(path.join(scratch, 'empty-')))]);
    assert.match(empty.output, /holds no messages\.ndjson/);
  });
});

describe('run --shards 3: the shards at once, then one report where a serial run writes it', () => {
  const together = path.join(scratch, 'together');
  let run: ReturnType<typeof spawnSync>;

  before(() => {
    run = spawnSync(process.execPath, [path.join(root, 'bin', 'cucumber-mink.js'), 'run', '--shards', '3'], {
      cwd: shop,
      encoding: 'utf8',
      env: { ...process.env, SHARD: '', BASE_URL: '', SELENIUM_URL: '', REPORTS_DIR: together, CUCUMBER_MINK_TS_CACHE_DIR: path.join(root, 'node_modules', '.cache', 'cucumber-mink', 'typescript') },
    });
  });

  it("shows each shard's output and the totals of the whole suite, and fails as the suite does", () => {
    const output = `${run.stdout}${run.stderr}`;
    assert.equal(run.status, 1, output);
    for (const index of [1, 2, 3]) assert.match(output, new RegExp(`── shard ${index} of 3 \\([\\d.]+ s(, exit code \\d+)?\\) ──\\n`));
    assert.match(output, /^3 shards: 11 scenarios \((?=.*6 passed)(?=.*1 failed)(?=.*1 ambiguous)(?=.*3 undefined)[^)]*\), the run failed$/m);
    assert.match(output, /^Reports: .*cucumber\.html, .*junit\.xml, .*messages\.ndjson$/m);
  });

  it('the merged report, in the reports folder itself, has every scenario once with the result of the serial run', () => {
    const serial = path.join(scratch, 'serial', 'messages.ndjson');
    assert.deepEqual(new Map([...scenarios(path.join(together, 'messages.ndjson'))].sort()), new Map([...scenarios(serial)].sort()));
    assert.deepEqual(junitTotals(path.join(together, 'junit.xml')), { tests: '11', skipped: '0', failures: '5', errors: '0' });
    for (const index of [1, 2, 3]) assert.ok(fs.existsSync(path.join(together, `shard-${index}-of-3`, 'messages.ndjson')), `shard ${index} kept its own`);
    assert.match(fs.readFileSync(path.join(together, 'summary.txt'), 'utf8'), /^3 shards: 11 scenarios .*, the run failed\n$/);
  });
});

describe("run --shards: each shard's Node gets a young generation of 4 MB a semi-space and a V8 pool of a core a shard less one, unless the user chose them", () => {
  const project = path.join(root, 'test', 'fixtures', 'shard-process');

  /** The NODE_OPTIONS each scenario's process logged, read from the merged report. */
  function shardNodeOptions(userOptions: string, paths: string[] = []): string[] {
    const reports = fs.mkdtempSync(path.join(scratch, 'young-'));
    const run = spawnSync(process.execPath, [path.join(root, 'bin', 'cucumber-mink.js'), 'run', '--shards', '2', ...paths], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, SHARD: '', BASE_URL: '', SELENIUM_URL: '', REPORTS_DIR: reports, NODE_OPTIONS: userOptions, CUCUMBER_MINK_TS_CACHE_DIR: path.join(root, 'node_modules', '.cache', 'cucumber-mink', 'typescript') },
    });
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
    const logs = fs
      .readFileSync(path.join(reports, 'messages.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { attachment?: { body: string } })
      .flatMap((envelope) => (envelope.attachment?.body.startsWith('NODE_OPTIONS=') ? [envelope.attachment.body] : []));
    assert.equal(logs.length, 2, 'one log a scenario, one scenario a shard');
    return logs;
  }

  it('added to what the user gave Node', () => {
    const pool = `--v8-pool-size=${v8PoolSize(os.availableParallelism(), 2)}`;
    for (const options of shardNodeOptions('--enable-source-maps')) assert.equal(options, `NODE_OPTIONS=--enable-source-maps ${pool} --max-semi-space-size=4`);
  });

  it('paths after a -- are paths, and each shard still gets its share', () => {
    assert.equal(shardNodeOptions('', ['--', 'features/process.feature']).length, 2);
  });

  it("the user's own settings are left as they are", () => {
    for (const options of shardNodeOptions('--max-semi-space-size=32 --v8-pool-size=3')) assert.equal(options, 'NODE_OPTIONS=--max-semi-space-size=32 --v8-pool-size=3');
  });
});

describe('run --shards: a shard stops when its runner is killed outright', () => {
  const project = path.join(root, 'test', 'fixtures', 'shard-process');

  /** The shard processes the runner `runner` started (its children running cucumber-js with --shard). */
  function shardPids(runner: number): number[] {
    const listing = spawnSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' }).stdout;
    return listing.split('\n').flatMap((line) => {
      const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
      return match && Number(match[2]) === runner && match[3].includes('--shard') ? [Number(match[1])] : [];
    });
  }

  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  async function until<T>(what: string, seconds: number, check: () => T | null): Promise<T> {
    const deadline = Date.now() + seconds * 1000;
    for (;;) {
      const value = check();
      if (value !== null) return value;
      assert.ok(Date.now() < deadline, `${what} within ${seconds} s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('each shard notices within seconds, not at the end of its 60 s share', async () => {
    const reports = fs.mkdtempSync(path.join(scratch, 'killed-'));
    const runner = spawn(process.execPath, [path.join(root, 'bin', 'cucumber-mink.js'), 'run', '--shards', '2', path.join(project, 'slow')], {
      cwd: project,
      stdio: 'ignore',
      env: { ...process.env, SHARD: '', BASE_URL: '', SELENIUM_URL: '', REPORTS_DIR: reports, CUCUMBER_MINK_TS_CACHE_DIR: path.join(root, 'node_modules', '.cache', 'cucumber-mink', 'typescript') },
    });
    const pids = await until('both shards start', 30, () => {
      const found = shardPids(runner.pid as number);
      return found.length === 2 ? found : null;
    });
    // Both in their long scenario (the runtime has started), then the runner goes without a word.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    runner.kill('SIGKILL');
    await until('the shards stop', 15, () => (pids.some(alive) ? null : true));
    for (const pid of pids) assert.equal(alive(pid), false, `shard ${pid} stopped`);
  });
});
