/**
 * Ctrl-C keeps the reports: a run interrupted while a step blocks ends as the signal means (SIGINT:
 * status 130 in a shell), says what ran, and leaves complete reports (cucumber.html, junit.xml,
 * messages.ndjson) of the scenarios that finished; interrupted before any finished, it leaves the
 * previous run's reports as they were. A run that ends by itself writes all three.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { Envelope } from '@cucumber/messages';
import { Parser } from 'htmlparser2';
import { runCucumberProcess, startCucumberProcess } from './cucumber-process';

const FIXTURES = path.join('test', 'fixtures', 'interrupt', 'finished-scenarios');
const CONFIG = path.join(FIXTURES, 'cucumber.cjs');
/** Written as the blocking step begins (test/fixtures/interrupt/blocking-marker.ts). */
const BLOCKING_MARKER = 'interrupt-fixture: blocking';
const START_LIMIT_MS = 60_000;
const EXIT_LIMIT_MS = 20_000;
const REPORTS = ['cucumber.html', 'junit.xml', 'messages.ndjson'];
/** The reports, and the file that says what the run left in the folder. */
const FOLDER = [...REPORTS, 'summary.txt'].sort();

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-interrupted-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

interface JUnitReport {
  suite: Record<string, string>;
  testcases: Array<{ name: string; failed: boolean }>;
}

/** junit.xml read as XML: a file cut short (an element left open) fails here. */
function parseJUnit(file: string): JUnitReport {
  const text = fs.readFileSync(file, 'utf8');
  assert.match(text, /^<\?xml /, `${file} begins as XML`);
  const report: JUnitReport = { suite: {}, testcases: [] };
  const open: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        open.push(name);
        if (name === 'testsuite') report.suite = attributes;
        if (name === 'testcase') report.testcases.push({ name: attributes.name, failed: false });
        if (name === 'failure' || name === 'error') report.testcases[report.testcases.length - 1].failed = true;
      },
      onclosetag(name, isImplied) {
        assert.ok(!isImplied, `${file}: <${name}> is never closed (the file is cut short)`);
        assert.equal(open.pop(), name);
      },
    },
    { xmlMode: true },
  );
  parser.end(text);
  assert.deepEqual(open, [], `${file}: every element closed`);
  return report;
}

function readMessages(file: string): Envelope[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Envelope);
}

/** The names of the scenarios the message file says finished, and whether its run says it succeeded. */
function finishedScenarios(envelopes: readonly Envelope[]): { names: string[]; success: boolean | undefined; unfinished: number } {
  const pickleNames = new Map(envelopes.flatMap((envelope) => (envelope.pickle ? [[envelope.pickle.id, envelope.pickle.name] as const] : [])));
  const pickleOfTestCase = new Map(envelopes.flatMap((envelope) => (envelope.testCase ? [[envelope.testCase.id, envelope.testCase.pickleId] as const] : [])));
  const started = new Map(envelopes.flatMap((envelope) => (envelope.testCaseStarted ? [[envelope.testCaseStarted.id, envelope.testCaseStarted.testCaseId] as const] : [])));
  const finished = envelopes.flatMap((envelope) => (envelope.testCaseFinished ? [envelope.testCaseFinished.testCaseStartedId] : []));
  const last = envelopes[envelopes.length - 1];
  return {
    names: finished.map((id) => pickleNames.get(pickleOfTestCase.get(started.get(id) ?? '') ?? '') ?? '?'),
    success: last?.testRunFinished?.success,
    unfinished: started.size - finished.length,
  };
}

/** Starts the fixture run, waits until its blocking step blocks, sends SIGINT and waits for the end. */
async function interruptWhileBlocking(reportsDir: string, extraArgs: string[]): Promise<{ signal: NodeJS.Signals | null; code: number | null; output: string }> {
  const run = startCucumberProcess(['--config', CONFIG, ...extraArgs], { REPORTS_DIR: reportsDir, SHARD: '' });
  let guard: NodeJS.Timeout | undefined;
  try {
    const deadline = Date.now() + START_LIMIT_MS;
    while (!run.output().includes(BLOCKING_MARKER) && run.child.exitCode === null) {
      if (Date.now() > deadline) assert.fail(`the blocking step within ${START_LIMIT_MS} ms\n${run.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(run.child.exitCode, null, `cucumber ended before it was interrupted:\n${run.output()}`);
    run.child.kill('SIGINT');
    const ended = await Promise.race([
      run.exited,
      new Promise<never>((_resolve, reject) => {
        guard = setTimeout(() => reject(new Error(`cucumber did not exit within ${EXIT_LIMIT_MS} ms of SIGINT:\n${run.output()}`)), EXIT_LIMIT_MS);
      }),
    ]);
    return { ...ended, output: run.output() };
  } finally {
    clearTimeout(guard);
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
  }
}

describe('an interrupted run keeps complete reports', () => {
  const reportsDir = path.join(scratch, 'reports');

  it('a run that ends by itself writes the three reports and its summary, and nothing else', async () => {
    const { code, output } = await runCucumberProcess(['--config', CONFIG, '--tags', 'not @blocking'], { REPORTS_DIR: reportsDir, SHARD: '' }, START_LIMIT_MS);
    assert.equal(code, 1, output);
    assert.deepEqual(fs.readdirSync(reportsDir).sort(), FOLDER);
    const junit = parseJUnit(path.join(reportsDir, 'junit.xml'));
    assert.deepEqual({ tests: junit.suite.tests, failures: junit.suite.failures }, { tests: '4', failures: '1' });
    assert.match(fs.readFileSync(path.join(reportsDir, 'cucumber.html'), 'utf8'), /<\/html>\s*$/);
    const messages = finishedScenarios(readMessages(path.join(reportsDir, 'messages.ndjson')));
    assert.deepEqual({ finished: messages.names.length, success: messages.success }, { finished: 4, success: false });
    assert.equal(fs.readFileSync(path.join(reportsDir, 'summary.txt'), 'utf8'), '4 scenarios (1 failed, 3 passed)\n');
  });

  it('interrupted before any scenario finished: the previous reports stay as they were', async () => {
    const before = new Map(REPORTS.map((name) => [name, fs.readFileSync(path.join(reportsDir, name), 'utf8')]));
    const ended = await interruptWhileBlocking(reportsDir, [path.join(FIXTURES, 'blocking-first.feature')]);
    assert.equal(ended.signal, 'SIGINT', `cucumber ends by SIGINT, which a shell reports as 130 (${JSON.stringify({ ...ended, output: undefined })})\n${ended.output}`);
    assert.match(ended.output, /Interrupted before any scenario finished: the reports in \S+ are still those of the previous run/);
    assert.deepEqual(fs.readdirSync(reportsDir).sort(), FOLDER, 'no file left aside');
    for (const [name, text] of before) assert.equal(fs.readFileSync(path.join(reportsDir, name), 'utf8'), text, `${name} as it was`);
    assert.match(fs.readFileSync(path.join(reportsDir, 'summary.txt'), 'utf8'), /^Interrupted before any scenario finished/);
  });

  it('SIGINT while a step blocks: the process ends by the signal, prints what ran, and the reports hold the finished scenarios', async () => {
    const dir = path.join(scratch, 'interrupted');
    const ended = await interruptWhileBlocking(dir, []);
    assert.equal(ended.signal, 'SIGINT', `cucumber ends by SIGINT, which a shell reports as 130 (${JSON.stringify({ ...ended, output: undefined })})\n${ended.output}`);
    assert.match(ended.output, new RegExp(`Interrupted: 3 scenarios \\(1 failed, 2 passed\\) finished, 1 cut short, 1 not run; reports written to ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.deepEqual(fs.readdirSync(dir).sort(), FOLDER, 'no file left aside');

    const junit = parseJUnit(path.join(dir, 'junit.xml'));
    assert.deepEqual(junit.testcases, [
      { name: 'The homepage', failed: false },
      { name: 'The links page', failed: false },
      { name: 'A failing check', failed: true },
    ]);
    assert.deepEqual({ tests: junit.suite.tests, failures: junit.suite.failures }, { tests: '3', failures: '1' });

    const html = fs.readFileSync(path.join(dir, 'cucumber.html'), 'utf8');
    assert.match(html, /<\/html>\s*$/);
    for (const name of ['The homepage', 'The links page', 'A failing check']) assert.ok(html.includes(name), name);

    const messages = finishedScenarios(readMessages(path.join(dir, 'messages.ndjson')));
    assert.deepEqual(messages, { names: ['The homepage', 'The links page', 'A failing check'], success: false, unfinished: 0 });
    assert.match(fs.readFileSync(path.join(dir, 'summary.txt'), 'utf8'), /^Interrupted: 3 scenarios \(1 failed, 2 passed\) finished, 1 cut short, 1 not run\n$/);
  });
});
