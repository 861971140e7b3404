/**
 * cucumber-js's progress formatter, and for an undefined step the defined steps with the closest
 * wording (ours and the project's), each as a sentence to write instead, above cucumber's own snippet:
 *
 *     ? When I click on "Save"
 *         Undefined. Implement with the following snippet:
 *
 *           // Or write a defined step, the closest to it:
 *           //   When I press "Save"
 *           //   When I follow "Save"
 *           When('I click on {string}', function (string) {
 *
 * The suggestions are comments, so the snippet stays code to paste. The formatter gets cucumber's
 * snippet builder and the run's step definitions from cucumber, as every formatter does; it hands its
 * base class a builder that asks cucumber's for the snippet and puts the suggestions above it.
 * The defaults of defineConfig use it in place of `progress`; `format: ['cucumber-mink/progress']` names it.
 */
import { formatterHelpers, ProgressFormatter, type IFormatterOptions } from '@cucumber/cucumber';
import type { Envelope } from '@cucumber/messages';
import { stepSuggestions, type LoadedDefinition, type StepEntry } from '../catalog/step-catalog';
import type { SuggestionIndex } from '../catalog/suggestions';

type SnippetBuilder = IFormatterOptions['snippetBuilder'];
type BuildRequest = Parameters<SnippetBuilder['build']>[0];

const FUNCTION_NAMES: Record<string, string> = {
  [formatterHelpers.KeywordType.Precondition]: 'Given',
  [formatterHelpers.KeywordType.Event]: 'When',
  [formatterHelpers.KeywordType.Outcome]: 'Then',
};

/** The comment lines above a snippet: the sentences to write instead, or nothing when none is close. */
export function suggestionComment(keyword: string, sentences: readonly string[]): string {
  if (sentences.length === 0) return '';
  return ['// Or write a defined step, the closest to it:', ...sentences.map((sentence) => `//   ${keyword} ${sentence}`), ''].join('\n');
}

/** Cucumber's snippet builder, with the suggestions for the step above each snippet it builds. */
function suggestingSnippetBuilder(options: IFormatterOptions): SnippetBuilder {
  const original = options.snippetBuilder;
  let index: SuggestionIndex<StepEntry> | undefined;
  // Built at the first undefined step: by then the run's sentences are known, which illustrate the project's steps.
  const suggestions = () => {
    if (!index) {
      const definitions = options.supportCodeLibrary.stepDefinitions as unknown as LoadedDefinition[];
      const sentences = options.eventDataCollector.getTestCaseAttempts().flatMap((attempt) => attempt.pickle.steps.map((step) => step.text));
      index = stepSuggestions(definitions, [...new Set(sentences)]);
    }
    return index;
  };
  const build = (request: BuildRequest): string => {
    const snippet = original.build(request);
    const sentences = suggestions().suggest(request.pickleStep.text).map((suggestion) => suggestion.sentence);
    return suggestionComment(FUNCTION_NAMES[request.keywordType] ?? 'Given', sentences) + snippet;
  };
  return Object.assign(Object.create(original) as SnippetBuilder, { build });
}

/**
 * cucumber's collected attempts without those that never finished. A parallel run's worker that ends
 * under a scenario (Ctrl-C reaches the workers too) leaves one whose steps have no result: cucumber's
 * summary fails on it with a TypeError, and the run with it. Left out, the summary counts what ran,
 * as the reports do (support/formatters/reports.ts).
 */
function finishedAttemptsOnly(options: IFormatterOptions): IFormatterOptions['eventDataCollector'] {
  const collector = options.eventDataCollector;
  const keyOf = (testCaseId: string, attempt: number) => `${testCaseId} ${attempt}`;
  const started = new Map<string, string>();
  const finished = new Set<string>();
  options.eventBroadcaster.on('envelope', (envelope: Envelope) => {
    if (envelope.testCaseStarted) started.set(envelope.testCaseStarted.id, keyOf(envelope.testCaseStarted.testCaseId, envelope.testCaseStarted.attempt));
    else if (envelope.testCaseFinished) finished.add(started.get(envelope.testCaseFinished.testCaseStartedId) ?? '');
  });
  const getTestCaseAttempts = () =>
    collector.getTestCaseAttempts().filter((attempt) => finished.has(keyOf(attempt.testCase.id, attempt.attempt))).map(withNotesShown);
  return Object.assign(Object.create(collector) as typeof collector, { getTestCaseAttempts });
}

const LOG_MEDIA_TYPE = 'text/x.cucumber.log+plain';

/**
 * cucumber prints the text of a text/plain attachment under a failed scenario's step, but of a log
 * (`this.log`, what a step notes: a leave-page dialog accepted on the way, typing over HTTP) only its
 * media type. Shown as text here, in the terminal; the reports keep them as logs.
 */
function withNotesShown(attempt: Attempt): Attempt {
  const entries = Object.entries(attempt.stepAttachments);
  if (!entries.some(([, attachments]) => attachments.some((attachment) => attachment.mediaType === LOG_MEDIA_TYPE))) return attempt;
  const asText = (attachment: Attachment): Attachment => (attachment.mediaType === LOG_MEDIA_TYPE ? { ...attachment, mediaType: 'text/plain' } : attachment);
  return { ...attempt, stepAttachments: Object.fromEntries(entries.map(([step, attachments]) => [step, attachments.map(asText)])) };
}

type Attempt = ReturnType<IFormatterOptions['eventDataCollector']['getTestCaseAttempts']>[number];
type Attachment = Attempt['stepAttachments'][string][number];

/** How long a step's character may wait before it is written (a person does not see the delay). */
const PROGRESS_FLUSH_MS = 100;

/**
 * cucumber's progress formatter writes one character a step, each as a write of its own. To a pipe
 * (a CI runner, `| tee`, any tool that reads the output) that is a synchronous system call a step and
 * a wake-up of the reader: 8% of the CPU of a 1 000-scenario run (bench/RESULTS.md). The characters
 * are gathered and written together every PROGRESS_FLUSH_MS; anything longer (a failure's message,
 * the summary) first writes what is gathered, so the order stays as it was.
 */
type Log = (text: string | Uint8Array) => void;

export function gatheredLog(log: Log, flushMs: number = PROGRESS_FLUSH_MS): { log: Log; flush: () => void } {
  let gathered = '';
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (gathered === '') return;
    const text = gathered;
    gathered = '';
    log(text);
  };
  const gather = (text: string | Uint8Array) => {
    // A status character, coloured or not, is a few bytes; longer text is a message or the summary.
    if (typeof text !== 'string' || text.length > 16 || text.includes('\n')) {
      flush();
      log(text);
      return;
    }
    gathered += text;
    if (!timer) {
      timer = setTimeout(flush, flushMs);
      timer.unref();
    }
  };
  return { log: gather, flush };
}

export default class MinkProgressFormatter extends ProgressFormatter {
  static readonly documentation: string =
    "cucumber's progress formatter; an undefined step also names the defined steps with the closest wording, and the summary names the scenarios that passed only on a retry";

  private readonly flushProgress: () => void;

  constructor(options: IFormatterOptions) {
    const gathered = gatheredLog(options.log);
    super({ ...options, log: gathered.log, snippetBuilder: suggestingSnippetBuilder(options), eventDataCollector: finishedAttemptsOnly(options) });
    this.flushProgress = gathered.flush;
    // After cucumber's own summary (its listener came first): the scenarios that passed only when run again.
    options.eventBroadcaster.on('envelope', (envelope: Envelope) => {
      if (envelope.testRunFinished) this.log(flakySummary(options.eventDataCollector.getTestCaseAttempts()));
    });
  }

  async finished(): Promise<void> {
    this.flushProgress();
    await super.finished();
  }
}


/**
 * "2 flaky scenarios (passed on a retry): features/a.feature:12 (attempt 2), …": cucumber's summary
 * counts them as passed, and a flaky scenario is worth knowing about before it fails a build.
 */
export function flakySummary(attempts: readonly Attempt[]): string {
  const retried = new Set(attempts.filter((attempt) => attempt.willBeRetried).map((attempt) => attempt.testCase.id));
  const flaky = attempts.filter((attempt) => retried.has(attempt.testCase.id) && !attempt.willBeRetried && attempt.worstTestStepResult.status === 'PASSED');
  if (flaky.length === 0) return '';
  const where = flaky.map((attempt) => `${attempt.pickle.uri}:${lineOf(attempt)} (attempt ${attempt.attempt + 1})`);
  return `${flaky.length} flaky scenario${flaky.length === 1 ? '' : 's'} (passed on a retry): ${where.join(', ')}\n`;
}

function lineOf(attempt: Attempt): number | string {
  const [astId] = attempt.pickle.astNodeIds;
  const children = attempt.gherkinDocument.feature?.children ?? [];
  const scenarios = children.flatMap((child) => [child.scenario, ...(child.rule?.children ?? []).map((ruleChild) => ruleChild.scenario)]);
  const scenario = scenarios.find((candidate) => candidate?.id === astId);
  return scenario?.location.line ?? '?';
}
