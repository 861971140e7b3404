/**
 * Did you mean: the defined steps whose wording is closest to an undefined step, each written as a
 * sentence that step matches. `When I click on "Save"` → `When I press "Save"`, `When I follow "Save"`.
 *
 * Steps are compared by their example sentences (ours from the catalog, the project's from its
 * features), word by word: a word that few steps use counts for more than one that many use; a word a
 * user of another tool would write counts as ours (click → press or follow, type → fill in, choose →
 * select); a word one letter off counts for most of it (fil → fill); and an argument counts as an
 * argument of the same kind (a CSS selector, a path, a text). The user's own arguments are carried into
 * a suggestion that takes as many, when it still matches.
 */

export interface SuggestionCandidate {
  /** A sentence the step matches (a keyword in front is allowed), or null when none is known. */
  example: string | null;
  /** The step's pattern as written, for a step without an example. */
  pattern: string;
  matches(text: string): boolean;
}

export interface Suggestion<C extends SuggestionCandidate = SuggestionCandidate> {
  /** Step text (no keyword) that the candidate matches, with the user's arguments where they fit. */
  sentence: string;
  candidate: C;
  score: number;
}

const KEYWORD = /^(?:Given|When|Then|And|But|\*) /;
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;
const STOP_WORDS = new Set(['i', 'the', 'a', 'an']);
/** Words of other tools' step vocabularies (Capybara, Playwright, WebdriverIO) and the words of ours they mean. */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  click: ['press', 'follow'],
  tap: ['press', 'follow', 'click'],
  hit: ['press'],
  push: ['press'],
  button: ['press'],
  link: ['follow'],
  type: ['fill'],
  enter: ['fill'],
  input: ['fill'],
  write: ['fill'],
  put: ['fill'],
  choose: ['select'],
  pick: ['select'],
  tick: ['check'],
  untick: ['uncheck'],
  visit: ['go', 'am'],
  open: ['go', 'am'],
  navigate: ['go'],
  browse: ['go'],
  refresh: ['reload'],
  upload: ['attach'],
  view: ['see'],
  displayed: ['visible'],
  shown: ['visible'],
  includes: ['contain'],
  include: ['contain'],
  containing: ['contain'],
  has: ['contain', 'have'],
  page: ['response'],
  log: ['sign'],
  login: ['sign'],
};
/** "click on", "tap on": the preposition belongs to the verb. */
const PARTICLES: Readonly<Record<string, string>> = { click: 'on', tap: 'on' };
const ARGUMENT_WEIGHT = 1.5;
const NUMBER_WEIGHT = 1;
const MIN_SCORE = 0.5;
/** Suggestions this far below the best are left out: they are not the closest. */
const MARGIN = 0.2;

interface Token {
  text: string;
  weight?: number;
}

function stripKeyword(sentence: string): string {
  return sentence.replace(KEYWORD, '');
}

/** What an argument looks like: a CSS selector, a path, or a text. */
function argumentKind(value: string): string {
  if (/^\//.test(value)) return 'path';
  if (!value.includes('<') && /^[.#[*]|[[\]>~=]|^[a-z][\w-]*[.#:]/i.test(value)) return 'css';
  return 'text';
}

function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  const text = stripKeyword(sentence).replace(QUOTED, (_match, value: string) => ` \u0000${argumentKind(value)} `);
  for (const word of text.toLowerCase().match(/\u0000\w+|[\p{L}\p{N}']+/gu) ?? []) {
    if (word.startsWith('\u0000')) tokens.push({ text: `"${word.slice(1)}"`, weight: ARGUMENT_WEIGHT });
    else if (/^\d+(?:\.\d+)?$/.test(word)) tokens.push({ text: '#', weight: NUMBER_WEIGHT });
    else if (STOP_WORDS.has(word)) continue;
    else if (PARTICLES[tokens[tokens.length - 1]?.text] === word) continue;
    else tokens.push({ text: word });
  }
  return tokens;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** How much a word of the step counts as a word of the candidate: 1 the same, a little less a synonym, less a near miss. */
function likeness(word: string, other: string): number {
  if (word === other) return 1;
  if (word.startsWith('"') || other.startsWith('"')) return word.startsWith('"') && other.startsWith('"') ? 0.3 : 0;
  if (SYNONYMS[word]?.includes(other)) return 0.9;
  const shorter = Math.min(word.length, other.length);
  if (shorter < 3) return 0;
  const distance = editDistance(word, other);
  return distance <= (shorter >= 7 ? 2 : 1) ? 0.8 : 0;
}

/** Rarer words count for more: inverse document frequency over the candidates' examples. */
function weigher(documents: readonly Token[][]): (token: Token) => number {
  const frequency = new Map<string, number>();
  for (const tokens of documents) for (const text of new Set(tokens.map((token) => token.text))) frequency.set(text, (frequency.get(text) ?? 0) + 1);
  return (token) => token.weight ?? Math.log(1 + documents.length / (frequency.get(token.text) ?? 1));
}

/** Both ways: how much of the step the candidate covers, and how much of the candidate the step does. */
function similarity(step: readonly Token[], candidate: readonly Token[], weight: (token: Token) => number): number {
  const pairs: Array<{ i: number; j: number; value: number }> = [];
  step.forEach((a, i) => candidate.forEach((b, j) => {
    const value = likeness(a.text, b.text);
    if (value > 0) pairs.push({ i, j, value });
  }));
  pairs.sort((x, y) => y.value - x.value);
  const usedStep = new Set<number>();
  const usedCandidate = new Set<number>();
  let stepCovered = 0;
  let candidateCovered = 0;
  for (const { i, j, value } of pairs) {
    if (usedStep.has(i) || usedCandidate.has(j)) continue;
    usedStep.add(i);
    usedCandidate.add(j);
    stepCovered += value * weight(step[i]);
    candidateCovered += value * weight(candidate[j]);
  }
  const total = (tokens: readonly Token[]) => tokens.reduce((sum, token) => sum + weight(token), 0);
  const stepTotal = total(step);
  const candidateTotal = total(candidate);
  if (stepTotal === 0 || candidateTotal === 0) return 0;
  return (stepCovered / stepTotal + candidateCovered / candidateTotal) / 2;
}

/** A regular expression's words, for a step with no example: its syntax left out, a group as an argument. */
function wordsOfRegex(pattern: string): string {
  return pattern
    .replace(/^\/|\/[a-z]*$/g, '')
    .replace(/\(\?:\|[^)]*\)|\\.|[\^$?*+|]/g, ' ')
    .replace(/\([^)]*\)/g, ' "…" ');
}

const EXAMPLE_VALUES: Readonly<Record<string, string>> = { string: '"…"', int: '1', float: '1.5', word: 'word', '': '…' };

/** A sentence a Cucumber Expression matches: `I buy {int} book(s)` → `I buy 1 book`. */
function exampleOfExpression(candidate: SuggestionCandidate): string | null {
  const sentence = candidate.pattern
    .replace(/\{(\w*)\}/g, (match, name: string) => EXAMPLE_VALUES[name] ?? match)
    .replace(/(?<!\\)\([^)]*\)/g, '')
    .replace(/([^\s/]+)(?:\/[^\s/]+)+/g, '$1')
    .replace(/\\(.)/g, '$1');
  return candidate.matches(sentence) ? sentence : null;
}

const NUMBER = /(?<![\w."])\d+(?:\.\d+)?(?![\w."])/g;

/** `values` in place of what `pattern` finds in `example`, in order, when there are as many of each. */
function replaceInOrder(example: string, pattern: RegExp, theirs: readonly string[], ours: readonly string[], write: (value: string) => string): string {
  if (ours.length === 0 || ours.length !== theirs.length) return example;
  let index = 0;
  return example.replace(pattern, () => write(ours[index++]));
}

/** The candidate's example with the step's own arguments in it (quoted ones of the same kind, and numbers), when it still matches. */
function carryArguments(text: string, candidate: SuggestionCandidate, example: string): string {
  const quoted = (sentence: string) => [...sentence.matchAll(QUOTED)].map((match) => match[1]);
  const numbers = (sentence: string) => sentence.replace(QUOTED, '""').match(NUMBER) ?? [];
  const theirs = quoted(example);
  const ours = quoted(text);
  const sameKinds = ours.every((value, index) => theirs[index] !== undefined && argumentKind(value) === argumentKind(theirs[index]));
  let carried = sameKinds ? replaceInOrder(example, QUOTED, theirs, ours, (value) => `"${value}"`) : example;
  // Numbers outside quotes: the example's quoted arguments are masked while they are counted and replaced.
  const masked = carried.replace(QUOTED, (match) => '\u0000'.repeat(match.length));
  const replaced = replaceInOrder(masked, NUMBER, numbers(example), numbers(text), (value) => value);
  carried = [...replaced].map((char, index) => (char === '\u0000' ? carried[index] : char)).join('');
  return candidate.matches(carried) ? carried : example;
}

export interface SuggestionIndex<C extends SuggestionCandidate> {
  /** The closest defined steps to `text` (a step text, keyword allowed), best first; none when nothing is close. */
  suggest(text: string, limit?: number): Suggestion<C>[];
}

/** Tokenizes the candidates once; the index then answers any number of undefined steps. */
export function suggestionIndex<C extends SuggestionCandidate>(candidates: readonly C[]): SuggestionIndex<C> {
  const entries = candidates.map((candidate) => {
    const regex = candidate.pattern.startsWith('/');
    const example = candidate.example !== null ? stripKeyword(candidate.example) : regex ? null : exampleOfExpression(candidate);
    return { candidate, example, tokens: tokenize(example ?? wordsOfRegex(candidate.pattern)) };
  });
  const weight = weigher(entries.map((entry) => entry.tokens));
  return {
    suggest(text, limit = 3) {
      const step = tokenize(text);
      const scored = entries
        .map((entry) => ({ entry, score: similarity(step, entry.tokens, weight) }))
        .filter(({ score }) => score >= MIN_SCORE)
        .sort((a, b) => b.score - a.score);
      const best = scored[0]?.score ?? 0;
      return scored
        .filter(({ score }) => score >= best - MARGIN)
        .slice(0, limit)
        .map(({ entry, score }) => ({
          // A regular expression that no sentence illustrates is shown as it is written.
          sentence: entry.example === null ? entry.candidate.pattern : carryArguments(stripKeyword(text), entry.candidate, entry.example),
          candidate: entry.candidate,
          score,
        }));
    },
  };
}
