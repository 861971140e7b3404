/**
 * The editor settings `init` writes: `.vscode/settings.json` tells the Cucumber extension (and any
 * client of @cucumber/language-server) where the features are, and where their steps are: the project's
 * own step files and the package's file of literal patterns (editor/cucumber-mink.steps.js), which the
 * language server can read where it cannot read our compiled steps.
 *
 * The keys are merged into a settings file that exists; a key the user set is kept unless forced.
 * VS Code allows comments in its settings: such a file gets the missing keys inserted as text, so
 * nothing of it is lost, and a key that is there stays as it is even when forced.
 */
import fs from 'node:fs';
import path from 'node:path';
import { detectIndent } from './project-scripts';

export const EDITOR_SETTINGS_FILE = '.vscode/settings.json';

/** The package's literal step patterns, where a project that installed the package has them. */
export const EDITOR_GLUE_IN_PROJECT = 'node_modules/cucumber-mink/editor/cucumber-mink.steps.js';

/** What init's templates use: features/**\/*.feature, and steps/**\/*.ts for the project's own steps. */
export const EDITOR_SETTINGS: Readonly<Record<string, readonly string[]>> = {
  'cucumber.features': ['features/**/*.feature'],
  'cucumber.glue': ['steps/**/*.ts', EDITOR_GLUE_IN_PROJECT],
};

export interface SettingsChanges {
  created: boolean;
  added: string[];
  replaced: string[];
  kept: string[];
  /** The file has comments (or trailing commas): a key there cannot be replaced without losing them. */
  hasComments: boolean;
}

/** The text without comments and trailing commas, strings left alone: what JSON.parse reads. */
export function stripJsonComments(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      out += text.slice(index, end + 1);
      index = end;
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index += 1;
      out += '\n';
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end < 0 ? text.length : end + 1;
    } else {
      out += char;
    }
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

function settingsError(file: string, reason: string): Error {
  return new Error(`${file} cannot be read (${reason}); fix it, or add "cucumber.features" and "cucumber.glue" by hand (docs/editor-and-reports.md).`);
}

export function addEditorSettings(cwd: string, force: boolean): SettingsChanges {
  const file = path.join(cwd, EDITOR_SETTINGS_FILE);
  const exists = fs.existsSync(file);
  const text = exists ? fs.readFileSync(file, 'utf8') : '';
  const changes: SettingsChanges = { created: !exists, added: [], replaced: [], kept: [], hasComments: false };
  let settings: Record<string, unknown> = {};
  if (exists && text.trim() !== '') {
    const plain = stripJsonComments(text);
    changes.hasComments = plain !== text;
    try {
      settings = JSON.parse(plain) as Record<string, unknown>;
    } catch (error) {
      throw settingsError(EDITOR_SETTINGS_FILE, (error as Error).message);
    }
    if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) throw settingsError(EDITOR_SETTINGS_FILE, 'it is not an object');
  }
  const wanted: Record<string, readonly string[]> = {};
  for (const [key, value] of Object.entries(EDITOR_SETTINGS)) {
    const current = settings[key];
    if (JSON.stringify(current) === JSON.stringify(value)) continue;
    if (current === undefined) changes.added.push(key);
    else if (force && !changes.hasComments) changes.replaced.push(key);
    else {
      changes.kept.push(key);
      continue;
    }
    wanted[key] = value;
  }
  if (Object.keys(wanted).length === 0 && exists) return changes;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (changes.hasComments) {
    fs.writeFileSync(file, insertKeys(text, wanted, detectIndent(text)));
  } else {
    const newline = text.endsWith('\n') || !exists ? '\n' : '';
    fs.writeFileSync(file, JSON.stringify({ ...settings, ...wanted }, null, exists ? detectIndent(text) : 2) + newline);
  }
  return changes;
}

/** The keys as text right after the opening brace, so the comments of the file stay where they are. */
function insertKeys(text: string, keys: Record<string, readonly string[]>, indent: string | number): string {
  const pad = typeof indent === 'number' ? ' '.repeat(indent) : indent;
  const brace = openingBrace(text);
  if (brace < 0) throw settingsError(EDITOR_SETTINGS_FILE, 'no object in it');
  const empty = /^\s*\}/.test(stripJsonComments(text.slice(brace + 1)));
  const entries = Object.entries(keys).map(([key, value]) => `${pad}${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `${text.slice(0, brace + 1)}\n${entries.join(',\n')}${empty ? '' : ','}${text.slice(brace + 1)}`;
}

/** Index of the first `{` outside comments. */
function openingBrace(text: string): number {
  for (let index = 0; index < text.length; index += 1) {
    if (text.startsWith('//', index)) index = text.indexOf('\n', index) < 0 ? text.length : text.indexOf('\n', index);
    else if (text.startsWith('/*', index)) index = text.indexOf('*/', index) < 0 ? text.length : text.indexOf('*/', index) + 1;
    else if (text[index] === '{') return index;
  }
  return -1;
}
