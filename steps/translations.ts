/**
 * MinkContext in other languages (`# language: fr` → `Quand je remplis "Email" avec "a@b.c"`), with
 * MinkExtension's own wording (steps/i18n/<language>.ts). Each MinkContext step is declared once with
 * `minkStep`, in English; a language module translates it by the step's id. A translation takes its
 * arguments exactly as the English step does (quotes, `\"` escapes, a pattern with its quotes), so
 * the same sentence means the same thing in every language, and the English handler runs.
 *
 * A language's steps are loaded only when a run's features use it (defineConfig reads their
 * `# language:` lines): a step is matched against every definition, so an unused language would cost
 * every step of every run.
 */
import { step } from './patterns';
import { classEnd, sampleSentences } from '../support/catalog/sample-sentences';

type StepHandler = (this: never, ...args: never[]) => unknown;

interface MinkStep {
  /** The English pattern's source, as `step()` takes it. */
  source: string;
  handler: StepHandler;
}

const MINK_STEPS = new Map<string, MinkStep>();

/**
 * A MinkContext step, known by `id` to the language modules: `Given(...minkStep('am-on-page', source,
 * handler)))`. The step file calls cucumber itself, so cucumber names that file as the step's place.
 */
export function minkStep<H extends StepHandler>(id: string, source: string, handler: H): [RegExp, H] {
  return [step(source), remember(id, source, handler)];
}

function remember<H extends StepHandler>(id: string, source: string, handler: H): H {
  if (MINK_STEPS.has(id)) throw new Error(`MinkContext step "${id}" is declared twice.`);
  MINK_STEPS.set(id, { source, handler });
  return handler;
}

/** A translated step, with sentences it matches, to tell whether two wordings share a sentence. */
interface Wording {
  where: string;
  pattern: RegExp;
  handler: StepHandler;
  /** The translation's argument order, as `reordered` takes it; null for an English step. */
  order: readonly number[] | null;
  samples: readonly string[];
}

/** What the steps defined so far match: the English MinkContext steps, then every translation loaded. */
const DEFINED: Wording[] = [];
const LEFT_OUT: string[] = [];

/**
 * `language`'s wording of the MinkContext steps (`id` → MinkExtension's target pattern), each as the
 * pattern and handler to define it with: the language module defines them, so cucumber names it.
 *
 * No sentence may match two steps. MinkExtension's translations sometimes word two steps alike: of one
 * meaning (pt: "deve ser marcado", "deve (ser|estar) marcado"), the broader wording is kept; of two
 * meanings (sk: "som na" is both "I am on" and "I should be on"), the first, and the other is left out
 * (`leftOutTranslations`). A wording that shares a sentence with an English step or a language loaded
 * before is left out too, so loading a language never changes what another one means.
 */
export function translateMinkSteps(language: string, targets: Readonly<Record<string, string>>): Array<[RegExp, StepHandler]> {
  if (DEFINED.length === 0) DEFINED.push(...[...MINK_STEPS].map(([id, english]) => wording(`English "${id}"`, english.source, english.handler, null)));
  const kept: Wording[] = [];
  for (const [id, target] of Object.entries(targets)) {
    const english = MINK_STEPS.get(id);
    if (!english) throw new Error(`steps/i18n/${language}.ts translates "${id}", which is no MinkContext step.`);
    const { source, order } = translatedSource(target, english.source, ARGUMENT_NAMES[id] ?? null, `${language} "${id}"`);
    keepUnambiguous(kept, wording(`${language} "${id}"`, source, english.handler, order));
  }
  const added = kept.filter((candidate) => {
    const clash = DEFINED.find((defined) => shareASentence(defined, candidate));
    if (clash) LEFT_OUT.push(`${candidate.where}: shares a sentence with ${clash.where}`);
    return !clash;
  });
  DEFINED.push(...added);
  return added.map((candidate) => [candidate.pattern, candidate.order ? reordered(candidate.handler, candidate.order) : candidate.handler]);
}

/** Translations left out because they share a sentence with another step, and why. */
export function leftOutTranslations(): readonly string[] {
  return LEFT_OUT;
}

function wording(where: string, source: string, handler: StepHandler, order: readonly number[] | null): Wording {
  return { where, pattern: step(source), handler, order, samples: sampleSentences(source) };
}

function keepUnambiguous(kept: Wording[], candidate: Wording): void {
  const index = kept.findIndex((earlier) => shareASentence(earlier, candidate));
  if (index < 0) {
    kept.push(candidate);
    return;
  }
  const earlier = kept[index];
  const sameMeaning = earlier.handler === candidate.handler && String(earlier.order) === String(candidate.order);
  if (sameMeaning && covers(candidate, earlier)) {
    kept[index] = candidate;
    LEFT_OUT.push(`${earlier.where}: ${candidate.where} says it, and more`);
  } else {
    LEFT_OUT.push(`${candidate.where}: ${sameMeaning ? 'says less than' : 'shares a sentence with'} ${earlier.where}`);
  }
}

function shareASentence(a: Wording, b: Wording): boolean {
  return a.samples.some((sentence) => b.pattern.test(sentence)) || b.samples.some((sentence) => a.pattern.test(sentence));
}

function covers(broader: Wording, narrower: Wording): boolean {
  return narrower.samples.every((sentence) => broader.pattern.test(sentence));
}

/** The ids of the MinkContext steps, for the tests that hold every language to them. */
export function minkStepIds(): string[] {
  return [...MINK_STEPS.keys()];
}

/** A handler that takes the arguments in the translation's order and gives them in the English order. */
function reordered(handler: StepHandler, order: readonly number[]): StepHandler {
  if (order.every((from, to) => from === to)) return handler;
  const wrapped = function (this: never, ...args: never[]) {
    const moved = order.map((from) => args[from]);
    return handler.apply(this, [...moved, ...args.slice(order.length)]);
  };
  // cucumber checks a handler's arity against the step's arguments.
  Object.defineProperty(wrapped, 'length', { value: handler.length });
  return wrapped;
}

/** A capturing group of a pattern, with the quotes around it when they belong to the argument. */
interface Argument {
  /** Where it starts and ends, quotes included. */
  start: number;
  end: number;
  /** The group itself, without the quotes around it. */
  group: string;
  /** The quotes around it (`"`, or `“` and `”` in Chinese), or null. */
  quotes: readonly [string, string] | null;
  /** The group's name in MinkExtension's pattern (`field`); null in ours, which are positional. */
  name: string | null;
}

const QUOTES: ReadonlyArray<readonly [string, string]> = [['"', '"'], ['“', '”'], ['「', '」']];

/**
 * The English step's argument as the translation writes it: with the translation's quotes (a
 * Chinese “…” takes anything but ”), or bare where the translation has none around it.
 */
function argumentAs(english: Argument, translated: Argument): string {
  if (!translated.quotes) return english.group;
  const [open, close] = translated.quotes;
  const group = close === '"' ? english.group : english.group.replace(/"/g, close);
  return `${open}${group}${close}`;
}

/**
 * MinkExtension's PCRE target as a JavaScript pattern source with our arguments: each named group
 * becomes the English step's argument at the same name (in the translation's quotes, or bare), `(?i)url(?-i)` a class per
 * letter. `englishNames` are the English step's argument names in its order (null: the translation's
 * order is the English one). `order[i]` is the index, in the translation, of the English step's i-th argument.
 */
export function translatedSource(target: string, englishSource: string, englishNames: readonly string[] | null, where: string): { source: string; order: number[] } {
  // Anchored at both ends like every step, whether or not the translation wrote its `$`.
  const delimited = /^\/\^(.*?)\$?\/[a-z]*$/s.exec(target);
  if (!delimited) throw new Error(`${where}: "${target}" is not a /^…$/ pattern.`);
  const body = delimited[1].replace(/\(\?i\)([A-Za-z]+)\(\?-i\)/g, (_match, word: string) =>
    [...word].map((letter) => `[${letter.toUpperCase()}${letter.toLowerCase()}]`).join(''),
  );
  const translated = argumentsOf(body, true);
  const english = argumentsOf(englishSource, false);
  if (translated.length !== english.length) throw new Error(`${where}: ${translated.length} arguments, but the English step has ${english.length}.`);
  const positions = englishPositions(translated.map((argument) => argument.name as string), englishNames);
  let source = '';
  let at = 0;
  const order: number[] = new Array(english.length);
  translated.forEach((argument, index) => {
    const englishIndex = positions[index];
    order[englishIndex] = index;
    source += body.slice(at, argument.start) + argumentAs(english[englishIndex], argument);
    at = argument.end;
  });
  source += body.slice(at);
  if (source.includes('(?P<')) throw new Error(`${where}: a group of "${target}" was not understood.`);
  return { source, order };
}

/** The names MinkExtension gives the arguments of the steps that take two, in the English order. */
const ARGUMENT_NAMES: Readonly<Record<string, readonly string[]>> = {
  'fill-in-field-with-value': ['field', 'value'],
  'fill-in-value-for-field': ['value', 'field'],
  'select-option-from-select': ['option', 'select'],
  'additionally-select-option-from-select': ['option', 'select'],
  'attach-the-file-to-field': ['path', 'field'],
  'should-see-text-in-element': ['text', 'element'],
  'should-not-see-text-in-element': ['text', 'element'],
  'the-element-should-contain': ['element', 'value'],
  'the-element-should-not-contain': ['element', 'value'],
  'should-see-num-elements': ['num', 'element'],
  'the-field-should-contain-value': ['field', 'value'],
  'the-field-should-not-contain-value': ['field', 'value'],
};

/**
 * Where each of the translation's arguments stands in the English step: by its name where the
 * translation kept MinkExtension's English names (and moved them: `"(?P<element>…)" の "(?P<text>…)"`),
 * else in the order of the English names left (a translation that renamed them kept their order).
 */
function englishPositions(names: readonly string[], englishNames: readonly string[] | null): number[] {
  if (!englishNames) return names.map((_name, index) => index);
  const taken = names.map((name) => englishNames.indexOf(name));
  const left = englishNames.map((_name, index) => index).filter((index) => !taken.includes(index));
  return taken.map((position) => (position >= 0 ? position : (left.shift() as number)));
}

/** Capturing groups of a pattern source, each with its surrounding quotes when it has them. */
function argumentsOf(source: string, named: boolean): Argument[] {
  const found: Argument[] = [];
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') {
      index++;
      continue;
    }
    if (char === '[') {
      index = classEnd(source, index);
      continue;
    }
    if (char !== '(') continue;
    const groupName = /^\(\?P<(\w+)>/.exec(source.slice(index));
    const capturing = named ? groupName !== null : source[index + 1] !== '?';
    if (!capturing) continue;
    const close = groupEnd(source, index);
    const quotes = QUOTES.find(([open, closing]) => source[index - 1] === open && source[close + 1] === closing) ?? null;
    found.push({
      start: quotes ? index - 1 : index,
      end: quotes ? close + 2 : close + 1,
      group: source.slice(index, close + 1),
      quotes,
      name: groupName?.[1] ?? null,
    });
    index = close;
  }
  return found;
}

function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === '[') index = classEnd(source, index);
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return index;
  }
  throw new Error(`unbalanced group in "${source}"`);
}
