/**
 * `cucumber-mink/reports`: the run's HTML, JUnit and message reports (`cucumber.html`, `junit.xml`,
 * `messages.ndjson`), written when the run ends, beside the formatter's own file, which says in one
 * line what the run left there (`summary.txt` in the default formats).
 *
 * cucumber's own formatters open their files when the run starts and write as it goes: a run stopped
 * by Ctrl-C left an empty junit.xml and a cut-off cucumber.html in place of the last run's. This one
 * keeps the run's messages (the objects cucumber keeps anyway: no copy) and has cucumber's formatters
 * write them at the end, aside first and then renamed into place (support/formatters/report-files.ts).
 *
 * On SIGINT or SIGTERM it writes complete reports of the scenarios that finished (one cut short is left
 * out; the run is marked failed), prints one line of what ran and where the reports are, and lets the
 * process end by the signal (SIGINT: status 130 in a shell); the browser cleanup still runs. When no
 * scenario had finished, the previous run's reports stay as they were. A second signal ends the
 * process at once, the previous reports untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Envelope } from '@cucumber/messages';
import { shardReportsNote } from '../config/environment';
import { describeScenarios, discardUnfinishedReports, REPORT_FILES, scenarioStatuses, writeReports } from './report-files';

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

interface FormatterContext {
  on: (key: 'message', handler: (envelope: Envelope) => void) => void;
  options: Record<string, unknown>;
  logger: Console;
  stream: NodeJS.WritableStream;
  directory?: string;
}

const timestampOf = (milliseconds: number) => ({ seconds: Math.floor(milliseconds / 1000), nanos: (milliseconds % 1000) * 1e6 });

/**
 * The part of a run's messages that a report can show as finished: test cases (and run hooks) that
 * started but did not finish are left out, and a run that did not end gets an end that failed.
 */
export function finishedPart(envelopes: readonly Envelope[], endedAt: number = Date.now()): Envelope[] {
  const finishedCases = new Set<string>();
  const finishedHooks = new Set<string>();
  let testRunStartedId: string | undefined;
  let ended = false;
  for (const envelope of envelopes) {
    if (envelope.testCaseFinished) finishedCases.add(envelope.testCaseFinished.testCaseStartedId);
    else if (envelope.testRunHookFinished) finishedHooks.add(envelope.testRunHookFinished.testRunHookStartedId);
    else if (envelope.testRunStarted) testRunStartedId = envelope.testRunStarted.id;
    else if (envelope.testRunFinished) ended = true;
  }
  const part = envelopes.filter((envelope) => {
    if (envelope.testCaseStarted) return finishedCases.has(envelope.testCaseStarted.id);
    if (envelope.testRunHookStarted) return finishedHooks.has(envelope.testRunHookStarted.id);
    const testCaseStartedId = (envelope.testStepStarted ?? envelope.testStepFinished ?? envelope.attachment)?.testCaseStartedId;
    if (testCaseStartedId) return finishedCases.has(testCaseStartedId);
    const hookStartedId = envelope.attachment?.testRunHookStartedId;
    return hookStartedId ? finishedHooks.has(hookStartedId) : true;
  });
  if (!ended) part.push({ testRunFinished: { success: false, timestamp: timestampOf(endedAt), ...(testRunStartedId ? { testRunStartedId } : {}) } });
  return part;
}

/** Scenarios of an interrupted run: finished (by status), cut short, never started. */
function interruptedCounts(envelopes: readonly Envelope[], part: readonly Envelope[]): { statuses: Record<string, number>; cutShort: number; notRun: number } {
  const statuses = scenarioStatuses(part);
  const finished = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  const started = new Set(envelopes.flatMap((envelope) => (envelope.testCaseStarted ? [envelope.testCaseStarted.testCaseId] : [])));
  const testCases = envelopes.filter((envelope) => envelope.testCase).length;
  return { statuses, cutShort: started.size - finished, notRun: testCases - started.size };
}

/** A folder as the user named it: relative to the working directory when it lies below it. */
function shown(directory: string): string {
  const relative = path.relative(process.cwd(), directory);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? directory : relative;
}

const plugin = {
  type: 'formatter' as const,
  documentation: 'the HTML, JUnit and message reports, written beside its own file when the run ends (complete ones on Ctrl-C)',
  formatter({ on, options, logger, stream, directory }: FormatterContext): () => Promise<void> {
    if (!directory) {
      throw new Error("cucumber-mink/reports writes the reports beside a file of its own: give it one, e.g. format: [['cucumber-mink/reports', 'reports/summary.txt']].");
    }
    const folder = directory;
    // A shard of `cucumber-mink run --shards N`: tell the runner where this shard's reports go.
    const note = shardReportsNote();
    if (note) fs.writeFileSync(note, JSON.stringify({ folder }));
    const cwd = process.cwd();
    const envelopes: Envelope[] = [];
    on('message', (envelope) => envelopes.push(envelope));
    /** The one writing of the reports: at the end of the run, or at an interrupt, whichever comes first. */
    let written: Promise<void> | undefined;
    let interrupted = false;
    /** After an interrupt: the reports are written, or given up by a second signal. */
    let settled = false;

    const summarize = (line: string) =>
      new Promise<void>((resolve) => {
        const open = stream as NodeJS.WritableStream & { writableEnded?: boolean; destroyed?: boolean };
        if (open.writableEnded || open.destroyed) resolve();
        else stream.write(`${line}\n`, () => resolve());
      });
    const report = (part: readonly Envelope[]) => writeReports(part, folder, { cwd, formatOptions: options, logger });

    const writeInterrupted = async () => {
      const part = finishedPart(envelopes);
      const { statuses, cutShort, notRun } = interruptedCounts(envelopes, part);
      if (Object.keys(statuses).length === 0) {
        const previous = REPORT_FILES.some(({ name }) => fs.existsSync(path.join(folder, name)));
        const line = `Interrupted before any scenario finished: ${previous ? `the reports in ${shown(folder)} are still those of the previous run` : 'no reports written'}`;
        process.stderr.write(`\n${line}\n`);
        await summarize(line);
        return;
      }
      const line = `Interrupted: ${describeScenarios(statuses)} finished${cutShort > 0 ? `, ${cutShort} cut short` : ''}${notRun > 0 ? `, ${notRun} not run` : ''}`;
      try {
        await report(part);
        process.stderr.write(`\n${line}; reports written to ${shown(folder)}\n`);
        await summarize(line);
      } catch (error) {
        process.stderr.write(`\n${line}; the reports could not be written: ${(error as Error).message}\n`);
      }
    };

    const stopListening = () => {
      for (const signal of SIGNALS) process.removeListener(signal, onSignal);
    };
    /**
     * Ends the process by the signal it was sent. With our listener gone, the signal goes to the
     * listeners left (the browser cleanup, which re-raises it when it is the last) or ends the process.
     */
    const endBy = (signal: NodeJS.Signals) => {
      stopListening();
      process.kill(process.pid, signal);
    };
    function onSignal(signal: NodeJS.Signals): void {
      if (interrupted) {
        // A second signal: end now; the reports being written are dropped and the previous ones stay.
        settled = true;
        discardUnfinishedReports();
        process.stderr.write(`\nInterrupted again: the reports in ${shown(folder)} stay as they were\n`);
        endBy(signal);
        return;
      }
      interrupted = true;
      // Should the run end by itself before the signal is handled again, it still ends by the signal;
      // reports not written by then are dropped, and the previous ones stay.
      process.once('exit', () => {
        if (!settled) {
          discardUnfinishedReports();
          process.stderr.write(`\nInterrupted: the run ended before the reports were written; those in ${shown(folder)} stay as they were\n`);
        }
        process.removeAllListeners(signal);
        process.kill(process.pid, signal);
      });
      written ??= writeInterrupted();
      void written
        .catch(() => undefined)
        .then(() => {
          settled = true;
          endBy(signal);
        });
    }
    for (const signal of SIGNALS) process.on(signal, onSignal);

    return async () => {
      written ??= (async () => {
        const part = finishedPart(envelopes);
        await report(part);
        await summarize(describeScenarios(scenarioStatuses(part)));
      })();
      try {
        await written;
      } finally {
        if (!interrupted) stopListening();
      }
    };
  },
};

export default plugin;
