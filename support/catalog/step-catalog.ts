/**
 * The list of step definitions a configuration provides (ours and the project's own), read the way
 * cucumber reads them, for the README's step reference and `cucumber-mink steps`.
 */
import path from 'node:path';
import { supportCodeLibraryBuilder } from '@cucumber/cucumber';
import crypto from 'node:crypto';

export interface StepEntry {
  keyword: string;
  pattern: string;
  /** Source file relative to the working directory. */
  uri: string;
  line: number;
  example: string | null;
  /** Cucumber's own matching, for regular expressions and Cucumber Expressions alike. */
  matches(text: string): boolean;
}

const KEYWORD = /^(Given|When|Then|And|But|\*) /;

export function stripKeyword(sentence: string): string {
  return sentence.replace(KEYWORD, '');
}

type LoadedDefinition = {
  keyword: string;
  pattern: string | RegExp;
  uri: string;
  line: number;
  matchesStepName(text: string): boolean;
};

/**
 * Modules register their steps when first required; a second load would find them cached and
 * register nothing, so the definitions of a set of files are remembered.
 */
const loaded = new Map<string, LoadedDefinition[]>();

function loadDefinitions(files: readonly string[]): LoadedDefinition[] {
  const key = files.map((file) => path.resolve(file)).join('\n');
  const known = loaded.get(key);
  if (known) return known;
  supportCodeLibraryBuilder.reset(process.cwd(), () => crypto.randomUUID());
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.resolve(file));
  }
  const definitions = supportCodeLibraryBuilder.finalize().stepDefinitions;
  loaded.set(key, definitions);
  return definitions;
}

/** Load the given support files into a fresh cucumber library and list its step definitions. */
export function loadStepCatalog(files: readonly string[], examples: readonly string[] = []): StepEntry[] {
  return loadDefinitions(files).map((definition) => {
    const matches = (text: string) => definition.matchesStepName(text);
    const example = examples.find((sentence) => matches(stripKeyword(sentence))) ?? null;
    return {
      keyword: definition.keyword,
      pattern: definition.pattern instanceof RegExp ? definition.pattern.source : definition.pattern,
      uri: definition.uri,
      line: definition.line,
      example,
      matches,
    };
  });
}

/** Step definitions whose pattern matches the sentence (exactly one is the healthy answer). */
export function definitionsMatching(entries: readonly StepEntry[], sentence: string): StepEntry[] {
  const text = stripKeyword(sentence);
  return entries.filter((entry) => entry.matches(text));
}

const SECTION_TITLES: Record<string, string> = {
  navigation: 'Navigation',
  forms: 'Forms',
  address: 'Address and status',
  'page-text': 'Page text',
  elements: 'Elements (CSS)',
  fields: 'Fields and checkboxes',
  debugging: 'Debugging',
  'http-extras': 'Headers, auth, cookies, JSON',
  browser: 'Browser only (`@javascript`)',
  'element-actions': 'Acting on elements located by CSS',
  scoped: 'Inside an element (scoping)',
  api: 'API requests',
  'session-state': 'Saved session state (both drivers)',
  pause: 'Fixed pause (both drivers)',
};

/** Markdown: one table per step file, each row an example sentence and its pattern. */
export function renderStepReference(entries: readonly StepEntry[]): string {
  const byFile = new Map<string, StepEntry[]>();
  for (const entry of entries) {
    const group = byFile.get(entry.uri) ?? [];
    group.push(entry);
    byFile.set(entry.uri, group);
  }
  const sections: string[] = [];
  for (const [uri, group] of byFile) {
    const name = path.basename(uri).replace(/\.[jt]s$/, '');
    sections.push(`#### ${SECTION_TITLES[name] ?? name}\n`);
    sections.push('| Example | Pattern |', '|---|---|');
    for (const entry of group) {
      const example = entry.example ?? `${entry.keyword} …`;
      sections.push(`| \`${escapeCell(example)}\` | \`${escapeCell(entry.pattern)}\` |`);
    }
    sections.push('');
  }
  return sections.join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
