/**
 * What a step notes (a leave-page dialog accepted on the way, typing over HTTP) is shown in the
 * terminal under a failed scenario, where it may explain the failure; the reports keep it as a log.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runCucumberProcess } from './cucumber-process';

const CONFIG = path.join('test', 'fixtures', 'notes', 'cucumber.cjs');
const FEATURE = path.join('test', 'fixtures', 'notes', 'notes.feature');

test("a failed scenario shows its steps' notes as text in the terminal, and the reports keep them as logs", async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-notes-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = await runCucumberProcess(['--config', CONFIG, FEATURE], { REPORTS_DIR: dir }, 120_000);
  assert.equal(run.code, 1, run.output);
  assert.match(
    run.output,
    /When I type "Ada" into the "Full name" field[^\n]*\n\s+Attachment \(text\/plain\): Over HTTP nothing is typed key by key: the value was set as "I fill in" sets it/,
  );
  const messages = fs.readFileSync(path.join(dir, 'messages.ndjson'), 'utf8');
  assert.ok(messages.split('\n').some((line) => line.includes('"text/x.cucumber.log+plain"') && line.includes('Over HTTP nothing is typed')), 'the report keeps the note as a log');
});
