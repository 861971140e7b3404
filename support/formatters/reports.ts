/**
 * `cucumber-mink/reports`: the run's HTML, JUnit and message reports (`cucumber.html`, `junit.xml`,
 * `messages.ndjson`), beside the formatter's own file, which says in one line what the run left there
 * (`summary.txt` in the default formats).
 *
 * cucumber's own formatters open their files when the run starts and write into them in place: a run
 * stopped by Ctrl-C left an empty junit.xml and a cut-off cucumber.html in place of the last run's.
 * Here cucumber's formatters write aside as the run goes (support/formatters/report-files.ts), fed each
 * scenario's messages once it has finished (support/formatters/finished-messages.ts), and the reports
 * are renamed into place when the run ends. Writing as the run goes, rather than all at the end, spreads
 * the work over the run's waits for the server and keeps no copy of the run's messages.
 *
 * On SIGINT or SIGTERM it completes the reports of the scenarios that finished (one cut short is left
 * out; the run is marked failed), prints one line of what ran and where the reports are, and lets the
 * process end by the signal (SIGINT: status 130 in a shell); the browser cleanup still runs. When no
 * scenario had finished, the previous run's reports stay as they were. A second signal (but a SIGTERM
 * that comes again within a second: a parent passing on what the process group got) ends the
 * process at once, the previous reports untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Envelope } from '@cucumber/messages';
import { shardReportsNote } from '../config/environment';
import { describeScenarios, FinishedMessages } from './finished-messages';
import { discardUnfinishedReports, openReports, REPORT_FILES } from './report-files';

export { finishedPart } from './finished-messages';

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
/** A second SIGTERM within this time is the first one again, passed on by a parent (see onSignal). */
const SAME_REQUEST_MS = 1000;

interface FormatterContext {
  on: (key: 'message', handler: (envelope: Envelope) => void) => void;
  options: Record<string, unknown>;
  logger: Console;
  stream: NodeJS.WritableStream;
  directory?: string;
}

/** A folder as the user named it: relative to the working directory when it lies below it. */
function shown(directory: string): string {
  const relative = path.relative(process.cwd(), directory);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? directory : relative;
}

const plugin = {
  type: 'formatter' as const,
  documentation: 'the HTML, JUnit and message reports, written beside its own file as the run goes and put in place when it ends (complete ones on Ctrl-C)',
  async formatter({ on, options, logger, stream, directory }: FormatterContext): Promise<() => Promise<void>> {
    if (!directory) {
      throw new Error("cucumber-mink/reports writes the reports beside a file of its own: give it one, e.g. format: [['cucumber-mink/reports', 'reports/summary.txt']].");
    }
    const folder = directory;
    // A shard of `cucumber-mink run --shards N`: tell the runner where this shard's reports go.
    const note = shardReportsNote();
    if (note) fs.writeFileSync(note, JSON.stringify({ folder }));
    const writer = await openReports(folder, { cwd: process.cwd(), formatOptions: options, logger });
    // The writer's asides go with the process if it ends without finishing them (an uncaught error).
    process.once('exit', discardUnfinishedReports);
    const finished = new FinishedMessages((envelope) => writer.write(envelope));
    /** Messages stop reaching the reports once they are being completed (at the end or an interrupt). */
    let open = true;
    on('message', (envelope: Envelope) => {
      if (open) finished.add(envelope);
    });
    /** The one completion of the reports: at the end of the run, or at an interrupt, whichever comes first. */
    let written: Promise<void> | undefined;
    let interrupted = false;
    /** After an interrupt: the reports are written, or given up by a second signal. */
    let settled = false;

    const summarize = (line: string) =>
      new Promise<void>((resolve) => {
        const out = stream as NodeJS.WritableStream & { writableEnded?: boolean; destroyed?: boolean };
        if (out.writableEnded || out.destroyed) resolve();
        else stream.write(`${line}\n`, () => resolve());
      });

    const writeInterrupted = async () => {
      open = false;
      const statuses = finished.statuses();
      const { cutShort, notRun } = finished.unfinished();
      if (Object.keys(statuses).length === 0) {
        await writer.abandon();
        const previous = REPORT_FILES.some(({ name }) => fs.existsSync(path.join(folder, name)));
        const line = `Interrupted before any scenario finished: ${previous ? `the reports in ${shown(folder)} are still those of the previous run` : 'no reports written'}`;
        process.stderr.write(`\n${line}\n`);
        await summarize(line);
        return;
      }
      const line = `Interrupted: ${describeScenarios(statuses)} finished${cutShort > 0 ? `, ${cutShort} cut short` : ''}${notRun > 0 ? `, ${notRun} not run` : ''}`;
      try {
        finished.endCutShort();
        await writer.finish();
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
    /** When the first signal came, and which: a SIGTERM that comes again at once is the same request. */
    let firstSignal: { signal: NodeJS.Signals; at: number } | null = null;
    function onSignal(signal: NodeJS.Signals): void {
      // A SIGTERM sent to the process group reaches this process twice when a parent passes it on as
      // well (`cucumber-mink run`, npm, a CI runner's wrapper): that is one request to stop, not a second.
      if (interrupted && signal === 'SIGTERM' && firstSignal?.signal === 'SIGTERM' && Date.now() - firstSignal.at < SAME_REQUEST_MS) return;
      if (interrupted) {
        // A second signal: end now; the reports being written are dropped and the previous ones stay.
        settled = true;
        discardUnfinishedReports();
        process.stderr.write(`\nInterrupted again: the reports in ${shown(folder)} stay as they were\n`);
        endBy(signal);
        return;
      }
      interrupted = true;
      firstSignal = { signal, at: Date.now() };
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
        open = false;
        // A run that ended by itself has passed on its end; a run cucumber stopped early has not.
        finished.endCutShort();
        await writer.finish();
        await summarize(describeScenarios(finished.statuses()));
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
