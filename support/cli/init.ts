/**
 * `cucumber-mink init`: the files a project needs to run features with cucumber-mink, copied from
 * the package's templates/ folder, its npm scripts, and the editor settings that show every step
 * (.vscode/settings.json, merged). Nothing that exists is overwritten unless forced, and the
 * project's own tsconfig.json is never replaced.
 */
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from './package-root';
import { addProjectScripts, PROJECT_SCRIPTS, type ScriptChanges } from './project-scripts';
import { missingDependencies, readInstalledVersions } from './project-dependencies';
import { addEditorSettings, EDITOR_SETTINGS, EDITOR_SETTINGS_FILE, type SettingsChanges } from './editor-settings';

/** Template path (under templates/) → path in the project. */
export const INIT_FILES: ReadonlyArray<{ template: string; target: string; replaceable: boolean }> = [
  { template: 'cucumber.config.ts', target: 'cucumber.config.ts', replaceable: true },
  { template: 'cucumber.cjs', target: 'cucumber.cjs', replaceable: true },
  { template: 'features/example.feature', target: 'features/example.feature', replaceable: true },
  { template: 'steps/example.steps.ts', target: 'steps/example.steps.ts', replaceable: true },
  // The project's compiler settings are its own: written only when there are none.
  { template: 'tsconfig.json', target: 'tsconfig.json', replaceable: false },
];

interface InitOptions {
  cwd: string;
  force?: boolean;
  /** Defaults to the package's templates/ folder. */
  templatesDir?: string;
}

interface InitResult {
  written: string[];
  overwritten: string[];
  /** Files left as they were, because they exist. */
  skipped: string[];
  scripts: ScriptChanges;
  /** The Cucumber keys of .vscode/settings.json: where the editor finds the features and their steps. */
  editor: SettingsChanges;
}

function templatesDirectory(): string {
  return path.join(packageRoot(), 'templates');
}

export function initProject(options: InitOptions): InitResult {
  const force = options.force ?? false;
  const templates = options.templatesDir ?? templatesDirectory();
  const result: InitResult = {
    written: [],
    overwritten: [],
    skipped: [],
    scripts: { created: false, added: [], replaced: [], kept: [], placeholders: [], earlierDefaults: [] },
    editor: { created: false, added: [], replaced: [], kept: [], hasComments: false },
  };
  for (const file of INIT_FILES) {
    const target = path.join(options.cwd, file.target);
    const exists = fs.existsSync(target);
    if (exists && !(force && file.replaceable)) {
      result.skipped.push(file.target);
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(templates, file.template), target);
    (exists ? result.overwritten : result.written).push(file.target);
  }
  result.scripts = addProjectScripts(options.cwd, force);
  result.editor = addEditorSettings(options.cwd, force);
  return result;
}

/** What init did, in the words a user reads after running it. */
export function describeInit(result: InitResult, cwd: string): string {
  const lines: string[] = [];
  for (const file of result.written) lines.push(`  wrote        ${file}`);
  for (const file of result.overwritten) lines.push(`  overwrote    ${file}`);
  for (const file of result.skipped) lines.push(`  kept         ${file} (it exists${file === 'tsconfig.json' ? '' : '; --force replaces it'})`);
  const scripts = result.scripts;
  if (scripts.created) lines.push('  wrote        package.json');
  for (const name of [...scripts.added, ...scripts.replaced]) {
    const note = scripts.placeholders.includes(name)
      ? " (replaces npm's placeholder that only fails)"
      : scripts.earlierDefaults.includes(name)
        ? ' (replaces what an earlier init wrote; the same suite, run with a V8 pool that leaves the machine a core)'
        : '';
    lines.push(`  script       "${name}": "${PROJECT_SCRIPTS[name]}"${note}`);
  }
  for (const name of scripts.kept) {
    lines.push(`  kept script  "${name}" (it exists; --force sets it to "${PROJECT_SCRIPTS[name]}")`);
  }
  const editor = result.editor;
  const keys = (names: string[]) => names.map((name) => `"${name}"`).join(', ');
  if (editor.created) lines.push(`  wrote        ${EDITOR_SETTINGS_FILE} (the editor's Cucumber extension finds every step)`);
  else if (editor.added.length > 0 || editor.replaced.length > 0) {
    lines.push(`  settings     ${keys([...editor.added, ...editor.replaced])} in ${EDITOR_SETTINGS_FILE}`);
  }
  for (const name of editor.kept) {
    const how = editor.hasComments ? 'the file has comments: set it by hand to' : '--force sets it to';
    lines.push(`  kept setting "${name}" in ${EDITOR_SETTINGS_FILE} (it exists; ${how} ${JSON.stringify(EDITOR_SETTINGS[name])})`);
  }
  lines.push('');
  const needs = missingDependencies(readInstalledVersions(cwd));
  if (needs.length > 0) {
    lines.push('Install what the generated files need:');
    for (const need of needs) lines.push(`  ${need.spec}: ${need.reason}`);
    lines.push(`  npm install --save-dev ${needs.map((need) => need.spec).join(' ')}`, '');
  }
  lines.push(
    'Next:',
    '  npm test              every scenario (@javascript ones in a browser)',
    '  npm run test:ci       every scenario except @javascript: no browser needed',
    '  npx cucumber-mink steps [filter]   every step you can write, with an example',
    'With BASE_URL unset the features run against the embedded demo app; set BASE_URL (or baseUrl in',
    'cucumber.config.ts) to test your own site.',
  );
  return lines.join('\n');
}
