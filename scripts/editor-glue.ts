/**
 * Writes editor/cucumber-mink.steps.js: every step definition of ours as a literal pattern, for the
 * editors that read step definitions without running them (the Cucumber extension of VS Code, built on
 * @cucumber/language-server, and JetBrains' Cucumber.js plugin). They understand `When('…')` and
 * `When(/…/)` only, while our patterns are built from template strings in compiled code.
 *
 * Each regular expression becomes Cucumber Expressions where it can (the editor completes those:
 * `(I )fill in {string} with {string}`), else stays the regular expression (the editor checks steps
 * against it, but completes only wordings the features already use). Every example sentence of a step
 * must match what is written for it, or the regular expression is written instead.
 *
 * `npm run build` regenerates the file, `npm run editor:glue -- --check` only compares (a unit test
 * does the same). No run loads it; loading it would define nothing.
 */
import path from 'node:path';
import { CucumberExpression, ParameterTypeRegistry } from '@cucumber/cucumber-expressions';
import { loadStepCatalog, type StepEntry } from '../support/catalog/step-catalog';
import { runScript, writeOrCheck } from './generated-file';

const ROOT = path.join(__dirname, '..');
export const EDITOR_GLUE = path.join(ROOT, 'editor', 'cucumber-mink.steps.js');

// ---------------------------------------------------------------------------------------------
// A small parser for the regular expressions our steps are made of (steps/patterns.ts).

type RegexNode =
  | { kind: 'char'; value: string }
  | { kind: 'class'; source: string }
  | { kind: 'group'; capturing: boolean; alternatives: RegexNode[][]; source: string }
  | { kind: 'optional'; node: RegexNode }
  | { kind: 'other'; source: string };

class Unsupported extends Error {}

function parseRegex(source: string): RegexNode[] {
  let position = 0;
  const parseAlternatives = (): RegexNode[][] => {
    const alternatives: RegexNode[][] = [[]];
    while (position < source.length) {
      const char = source[position];
      if (char === ')') break;
      if (char === '|') {
        position += 1;
        alternatives.push([]);
        continue;
      }
      const start = position;
      let node: RegexNode;
      if (char === '\\') {
        const escaped = source[position + 1];
        position += 2;
        node = /[dwsDWSbB]/.test(escaped) ? { kind: 'class', source: `\\${escaped}` } : { kind: 'char', value: escaped };
      } else if (char === '[') {
        let end = position + 1;
        if (source[end] === '^') end += 1;
        if (source[end] === ']') end += 1;
        while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
        if (end >= source.length) throw new Unsupported(`unclosed class in ${source}`);
        position = end + 1;
        node = { kind: 'class', source: source.slice(start, position) };
      } else if (char === '(') {
        const capturing = !source.startsWith('(?', position);
        if (!capturing && !source.startsWith('(?:', position)) throw new Unsupported(`group ${source.slice(position, position + 3)}`);
        position += capturing ? 1 : 3;
        const inner = parseAlternatives();
        if (source[position] !== ')') throw new Unsupported(`unclosed group in ${source}`);
        position += 1;
        node = { kind: 'group', capturing, alternatives: inner, source: source.slice(start, position) };
      } else if (char === '.' || char === '^' || char === '$') {
        position += 1;
        node = { kind: 'other', source: char };
      } else {
        position += 1;
        node = { kind: 'char', value: char };
      }
      const quantifier = source[position];
      const current = alternatives[alternatives.length - 1];
      if (quantifier === '?') {
        position += 1;
        current.push({ kind: 'optional', node });
      } else if (quantifier === '*' || quantifier === '+' || quantifier === '{') {
        // A repetition outside a parameter has no literal form.
        const end = quantifier === '{' ? source.indexOf('}', position) + 1 : position + 1;
        const repeated = source.slice(start, end);
        position = end;
        current.push({ kind: 'other', source: repeated });
      } else {
        current.push(node);
      }
    }
    return alternatives;
  };
  const nodes = parseAlternatives();
  if (position !== source.length || nodes.length !== 1) throw new Unsupported(`alternation at the top of ${source}`);
  return nodes[0];
}

// ---------------------------------------------------------------------------------------------
// From the parsed regular expression to Cucumber Expressions.

/** What a capturing group holds, by its source: the parameter types it becomes. */
const PARAMETERS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['("(?:[^"\\\\]|\\\\.)*")', ['{string}']],
  ['(\\d+)', ['{int}']],
  ['(\\d+(?:\\.\\d+)?)', ['{float}']],
  ['(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)', ['{float}']],
  ['([A-Za-z]+)', ['{word}']],
  // A JSON node: quoted, or a bare path.
  ['("(?:[^"\\\\]|\\\\.)*"|[\\w.\\[\\]$>-]+)', ['{string}', '{word}']],
];
/** Group sources that, between two literal quotes, make a quoted argument: `"…"` is `{string}`. */
const QUOTED_BODIES = new Set(['((?:[^"\\\\]|\\\\.)*)', '([^"]*)']);

const SPECIAL = /[(){}/\\]/;

function escapeText(text: string): string {
  return text.replace(/[(){}/\\]/g, (char) => `\\${char}`);
}

function plainText(nodes: readonly RegexNode[]): string | null {
  let text = '';
  for (const node of nodes) {
    if (node.kind !== 'char') return null;
    text += node.value;
  }
  return text;
}

const isQuote = (node: RegexNode | undefined) => node?.kind === 'char' && node.value === '"';
const isOptionalQuote = (node: RegexNode | undefined) => node?.kind === 'optional' && isQuote(node.node);
/** `[Uu]`: one letter in either case. */
const caseClass = (node: RegexNode | undefined): string | null => {
  if (node?.kind !== 'class') return null;
  const match = /^\[([A-Z])([a-z])\]$/.exec(node.source);
  return match && match[1].toLowerCase() === match[2] ? match[2] : null;
};

/** Each alternative of a sequence, as expression text; cartesian products of the choices inside. */
function expressions(nodes: readonly RegexNode[]): string[] {
  let results = [''];
  const append = (choices: readonly string[]) => {
    results = results.flatMap((prefix) => choices.map((choice) => prefix + choice));
    if (results.length > 16) throw new Unsupported('too many variants');
  };
  const boundedByWords = (index: number, length: number) => {
    const before = nodes[index - 1];
    const after = nodes[index + length];
    const space = (node: RegexNode | undefined) => node === undefined || (node.kind === 'char' && node.value === ' ');
    return space(before) && space(after);
  };
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index];
    // "…": a quoted argument.
    if (isQuote(node) && nodes[index + 1]?.kind === 'group' && isQuote(nodes[index + 2])) {
      const group = nodes[index + 1] as Extract<RegexNode, { kind: 'group' }>;
      if (group.capturing && QUOTED_BODIES.has(group.source)) {
        append(['{string}']);
        index += 2;
        continue;
      }
    }
    // "?…"?: an argument written with or without quotes.
    if (isOptionalQuote(node) && nodes[index + 1]?.kind === 'group' && isOptionalQuote(nodes[index + 2])) {
      const group = nodes[index + 1] as Extract<RegexNode, { kind: 'group' }>;
      const types = PARAMETERS.find(([source]) => source === group.source)?.[1];
      if (!types) throw new Unsupported(`argument ${group.source}`);
      // {word} takes the quotes too; a number needs the quoted form written out.
      append(types.flatMap((type) => (type === '{word}' ? [type] : [type, `"${type}"`])));
      index += 2;
      continue;
    }
    // [Uu][Rr][Ll]: a word in either case.
    if (caseClass(node) !== null) {
      let word = '';
      let length = 0;
      while (caseClass(nodes[index + length]) !== null) word += caseClass(nodes[index + length++]);
      if (!boundedByWords(index, length)) throw new Unsupported('case class inside a word');
      append([`${word.toUpperCase()}/${word}`]);
      index += length - 1;
      continue;
    }
    switch (node.kind) {
      case 'char':
        append([escapeText(node.value)]);
        break;
      case 'optional': {
        // `an?`, `elements?`: an optional letter after a letter.
        const previous = nodes[index - 1];
        if (node.node.kind === 'char' && /[a-z]/i.test(node.node.value) && previous?.kind === 'char' && /[a-z]/i.test(previous.value)) {
          append([`(${node.node.value})`]);
        } else if (node.node.kind === 'group' && !node.node.capturing) {
          append(groupChoices(node.node, true, boundedByWords(index, 1)));
        } else {
          throw new Unsupported(`optional ${JSON.stringify(node.node)}`);
        }
        break;
      }
      case 'group': {
        const types = PARAMETERS.find(([source]) => source === node.source)?.[1];
        if (node.capturing && types) append(types);
        else append(groupChoices(node, false, boundedByWords(index, 1)));
        break;
      }
      default:
        throw new Unsupported(`${node.kind} ${'source' in node ? node.source : ''}`);
    }
  }
  return results;
}

/** A group of alternatives: an optional `(the )`, an alternation `is/are`, or one expression per alternative. */
function groupChoices(group: Extract<RegexNode, { kind: 'group' }>, optional: boolean, bounded: boolean): string[] {
  const texts = group.alternatives.map(plainText);
  const words = texts.filter((text): text is string => text !== null && text !== '');
  const hasEmpty = optional || texts.includes('');
  if (texts.every((text) => text !== null)) {
    if (hasEmpty && words.length === 1 && !SPECIAL.test(words[0])) return [`(${words[0]})`];
    if (!hasEmpty && bounded && words.length > 1 && words.every((word) => /^[^\s()/{}\\]+$/.test(word))) return [words.join('/')];
  }
  const choices = group.alternatives.flatMap((alternative) => expressions(alternative));
  return hasEmpty && !choices.includes('') ? ['', ...choices] : choices;
}

const REGISTRY = new ParameterTypeRegistry();

/**
 * The Cucumber Expressions for one of our regular expressions, checked against its examples, or
 * null when it has no faithful literal form.
 */
export function cucumberExpressionsFor(pattern: RegExp, examples: readonly string[]): string[] | null {
  if (pattern.flags !== '' || !pattern.source.startsWith('^') || !pattern.source.endsWith('$')) return null;
  let written: string[];
  try {
    written = [...new Set(expressions(parseRegex(pattern.source.slice(1, -1))))];
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  const compiled = written.map((expression) => new CucumberExpression(expression, REGISTRY));
  const covered = examples.every((example) => compiled.some((expression) => expression.match(example) !== null));
  return covered ? written : null;
}

// ---------------------------------------------------------------------------------------------
// The file.

function stripKeyword(sentence: string): string {
  return sentence.replace(/^(Given|When|Then|And|But|\*) /, '');
}

/** A JavaScript literal the language service reads back as written: a template literal keeps backslashes raw. */
function stringLiteral(expression: string): string {
  if (!/[\\']/.test(expression)) return `'${expression}'`;
  if (/[`$]/.test(expression)) throw new Error(`cannot write ${expression} as a literal`);
  return `\`${expression}\``;
}

export function renderEditorGlue(entries: readonly StepEntry[]): string {
  const lines = [
    '// Generated from the step definitions by `npm run editor:glue` (and `npm run build`): do not edit.',
    '//',
    '// Every cucumber-mink step as a literal pattern, for editors that read step definitions without',
    '// running them: the Cucumber extension of VS Code (@cucumber/language-server) and JetBrains',
    "// Cucumber.js plugin. Add this file to the editor's glue (`cucumber-mink init` writes",
    '// .vscode/settings.json that does). No run loads it, and loading it defines nothing: Given, When',
    '// and Then are local functions that do nothing.',
    "'use strict';",
    '',
    'function Given() {}',
    'function When() {}',
    'function Then() {}',
  ];
  let currentUri: string | null = null;
  for (const entry of entries) {
    if (entry.uri !== currentUri) {
      lines.push('', `// ${entry.uri}`);
      currentUri = entry.uri;
    }
    const keyword = ['Given', 'When', 'Then'].includes(entry.keyword) ? entry.keyword : 'Given';
    const examples = entry.example ? [stripKeyword(entry.example)] : [];
    const literal = /^\/(.*)\/([a-z]*)$/s.exec(entry.pattern);
    const pattern = literal ? new RegExp(literal[1], literal[2]) : null;
    const written = pattern ? cucumberExpressionsFor(pattern, examples) : [entry.source];
    if (entry.example) lines.push(`// e.g. ${entry.example}`);
    if (written) {
      for (const expression of written) {
        const literal = stringLiteral(expression);
        // The backslashes of a Cucumber Expression are for the editor, which reads the literal raw.
        if (literal.startsWith('`')) lines.push('// eslint-disable-next-line no-useless-escape');
        lines.push(`${keyword}(${literal}, () => {});`);
      }
    } else {
      lines.push(`${keyword}(${entry.pattern}, () => {});`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function expectedEditorGlue(): Promise<string> {
  return renderEditorGlue(await loadStepCatalog([require.resolve('../support/register')], ROOT));
}

if (require.main === module) {
  runScript(async () => writeOrCheck(EDITOR_GLUE, await expectedEditorGlue(), 'npm run editor:glue'));
}
