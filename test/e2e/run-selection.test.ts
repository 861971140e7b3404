/**
 * Choosing what a run covers from outside the config: feature paths and `file:line` on the command
 * line (every profile), and SHARD=i/n for splitting a suite across machines. Real cucumber-js runs
 * of this repository's own config, in dry-run mode (the selection is what is under test, not the steps).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { Envelope } from '@cucumber/messages';
import { parseShard } from '../../support/config/shard';

const root = path.resolve(__dirname, '..', '..');
const cucumberBin = path.join(root, 'node_modules', '.bin', 'cucumber-js');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-selection-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

interface Selection {
  status: number | null;
  output: string;
  /** `uri:line` of every scenario the run would execute. */
  scenarios: string[];
  reportsDir: string;
}

let runs = 0;
function select(args: string[], env: NodeJS.ProcessEnv = {}): Selection {
  const reportsDir = path.join(scratch, `run-${++runs}`);
  const messages = path.join(scratch, `messages-${runs}.ndjson`);
  const run = spawnSync(cucumberBin, ['--dry-run', '--format', `message:${messages}`, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SHARD: '', ...env, REPORTS_DIR: reportsDir },
  });
  const pickles = new Map<string, string>();
  const scenarios: string[] = [];
  const lines = fs.existsSync(messages) ? fs.readFileSync(messages, 'utf8').split('\n').filter(Boolean) : [];
  for (const line of lines) {
    const envelope = JSON.parse(line) as Envelope;
    if (envelope.pickle) pickles.set(envelope.pickle.id, `${envelope.pickle.uri}:${envelope.pickle.location?.line}`);
    if (envelope.testCase) scenarios.push(pickles.get(envelope.testCase.pickleId) as string);
  }
  return { status: run.status, output: run.stdout + run.stderr, scenarios, reportsDir };
}

const FILE = 'features/navigation.feature';

describe('a path on the command line runs just that, in every profile', () => {
  for (const profile of ['default', 'ci', 'parity']) {
    it(`${profile}: a file runs only its scenarios, and file:line only that scenario`, () => {
      const file = select(['--profile', profile, FILE]);
      assert.equal(file.status, 0, file.output);
      assert.ok(file.scenarios.length > 1, file.output);
      assert.deepEqual(file.scenarios.filter((scenario) => !scenario.startsWith(`${FILE}:`)), [], 'no scenario of another file');

      const [first, second] = file.scenarios;
      const line = select(['--profile', profile, second.replace(/^.*?:/, `${FILE}:`)]);
      assert.equal(line.status, 0, line.output);
      assert.deepEqual(line.scenarios, [second]);
      assert.notEqual(first, second);
    });
  }
});

describe("a project's own profile (defineConfig's profiles) follows the same rules", () => {
  it('its paths when the command line names none; otherwise only what the command line names', () => {
    const own = select(['--profile', 'api']);
    assert.equal(own.status, 0, own.output);
    const files = new Set(own.scenarios.map((scenario) => scenario.replace(/:\d+$/, '')));
    assert.deepEqual([...files].sort(), ['features/api-requests.feature', 'features/json-responses.feature']);

    const all = select(['--profile', 'default', FILE]);
    const line = select(['--profile', 'api', all.scenarios[1]]);
    assert.equal(line.status, 0, line.output);
    assert.deepEqual(line.scenarios, [all.scenarios[1]], 'the named line only, none of the profile\'s own paths');
    assert.ok(fs.existsSync(path.join(line.reportsDir, 'api', 'junit.xml')), 'its reports in a folder of its own');
  });
});

describe('run again what failed: --format rerun:@rerun.txt, then cucumber-js @rerun.txt', () => {
  it('the second run runs exactly the scenarios that failed, in any profile', () => {
    // cucumber-js reads a path whose file name starts with @ as a rerun file, relative to its cwd.
    const rerun = path.relative(root, path.join(scratch, '@rerun.txt'));
    const failing = ['test/fixtures/features/status-code.feature', 'test/fixtures/features/text-not-found.feature'];
    const first = spawnSync(cucumberBin, ['--format', `rerun:${rerun}`, ...failing, FILE], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SHARD: '', REPORTS_DIR: path.join(scratch, 'rerun-first') },
    });
    assert.equal(first.status, 1, 'the failing fixtures fail');
    const named = fs.readFileSync(path.join(root, rerun), 'utf8').split(/\s+/).filter(Boolean);
    assert.deepEqual(named.map((entry) => entry.replace(/:\d+$/, '')).sort(), failing, 'the rerun file names the failed scenarios only');

    for (const profile of ['default', 'ci']) {
      const again = select(['--profile', profile, rerun]);
      assert.deepEqual(again.scenarios.sort(), [...named].sort(), `${profile}: only what failed, none of the profile's own paths`);
    }
  });
});

describe('SHARD=i/n runs a deterministic, disjoint share of the scenarios', () => {
  it('the shards add up to the whole run, each scenario exactly once, balanced by count, reports apart', () => {
    const whole = select(['--profile', 'ci']);
    assert.equal(whole.status, 0, whole.output);
    const shards = [1, 2, 3].map((index) => select(['--profile', 'ci'], { SHARD: `${index}/3` }));
    const union = shards.flatMap((shard) => shard.scenarios);
    assert.deepEqual([...union].sort(), [...whole.scenarios].sort(), 'union of the shards = whole run, no scenario twice');
    const sizes = shards.map((shard) => shard.scenarios.length);
    assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `balanced: ${sizes.join(', ')}`);
    shards.forEach((shard, i) => {
      assert.ok(fs.existsSync(path.join(shard.reportsDir, 'ci', `shard-${i + 1}-of-3`, 'junit.xml')), 'each shard writes its own reports');
    });
    const native = select(['--profile', 'ci', '--shard', '2/3']);
    assert.deepEqual(native.scenarios, shards[1].scenarios, "cucumber-js's own --shard selects the same share");
    assert.ok(fs.existsSync(path.join(native.reportsDir, 'ci', 'shard-2-of-3', 'junit.xml')), 'and reports apart too');
  });

  it('a bad SHARD stops the run with one line that says how to write it', () => {
    const run = select([], { SHARD: '4/3' });
    assert.equal(run.status, 2);
    assert.match(run.output, /shard \(environment variable SHARD\) is "4\/3"\. Write INDEX\/TOTAL/);
    assert.doesNotMatch(run.output, / {4}at /);
    for (const value of ['0/2', 'half', '1/0']) assert.throws(() => parseShard(value, 'shard setting'), /Write INDEX\/TOTAL/);
    assert.deepEqual(parseShard(' 2/4 ', 'shard setting'), { index: 2, total: 4 });
    assert.equal(parseShard('', 'shard setting'), null);
  });
});
