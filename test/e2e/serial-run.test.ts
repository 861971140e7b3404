/**
 * `cucumber-mink run` (what `npm test` runs in a project `init` made): cucumber-js with every argument
 * given, its output on this terminal, its exit status, and a V8 thread pool that leaves the machine a
 * core added to the user's Node options; a SIGTERM sent to the runner alone ends the run too, and a
 * signal to the whole process group (a terminal's Ctrl-C, `timeout`) ends both as cucumber-js alone
 * would end: the reports of what finished written, the runner dead of the signal.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { v8PoolSize } from '../../support/cli/run-node-options';
import { PROJECT_ROOT as root } from './feature-run';

const project = path.join(root, 'test', 'fixtures', 'shard-process');
const bin = path.join(root, 'bin', 'cucumber-mink.js');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-serial-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

function environment(reports: string, nodeOptions: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    SHARD: '',
    BASE_URL: '',
    SELENIUM_URL: '',
    REPORTS_DIR: reports,
    NODE_OPTIONS: nodeOptions,
    CUCUMBER_MINK_TS_CACHE_DIR: path.join(root, 'node_modules', '.cache', 'cucumber-mink', 'typescript'),
  };
}

/** What each scenario's process logged of its NODE_OPTIONS, from the run's message report. */
function loggedNodeOptions(reports: string): string[] {
  return fs
    .readFileSync(path.join(reports, 'messages.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { attachment?: { body: string } })
    .flatMap((envelope) => (envelope.attachment?.body.startsWith('NODE_OPTIONS=') ? [envelope.attachment.body] : []));
}

describe('cucumber-mink run: one cucumber-js process', () => {
  it("passes every argument on, shows cucumber-js's output and status, and adds the V8 pool size to the user's Node options", () => {
    const reports = fs.mkdtempSync(path.join(scratch, 'serial-'));
    const run = spawnSync(process.execPath, [bin, 'run', 'features/process.feature:3'], { cwd: project, encoding: 'utf8', env: environment(reports, '--enable-source-maps') });
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
    assert.match(run.stdout, /^1 scenario \(1 passed\)$/m, 'the line argument chose one scenario, and its output is shown');
    assert.deepEqual(loggedNodeOptions(reports), [`NODE_OPTIONS=--enable-source-maps --v8-pool-size=${v8PoolSize(os.availableParallelism(), 1)}`]);

    const own = fs.mkdtempSync(path.join(scratch, 'own-'));
    const chosen = spawnSync(process.execPath, [bin, 'run', 'features/process.feature:3'], { cwd: project, encoding: 'utf8', env: environment(own, '--v8-pool-size=3') });
    assert.equal(chosen.status, 0, `${chosen.stdout}${chosen.stderr}`);
    assert.deepEqual(loggedNodeOptions(own), ['NODE_OPTIONS=--v8-pool-size=3'], "the user's own pool size is left");

    const undefinedStep = path.join(scratch, 'undefined.feature');
    fs.writeFileSync(undefinedStep, 'Feature: Nothing defined\n  Scenario: A step no definition matches\n    Then nothing defined matches this\n');
    const failing = spawnSync(process.execPath, [bin, 'run', undefinedStep], { cwd: project, encoding: 'utf8', env: environment(reports, '') });
    assert.equal(failing.status, 1, `cucumber-js's own failure is the run's: ${failing.stdout}${failing.stderr}`);
    assert.match(failing.stdout, /1 scenario \(1 undefined\)/);
  });

  it('a SIGTERM sent to the runner alone ends the run, which writes the reports of what finished', async () => {
    const reports = fs.mkdtempSync(path.join(scratch, 'terminated-'));
    const runner = spawn(process.execPath, [bin, 'run', 'slow/busy.feature'], { cwd: project, stdio: 'ignore', env: environment(reports, '') });
    const exited = new Promise<number | null>((resolve) => runner.once('exit', (code) => resolve(code)));
    // In its long scenario (the runtime has started, a 60 s wait), then told to stop.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    runner.kill('SIGTERM');
    const timeout = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 20_000).unref());
    const code = await Promise.race([exited, timeout]);
    assert.notEqual(code, 'still running', 'the run ended within 20 s, not at the end of its 60 s scenario');
    assert.notEqual(code, 0, 'an interrupted run is no success');
    assert.ok(fs.existsSync(path.join(reports, 'summary.txt')), 'the reports were written');
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`a ${signal} to the whole process group: the reports of what finished are written, and the runner dies of it`, async () => {
      const reports = fs.mkdtempSync(path.join(scratch, `group-${signal}-`));
      const runner = spawn(process.execPath, [bin, 'run', 'features/process.feature', 'slow/busy.feature'], {
        cwd: project,
        stdio: 'ignore',
        detached: true,
        env: environment(reports, ''),
      });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        runner.once('exit', (code, ended) => resolve({ code, signal: ended })),
      );
      // The two short scenarios done, the long one under way; then the signal to the group, as a terminal sends it.
      await new Promise((resolve) => setTimeout(resolve, 5000));
      process.kill(-(runner.pid as number), signal);
      const timeout = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 20_000).unref());
      const ended = await Promise.race([exited, timeout]);
      assert.notEqual(ended, 'still running', 'the run ended within 20 s');
      assert.deepEqual(ended, { code: null, signal }, 'the runner ended by the signal, as cucumber-js alone does (a shell script stops there)');
      const messages = fs.readFileSync(path.join(reports, 'messages.ndjson'), 'utf8');
      assert.equal(messages.split('\n').filter((line) => line.includes('"testCaseFinished"')).length, 2, 'the reports hold the two finished scenarios');
    });
  }

  it('killed outright, the runner leaves nothing running: its cucumber-js stops within seconds, not at the end of its 60 s scenario', async () => {
    const reports = fs.mkdtempSync(path.join(scratch, 'killed-'));
    const runner = spawn(process.execPath, [bin, 'run', 'slow/busy.feature'], { cwd: project, stdio: 'ignore', env: environment(reports, '') });
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const listing = spawnSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' }).stdout;
    const [child] = listing.split('\n').flatMap((line) => {
      const match = /^\s*(\d+)\s+(\d+)\s*$/.exec(line);
      return match && Number(match[2]) === runner.pid ? [Number(match[1])] : [];
    });
    assert.ok(child, 'cucumber-js runs under the runner');
    runner.kill('SIGKILL');
    const alive = () => {
      try {
        process.kill(child, 0);
        return true;
      } catch {
        return false;
      }
    };
    const deadline = Date.now() + 15_000;
    while (alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(alive(), false, 'cucumber-js stopped');
  });
});
