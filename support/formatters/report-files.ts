/**
 * The three reports of a run, `cucumber.html`, `junit.xml` and `messages.ndjson`, written from cucumber
 * messages: fed as a run goes for the reports formatter (support/formatters/reports.ts), or from a list
 * for `cucumber-mink merge-reports`. The JUnit report is cucumber's own formatter's (as cucumber-js finds
 * it); the other two are written from one serialization of each message (serialized-reports.ts), unless
 * the HTML report is to write attachments as files of their own, which cucumber's HTML formatter does.
 *
 * Each report is written aside (a hidden temporary name with the process id, in the same folder), and
 * all three are renamed into place once all three are complete: whoever opens a report, or stops the
 * process while they are written, finds either the previous complete file or the new complete one.
 * Asides a process left behind when it was killed outright are removed by the next writer.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Envelope } from '@cucumber/messages';
import { isRunning } from '../drivers/running-process';
import { flakyScenarios, withFlakyFailures } from './flaky-junit';
import { htmlPage, SerializedReports } from './serialized-reports';

export { describeScenarios, scenarioStatuses } from './finished-messages';

export const MESSAGE_FILE = 'messages.ndjson';

/** Each report: the cucumber formatter it is written by, or would be (openReports writes the HTML and message files itself when it can), and its file name. */
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

/**
 * Whether attachments go to files beside the HTML page: its formatter's one option, `externalAttachments`
 * (`true`, or media types). That stays the work of cucumber's own HTML formatter.
 */
function attachmentsBesidePage(formatOptions: Record<string, unknown> | undefined): boolean {
  const external = (formatOptions?.html as { externalAttachments?: unknown } | undefined)?.externalAttachments;
  return external === true || (Array.isArray(external) && external.length > 0);
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

/** Envelopes fed to the formatters between two writes to the files (and, from a list, two pauses to let them drain). */
const BATCH = 256;

export interface WriteReportsOptions {
  cwd: string;
  /** cucumber's `formatOptions`: each formatter gets its own part (`html`, `junit`), as in a run. */
  formatOptions?: Record<string, unknown>;
  logger?: Console;
}

/** The reports of a run being written: fed message by message, then finished (renamed into place) or abandoned. */
export interface ReportWriter {
  write(envelope: Envelope): void;
  /** Lets what was fed so far reach the files (the formatters' streams and the disk). */
  writtenOut(): Promise<void>;
  /** Ends the reports and renames them into place; returns their paths. A failure replaces none. */
  finish(): Promise<string[]>;
  /** Drops the reports being written (their asides go once their files are closed); those in place stay as they were. */
  abandon(): Promise<void>;
}

/** The messages `flakyScenarios` reads: kept by the writer until the JUnit report is marked. */
function readByFlakyMarking(envelope: Envelope): boolean {
  return Boolean(
    envelope.gherkinDocument ||
      envelope.pickle ||
      envelope.testCase ||
      envelope.testCaseStarted ||
      envelope.testCaseFinished ||
      envelope.testStepFinished?.testStepResult.status === 'FAILED',
  );
}

/**
 * Opens the reports in `dir` (created if missing): each one aside, fed as messages come, renamed into
 * place by `finish` once all three are complete.
 */
export async function openReports(dir: string, options: WriteReportsOptions): Promise<ReportWriter> {
  fs.mkdirSync(dir, { recursive: true });
  removeAbandonedAsides(dir);
  // The HTML page is cucumber's formatter's too when it cannot be written from the messages' text.
  const page = attachmentsBesidePage(options.formatOptions) ? null : await htmlPage();
  const byCucumber = (formatter: string): boolean => formatter === 'junit' || (formatter === 'html' && page === null);
  const reports = await Promise.all(
    REPORT_FILES.map(async ({ formatter, name }) => ({
      formatter,
      plugin: byCucumber(formatter) ? await resolveFormatter(formatter, options.cwd) : null,
      file: path.join(dir, name),
      aside: path.join(dir, `.${name}.${process.pid}.tmp`),
    })),
  );
  let serialized: SerializedReports | undefined;
  const streams: fs.WriteStream[] = [];
  const handlers: Array<(envelope: Envelope) => void> = [];
  const cleanups: Array<() => Promise<void> | void> = [];
  const forFlakyMarking: Envelope[] = [];
  let sinceFlush = 0;
  let failure: Error | null = null;
  /** Renamed into place: nothing left to abandon. */
  let finished = false;
  let abandoned: Promise<void> | undefined;
  const abandon = (): Promise<void> => {
    if (finished) return Promise.resolve();
    if (abandoned) return abandoned;
    // A stream still opening its file creates it after a removal made now: each aside goes again once
    // its stream has closed.
    const closings = streams.map((stream) => (stream.closed ? Promise.resolve() : new Promise<void>((resolve) => stream.once('close', () => resolve()))));
    for (const stream of streams) stream.destroy();
    const removeAsides = () => {
      for (const { aside } of reports) {
        try {
          fs.rmSync(aside, { force: true });
        } catch {
          // Not ours to remove (something else took the name): the others still go.
        }
      }
    };
    removeAsides();
    for (const { aside } of reports) unfinished.delete(aside);
    abandoned = Promise.all(closings).then(removeAsides);
    return abandoned;
  };
  try {
    const ownStreams = new Map<string, fs.WriteStream>();
    for (const { formatter, plugin, aside } of reports) {
      unfinished.add(aside);
      const stream = fs.createWriteStream(aside);
      // A full disk or a removed folder fails the reports (at the next pause or at the end), not the run.
      stream.on('error', (error) => (failure ??= error));
      // Held in memory and written BATCH messages at a time: one write a message costs a system call each.
      stream.cork();
      streams.push(stream);
      if (plugin === null) {
        ownStreams.set(formatter, stream);
        continue;
      }
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
    const html = ownStreams.get('html');
    serialized = new SerializedReports(ownStreams.get('message') as fs.WriteStream, html && page ? { stream: html, page } : null);
  } catch (error) {
    await abandon();
    throw error;
  }
  const own = serialized;
  return {
    write(envelope) {
      for (const handler of handlers) handler(envelope);
      own.add(envelope);
      if (readByFlakyMarking(envelope)) forFlakyMarking.push(envelope);
      // An attachment (a screenshot, a page) goes to disk at once rather than be held in memory.
      if (envelope.attachment || ++sinceFlush === BATCH) {
        sinceFlush = 0;
        own.flush();
        for (const stream of streams) {
          stream.uncork();
          stream.cork();
        }
      }
    },
    async writtenOut() {
      // A corked stream never drains: what it holds is let go, and held again once the files took it.
      own.flush();
      for (const stream of streams) stream.uncork();
      await writtenOut(streams);
      if (failure) throw failure;
      for (const stream of streams) stream.cork();
      sinceFlush = 0;
    },
    async finish() {
      try {
        if (failure) throw failure;
        for (const cleanup of cleanups) await cleanup();
        own.end();
        await Promise.all(streams.map((stream) => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())))));
        markFlakyScenarios(reports.find(({ file }) => file.endsWith('junit.xml'))?.aside, forFlakyMarking);
        for (const { file, aside } of reports) fs.renameSync(aside, file);
      } catch (error) {
        await abandon();
        // The file's own failure says more than what it caused (an end refused on a destroyed stream).
        throw failure ?? error;
      }
      finished = true;
      for (const { aside } of reports) unfinished.delete(aside);
      return reports.map(({ file }) => file);
    },
    abandon,
  };
}

/**
 * Writes the reports of `envelopes` into `dir`, aside first, then renamed into place; returns their
 * paths. The formatters are fed in batches, and each batch's output written out before the next: the
 * run's attachments are not held a second time as report text.
 */
export async function writeReports(envelopes: readonly Envelope[], dir: string, options: WriteReportsOptions): Promise<string[]> {
  const writer = await openReports(dir, options);
  try {
    for (let index = 0; index < envelopes.length; index++) {
      writer.write(envelopes[index]);
      if (envelopes[index].attachment || index % BATCH === BATCH - 1) await writer.writtenOut();
    }
  } catch (error) {
    await writer.abandon();
    throw error;
  }
  return writer.finish();
}

/** cucumber's JUnit report counts a scenario that passed on a retry as a pass: it gets a `<flakyFailure>` per failed attempt. */
function markFlakyScenarios(junit: string | undefined, envelopes: readonly Envelope[]): void {
  if (!junit) return;
  const flaky = flakyScenarios(envelopes);
  if (flaky.length > 0) fs.writeFileSync(junit, withFlakyFailures(fs.readFileSync(junit, 'utf8'), flaky));
}

/** Removes the asides of writers that were killed before they could (their process is gone). */
function removeAbandonedAsides(dir: string): void {
  const aside = new RegExp(`^\\.(?:${REPORT_FILES.map(({ name }) => name.replace(/\./g, '\\.')).join('|')})\\.(\\d+)\\.tmp$`);
  for (const entry of fs.readdirSync(dir)) {
    const pid = aside.exec(entry)?.[1];
    if (pid && Number(pid) !== process.pid && !isRunning(Number(pid))) fs.rmSync(path.join(dir, entry), { force: true });
  }
}

/** Lets the formatters' own streams pass on what they were given, and the files take it. */
async function writtenOut(streams: readonly fs.WriteStream[]): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  const waiting = streams.filter((stream) => stream.writableNeedDrain && !stream.destroyed);
  // A stream that fails meanwhile closes without draining.
  await Promise.all(waiting.map((stream) => new Promise<void>((resolve) => stream.once('drain', resolve).once('close', resolve))));
}
