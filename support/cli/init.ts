/**
 * `cucumber-mink init`: the files a project needs to run features with cucumber-mink, copied from
 * the package's templates/ folder. Nothing that exists is overwritten unless forced, and the
 * project's own tsconfig.json is never replaced.
 */
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from './package-root';
import { addProjectScripts, PROJECT_SCRIPTS, type ScriptChanges } from './project-scripts';
import { missingDependencies, readInstalledVersions } from './project-dependencies';

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
}

function templatesDirectory(): string {
  return path.join(packageRoot(), 'templates');
}

export function initProject(options: InitOptions): InitResult {
  const force = options.force ?? false;
  const templates = options.templatesDir ?? templatesDirectory();
  const result: InitResult = { written: [], overwritten: [], skipped: [], scripts: { created: false, added: [], replaced: [], kept: [], placeholders: [] } };
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
    const note = scripts.placeholders.includes(name) ? " (replaces npm's placeholder that only fails)" : '';
    lines.push(`  script       "${name}": "${PROJECT_SCRIPTS[name]}"${note}`);
  }
  for (const name of scripts.kept) {
    lines.push(`  kept script  "${name}" (it exists; --force sets it to "${PROJECT_SCRIPTS[name]}")`);
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
