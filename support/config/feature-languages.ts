/**
 * The Gherkin languages a run's features are written in: the `# language: xx` line a feature file may
 * start with, else cucumber's default language. A run loads the step translations of exactly these,
 * so an English suite matches every step against English patterns only.
 */
import fs from 'node:fs';
import path from 'node:path';

const LANGUAGE_LINE = /^\s*#\s*language\s*:\s*([A-Za-z-]+)\s*$/;
const HEADER_BYTES = 4096;

/** `# language:` of a feature file, read from the comments before its first line of Gherkin. */
function declaredLanguage(file: string): string | null {
  let header: string;
  try {
    const handle = fs.openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(HEADER_BYTES);
      header = buffer.subarray(0, fs.readSync(handle, buffer, 0, HEADER_BYTES, 0)).toString('utf8');
    } finally {
      fs.closeSync(handle);
    }
  } catch {
    return null;
  }
  for (const line of header.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const language = LANGUAGE_LINE.exec(line)?.[1];
    if (language) return language;
    if (line.trim() !== '' && !line.trim().startsWith('#')) return null;
  }
  return null;
}

function featureFilesUnder(folder: string, found: string[]): void {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) featureFilesUnder(full, found);
    else if (entry.name.endsWith('.feature')) found.push(full);
  }
}

/**
 * Feature files a path could name: the file itself (a `:line` suffix dropped), or every feature
 * under the folder before the first wildcard of a glob. A superset is harmless: it can only add a
 * language whose steps the run then does not use.
 */
function featureFiles(pattern: string, cwd: string): string[] {
  const withoutLines = pattern.replace(/(?::\d+)+$/, '');
  const staticPart = withoutLines.split(/[*?[{]/)[0];
  const base = path.resolve(cwd, staticPart.endsWith('/') || staticPart === withoutLines ? staticPart : path.dirname(staticPart));
  if (!fs.existsSync(base)) return [];
  if (fs.statSync(base).isFile()) return [base];
  const found: string[] = [];
  featureFilesUnder(base, found);
  return found;
}

/**
 * The features a rerun file names, one `path:line…` per line: cucumber-js takes a path whose file name
 * starts with @ (`@rerun.txt`, written by `--format rerun:@rerun.txt`) for one, relative to its cwd.
 */
function rerunEntries(file: string, cwd: string): string[] {
  try {
    return fs.readFileSync(path.join(cwd, file), 'utf8').split(/\s+/).filter(Boolean);
  } catch {
    return [];
  }
}

export function featureLanguages(paths: readonly string[], cwd: string, defaultLanguage = 'en'): string[] {
  const languages = new Set<string>();
  const named = paths.flatMap((pattern) => (path.basename(pattern).startsWith('@') ? rerunEntries(pattern, cwd) : [pattern]));
  for (const pattern of named) {
    for (const file of featureFiles(pattern, cwd)) languages.add(declaredLanguage(file) ?? defaultLanguage);
  }
  return [...languages].sort();
}
