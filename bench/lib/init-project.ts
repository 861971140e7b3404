/**
 * A project exactly as `cucumber-mink init` writes it (TypeScript config, cucumber.cjs requiring
 * the TypeScript hook, TypeScript steps), with the package installed the way npm lays it out: the
 * compiled dist/, bin/, templates/ and the hook under node_modules/cucumber-mink. Everything else (@cucumber/cucumber,
 * ts-node, undici …) resolves from this repository's node_modules, as it would from the project's.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { COMPILED_DIR } from './configs';
import { CUCUMBER_BIN, PROJECT_ROOT } from './processes';
import { WORK_DIR } from './workload';

export const INIT_PROJECT_DIR = path.join(WORK_DIR, 'init-project');

/** Builds the project afresh (compileHarness must have run) with the generated features in place of init's example. */
export function writeInitProject(featuresDir: string): string {
  fs.rmSync(INIT_PROJECT_DIR, { recursive: true, force: true });
  const installed = path.join(INIT_PROJECT_DIR, 'node_modules', 'cucumber-mink');
  fs.mkdirSync(installed, { recursive: true });
  fs.copyFileSync(path.join(PROJECT_ROOT, 'package.json'), path.join(installed, 'package.json'));
  fs.cpSync(COMPILED_DIR, path.join(installed, 'dist'), { recursive: true });
  // Everything else the package ships (package.json "files": bin/, templates/, the TypeScript hook and
  // the formatters' entry points the default formats name …), as it is.
  const { files } = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { files: string[] };
  for (const entry of files.map((file) => file.replace(/\/$/, '')).filter((file) => file !== 'dist')) {
    fs.cpSync(path.join(PROJECT_ROOT, entry), path.join(installed, entry), { recursive: true });
  }
  execFileSync(process.execPath, [path.join(installed, 'bin', 'cucumber-mink.js'), 'init'], { cwd: INIT_PROJECT_DIR, stdio: 'ignore' });
  // The user's features are theirs; config and steps stay exactly as init wrote them.
  const features = path.join(INIT_PROJECT_DIR, 'features');
  fs.rmSync(features, { recursive: true, force: true });
  fs.cpSync(featuresDir, features, { recursive: true });
  return INIT_PROJECT_DIR;
}

/**
 * What `npm test` runs in the project (its test script, as init wrote it), as Node's arguments: npm's
 * own start is left out, as the Behat rows run behat itself.
 */
export function initTestCommand(dir: string = INIT_PROJECT_DIR): string[] {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [tool, ...args] = scripts.test.trim().split(/\s+/);
  if (tool === 'cucumber-mink') return [path.join(dir, 'node_modules', 'cucumber-mink', 'bin', 'cucumber-mink.js'), ...args];
  if (tool === 'cucumber-js') return [CUCUMBER_BIN, ...args];
  throw new Error(`the init project's test script is "${scripts.test}": the bench runs cucumber-mink or cucumber-js`);
}
