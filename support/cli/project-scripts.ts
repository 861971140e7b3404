/**
 * The npm scripts `init` adds to the project's package.json. A script the user already wrote is
 * kept unless forced; npm's placeholder test script counts as absent.
 */
import fs from 'node:fs';
import path from 'node:path';

/** cucumber-js through `cucumber-mink run`, which starts it with a V8 thread pool that leaves the machine a core (support/cli/run-node-options.ts). */
export const PROJECT_SCRIPTS: Readonly<Record<string, string>> = {
  test: 'cucumber-mink run',
  'test:ci': 'cucumber-mink run --profile ci',
};

const NPM_PLACEHOLDER_TEST = /^echo "Error: no test specified" && exit 1$/;

/** What an earlier `init` wrote: replaced by today's scripts (which run the same suite), as npm's placeholder is. */
const EARLIER_DEFAULTS: Readonly<Record<string, string>> = { test: 'cucumber-js', 'test:ci': 'cucumber-js --profile ci' };

export interface ScriptChanges {
  /** package.json did not exist and was created. */
  created: boolean;
  added: string[];
  replaced: string[];
  kept: string[];
  /** Scripts that were npm's placeholder (`echo "Error: no test specified" && exit 1`), now replaced. */
  placeholders: string[];
  /** Scripts that were what an earlier init wrote (`cucumber-js`), now replaced. */
  earlierDefaults: string[];
}

type Manifest = { scripts?: Record<string, string> } & Record<string, unknown>;

/** The indentation of a JSON file's first member, to write it back the same way. */
export function detectIndent(text: string): string | number {
  const match = /^[{[]\r?\n([ \t]+)/.exec(text);
  return match ? match[1] : 2;
}

export function addProjectScripts(cwd: string, force: boolean): ScriptChanges {
  const file = path.join(cwd, 'package.json');
  const exists = fs.existsSync(file);
  const text = exists ? fs.readFileSync(file, 'utf8') : '';
  let manifest: Manifest;
  try {
    manifest = exists ? (JSON.parse(text) as Manifest) : { name: path.basename(cwd).toLowerCase(), private: true };
  } catch (error) {
    throw new Error(`package.json is not valid JSON (${(error as Error).message}); fix it and run init again.`);
  }
  const scripts = { ...(manifest.scripts ?? {}) };
  const changes: ScriptChanges = { created: !exists, added: [], replaced: [], kept: [], placeholders: [], earlierDefaults: [] };
  for (const [name, command] of Object.entries(PROJECT_SCRIPTS)) {
    const current = scripts[name];
    if (current === command) continue;
    if (current === undefined || NPM_PLACEHOLDER_TEST.test(current)) {
      changes.added.push(name);
      if (current !== undefined) changes.placeholders.push(name);
    } else if (current.trim() === EARLIER_DEFAULTS[name]) {
      changes.added.push(name);
      changes.earlierDefaults.push(name);
    }
    else if (force) changes.replaced.push(name);
    else {
      changes.kept.push(name);
      continue;
    }
    scripts[name] = command;
  }
  if (changes.created || changes.added.length > 0 || changes.replaced.length > 0) {
    manifest.scripts = scripts;
    const newline = text.endsWith('\n') || !exists ? '\n' : '';
    fs.writeFileSync(file, JSON.stringify(manifest, null, exists ? detectIndent(text) : 2) + newline);
  }
  return changes;
}
