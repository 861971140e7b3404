/**
 * The three reports of a run, `cucumber.html`, `junit.xml` and `messages.ndjson`, written from a list
 * of cucumber messages by cucumber's own formatters (as cucumber-js finds them), for the reports
 * formatter (support/formatters/reports.ts) and `cucumber-mink merge-reports`.
 *
 * Each report is written aside (a hidden temporary name in the same folder), and all three are
 * renamed into place once all three are complete: whoever opens a report, or stops the process
 * while they are written, finds either the previous complete file or the new complete one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Envelope } from '@cucumber/messages';
import { flakyScenarios, withFlakyFailures } from './flaky-junit';

export const MESSAGE_FILE = 'messages.ndjson';

/** Each report: which of cucumber's formatters writes it, and its file name. */
export const REPORT_FILES: ReadonlyArray<{ formatter: string; name: string }> = [
  { formatter: 'html', name: 'cucumber.html' },
  { formatter: 'junit', name: 'junit.xml' },
  { formatter: 'message', name: MESSAGE_FILE },
];

interface FormatterPlugin {
  type: 'formatter';
  formatter(context: {
    on: (key: 'message', handler: (envelope: Envelope) => void) => void;
    options: Record<string, unknown>;
    logger: Console;
    stream: NodeJS.WritableStream;
    write: (chunk: string | Uint8Array) => void;
    directory?: string;
  }): Promise<(() => Promise<void> | void) | void> | (() => Promise<void> | void) | void;
  optionsKey?: string;
}

/** One of cucumber's formatters (`html`, `junit`, `message`), as cucumber-js resolves a format's name. */
async function resolveFormatter(name: string, cwd: string): Promise<FormatterPlugin> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { resolveImplementation } = require('@cucumber/cucumber/lib/formatter/resolve_implementation') as {
    resolveImplementation: (specifier: string, cwd: string) => Promise<FormatterPlugin>;
  };
  return resolveImplementation(name, cwd);
}

/** Temporary files being written now: what `discardUnfinishedReports` removes. */
const unfinished = new Set<string>();

/**
 * Removes the temporary files of a write in progress, synchronously (for a process that must end
 * now: a second Ctrl-C). The reports in place stay as they were.
 */
export function discardUnfinishedReports(): void {
  for (const file of unfinished) fs.rmSync(file, { force: true });
  unfinished.clear();
}

/** Envelopes fed to the formatters between two pauses, in which their output is written out. */
const BATCH = 256;

export interface WriteReportsOptions {
  cwd: string;
  /** cucumber's `formatOptions`: each formatter gets its own part (`html`, `junit`), as in a run. */
  formatOptions?: Record<string, unknown>;
  logger?: Console;
}

/**
 * Writes the reports of `envelopes` into `dir` (created if missing), aside first, then renamed into
 * place; returns their paths. A failure while they are written replaces none. The formatters are fed in
 * batches, and each batch's output written out before the next: the run's attachments are not held
 * a second time as report text.
 */
export async function writeReports(envelopes: readonly Envelope[], dir: string, options: WriteReportsOptions): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const reports = await Promise.all(
    REPORT_FILES.map(async ({ formatter, name }) => ({
      plugin: await resolveFormatter(formatter, options.cwd),
      file: path.join(dir, name),
      aside: path.join(dir, `.${name}.${process.pid}.tmp`),
    })),
  );
  const streams: fs.WriteStream[] = [];
  try {
    const handlers: Array<(envelope: Envelope) => void> = [];
    const cleanups: Array<() => Promise<void> | void> = [];
    for (const { plugin, aside } of reports) {
      unfinished.add(aside);
      const stream = fs.createWriteStream(aside);
      streams.push(stream);
      const cleanup = await plugin.formatter({
        on: (_key, handler) => handlers.push(handler),
        options: (plugin.optionsKey ? options.formatOptions?.[plugin.optionsKey] : options.formatOptions) as Record<string, unknown> ?? {},
        logger: options.logger ?? console,
        stream,
        write: (chunk) => stream.write(chunk),
        directory: dir,
      });
      if (typeof cleanup === 'function') cleanups.push(cleanup);
    }
    for (let index = 0; index < envelopes.length; index++) {
      for (const handler of handlers) handler(envelopes[index]);
      if (envelopes[index].attachment || index % BATCH === BATCH - 1) await writtenOut(streams);
    }
    for (const cleanup of cleanups) await cleanup();
    await Promise.all(streams.map((stream) => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())))));
    markFlakyScenarios(reports.find(({ file }) => file.endsWith('junit.xml'))?.aside, envelopes);
    for (const { file, aside } of reports) fs.renameSync(aside, file);
  } catch (error) {
    for (const stream of streams) stream.destroy();
    for (const { aside } of reports) fs.rmSync(aside, { force: true });
    throw error;
  } finally {
    for (const { aside } of reports) unfinished.delete(aside);
  }
  return reports.map(({ file }) => file);
}

/** cucumber's JUnit report counts a scenario that passed on a retry as a pass: it gets a `<flakyFailure>` per failed attempt. */
function markFlakyScenarios(junit: string | undefined, envelopes: readonly Envelope[]): void {
  if (!junit) return;
  const flaky = flakyScenarios(envelopes);
  if (flaky.length > 0) fs.writeFileSync(junit, withFlakyFailures(fs.readFileSync(junit, 'utf8'), flaky));
}

/** Lets the formatters' own streams pass on what they were given, and the files take it. */
async function writtenOut(streams: readonly fs.WriteStream[]): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await Promise.all(streams.filter((stream) => stream.writableNeedDrain).map((stream) => new Promise<void>((resolve) => stream.once('drain', () => resolve()))));
}

const SEVERITY = ['UNKNOWN', 'PASSED', 'SKIPPED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'FAILED'];

/** Scenarios by the worst status of their last attempt. */
export function scenarioStatuses(envelopes: readonly Envelope[]): Record<string, number> {
  const worst = new Map<string, string>();
  const lastAttempt = new Map<string, string>();
  for (const envelope of envelopes) {
    if (envelope.testCaseStarted) {
      lastAttempt.set(envelope.testCaseStarted.testCaseId, envelope.testCaseStarted.id);
      worst.set(envelope.testCaseStarted.id, 'PASSED');
    }
    const finished = envelope.testStepFinished;
    if (finished) {
      const status = finished.testStepResult.status;
      const current = worst.get(finished.testCaseStartedId) ?? 'PASSED';
      if (SEVERITY.indexOf(status) > SEVERITY.indexOf(current)) worst.set(finished.testCaseStartedId, status);
    }
  }
  const counts: Record<string, number> = {};
  for (const attempt of lastAttempt.values()) {
    const status = worst.get(attempt) ?? 'UNKNOWN';
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}

/** `3 scenarios (1 failed, 2 passed)`: the counts in the order of cucumber's own summary. */
export function describeScenarios(statuses: Readonly<Record<string, number>>): string {
  const total = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  const counts = [...SEVERITY]
    .reverse()
    .filter((status) => statuses[status])
    .map((status) => `${statuses[status]} ${status.toLowerCase()}`)
    .join(', ');
  return `${total} scenario${total === 1 ? '' : 's'} (${counts || 'none'})`;
}
