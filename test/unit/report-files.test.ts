/**
 * The reports written from a list of messages (support/formatters/report-files.ts), as
 * `cucumber-mink merge-reports` and `run --shards` write them: the formatters' output is held and
 * written in batches, and a list larger than a stream's buffer must still reach the end.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Envelope } from '@cucumber/messages';
import { writeReports } from '../../support/formatters/report-files';
import * as serializedReports from '../../support/formatters/serialized-reports';

const at = { seconds: 1, nanos: 0 };

test('a run whose reports outgrow the streams\' buffers many times over is written whole', { timeout: 20_000 }, async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-files-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const text = 'Feature: Many\n' + '  # a line of the feature file\n'.repeat(40);
  const envelopes: Envelope[] = [
    { testRunStarted: { id: 'run', timestamp: at } },
    ...Array.from({ length: 600 }, (_, index): Envelope => ({ source: { uri: `features/many-${index}.feature`, data: text, mediaType: 'text/x.cucumber.gherkin+plain' as never } })),
    { testRunFinished: { success: true, timestamp: at, testRunStartedId: 'run' } },
  ];
  const written = await writeReports(envelopes, dir, { cwd: process.cwd() });
  assert.deepEqual(written.map((file) => path.basename(file)).sort(), ['cucumber.html', 'junit.xml', 'messages.ndjson']);
  const messages = fs.readFileSync(path.join(dir, 'messages.ndjson'), 'utf8').trim().split('\n');
  assert.equal(messages.length, envelopes.length, 'every message in the message report');
  assert.ok(fs.statSync(path.join(dir, 'messages.ndjson')).size > 10 * 16 * 1024, 'larger than ten stream buffers');
  assert.deepEqual(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp')), [], 'no file left aside');
});

test('asides a killed writer left are removed by the next one; a running writer\'s are not', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-files-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  // No process has a pid this large (pid_max is at most 2^22 on Linux).
  const gone = path.join(dir, '.junit.xml.99999999.tmp');
  const running = path.join(dir, `.junit.xml.${process.ppid}.tmp`);
  fs.writeFileSync(gone, 'cut short');
  fs.writeFileSync(running, 'being written');
  await writeReports([{ testRunStarted: { id: 'run', timestamp: at } }, { testRunFinished: { success: true, timestamp: at, testRunStartedId: 'run' } }], dir, { cwd: process.cwd() });
  assert.equal(fs.existsSync(gone), false);
  assert.equal(fs.existsSync(running), true);
});

test('a report file that cannot be written fails the reports with the reason, and leaves nothing aside', { timeout: 20_000 }, async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-files-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  // A folder where the JUnit report's aside would go: opening it for writing fails (EISDIR).
  fs.mkdirSync(path.join(dir, `.junit.xml.${process.pid}.tmp`));
  const envelopes: Envelope[] = [{ testRunStarted: { id: 'run', timestamp: at } }, { testRunFinished: { success: true, timestamp: at, testRunStartedId: 'run' } }];
  await assert.rejects(writeReports(envelopes, dir, { cwd: process.cwd() }), /EISDIR/);
  assert.deepEqual(fs.readdirSync(dir).filter((name) => !name.startsWith('.junit.xml.')), [], 'no report put in place, no other aside left');
});

/** What one of cucumber's own formatters (`html`, `message`) writes for these messages. */
async function cucumberFormatterOutput(name: string, envelopes: readonly Envelope[], options: Record<string, unknown> = {}): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { resolveImplementation } = require('@cucumber/cucumber/lib/formatter/resolve_implementation') as {
    resolveImplementation: (specifier: string, cwd: string) => Promise<{ formatter: (context: Record<string, unknown>) => Promise<unknown> | unknown }>;
  };
  const plugin = await resolveImplementation(name, process.cwd());
  const handlers: Array<(envelope: Envelope) => void> = [];
  const chunks: string[] = [];
  const cleanup = await plugin.formatter({
    on: (_key: string, handler: (envelope: Envelope) => void) => handlers.push(handler),
    options,
    logger: console,
    write: (chunk: string | Uint8Array) => chunks.push(chunk.toString()),
  });
  for (const envelope of envelopes) for (const handler of handlers) handler(envelope);
  if (typeof cleanup === 'function') await cleanup();
  return chunks.join('');
}

/** A small run's messages, with text that must be escaped in a page's script and an attachment. */
function smallRun(): Envelope[] {
  const source = 'Feature: Escapes\n  Scenario: A </script> in a name <b>\n    Given I am on "/"\n';
  return [
    { meta: { protocolVersion: '27.0.0', implementation: { name: 'cucumber-js' }, runtime: { name: 'node' }, os: { name: 'linux' }, cpu: { name: 'x64' } } },
    { source: { uri: 'features/escapes.feature', data: source, mediaType: 'text/x.cucumber.gherkin+plain' as never } },
    { testRunStarted: { id: 'run', timestamp: at } },
    { attachment: { body: '<p>the page as it was</p>', contentEncoding: 'IDENTITY' as never, mediaType: 'text/html', testRunStartedId: 'run' } },
    ...Array.from({ length: 700 }, (_, index): Envelope => ({ testRunHookStarted: { id: `hook-${index}`, testRunStartedId: 'run', hookId: `<hook ${index}>`, timestamp: at } })),
    { testRunFinished: { success: true, timestamp: at, testRunStartedId: 'run' } },
  ];
}

test('the HTML page and the message file are byte for byte what cucumber\'s own formatters write', { timeout: 20_000 }, async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-files-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const envelopes = smallRun();
  await writeReports(envelopes, dir, { cwd: process.cwd() });
  const html = fs.readFileSync(path.join(dir, 'cucumber.html'), 'utf8');
  assert.ok(html.includes('A \\x3C/script> in a name \\x3Cb>'), 'a < in a message is escaped in the page');
  assert.equal(html, await cucumberFormatterOutput('html', envelopes));
  assert.equal(fs.readFileSync(path.join(dir, 'messages.ndjson'), 'utf8'), await cucumberFormatterOutput('message', envelopes));
});

test('an HTML report that writes attachments as files of their own is still cucumber\'s formatter\'s', { timeout: 20_000 }, async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-files-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  await writeReports(smallRun(), dir, { cwd: process.cwd(), formatOptions: { html: { externalAttachments: true } } });
  const attachments = fs.readdirSync(dir).filter((name) => name.startsWith('attachment-'));
  assert.equal(attachments.length, 1, 'the attachment is a file beside the page');
  assert.equal(fs.readFileSync(path.join(dir, attachments[0]), 'utf8'), '<p>the page as it was</p>');
  const html = fs.readFileSync(path.join(dir, 'cucumber.html'), 'utf8');
  assert.ok(html.includes(`"url":"./${attachments[0]}"`), 'the page links to it');
  assert.ok(!html.includes('the page as it was'), 'and does not hold it');
});

test('an html-formatter whose page cannot be cut around the messages leaves the page to cucumber\'s formatter', { timeout: 20_000 }, async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-files-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  // What htmlPage answers when a new version of the package embeds messages some other way.
  const page = t.mock.method(serializedReports, 'htmlPage', async () => null);
  const envelopes = smallRun();
  await writeReports(envelopes, dir, { cwd: process.cwd() });
  assert.equal(page.mock.callCount(), 1, 'the page was asked for, and refused');
  assert.equal(fs.readFileSync(path.join(dir, 'cucumber.html'), 'utf8'), await cucumberFormatterOutput('html', envelopes));
  assert.equal(fs.readFileSync(path.join(dir, 'messages.ndjson'), 'utf8'), await cucumberFormatterOutput('message', envelopes));
});
