/**
 * cucumber-js config files for whole-process runs: cucumber alone, our harness from TypeScript
 * sources (how this repository runs itself), and from compiled JavaScript (how a project that
 * installed the package runs it), with or without ts-node for the project's own step files.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './processes';
import { REGISTER_SOURCE } from './suites';
import { NOOP_STEPS_JS, WORK_DIR } from './workload';

export const COMPILED_DIR = path.join(WORK_DIR, 'dist');
export const COMPILED_REGISTER = path.join(COMPILED_DIR, 'support', 'register.js');

/** Compiles support/ and steps/ as `npm run build` does, into the bench's own folder. */
export function compileHarness(): void {
  fs.rmSync(COMPILED_DIR, { recursive: true, force: true });
  const tsc = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(PROJECT_ROOT, 'tsconfig.build.json'), '--outDir', COMPILED_DIR], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export type Loading = 'bare' | 'mink-ts-node' | 'mink-compiled' | 'mink-compiled+user-ts';

export interface ConfigOptions {
  readonly loading: Loading;
  readonly paths: string[];
  readonly worldParameters?: Record<string, unknown>;
}

const USER_STEP_TS = `import { Then } from '@cucumber/cucumber';

Then('the project step runs', function () {
  // A project's own TypeScript step, compiled by ts-node at load time.
});
`;

const USER_STEP_JS = `const { Then } = require('@cucumber/cucumber');
Then('the project step runs', function () {});
`;

/** cucumber-js alone: the generated lines and the project step, all doing nothing. */
const BARE_STEPS_JS = `${NOOP_STEPS_JS}Then('the project step runs', function () {});
`;

export function writeOnce(file: string, text: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** Returns the path relative to the project root: cucumber-js 12 prefixes `--config` with the cwd even when absolute. */
export function writeConfig(name: string, options: ConfigOptions): string {
  const requireFiles: string[] = [];
  const requireModule: string[] = [];
  switch (options.loading) {
    case 'bare':
      requireFiles.push(writeOnce(path.join(WORK_DIR, 'bare-steps', 'steps.js'), BARE_STEPS_JS));
      break;
    case 'mink-ts-node':
      requireModule.push(require.resolve('../../support/typescript-hook.cjs'));
      requireFiles.push(REGISTER_SOURCE, writeOnce(path.join(WORK_DIR, 'user-steps', 'steps.ts'), USER_STEP_TS));
      break;
    case 'mink-compiled':
      requireFiles.push(COMPILED_REGISTER, writeOnce(path.join(WORK_DIR, 'user-steps-js', 'steps.js'), USER_STEP_JS));
      break;
    case 'mink-compiled+user-ts':
      requireModule.push(require.resolve('../../support/typescript-hook.cjs'));
      requireFiles.push(COMPILED_REGISTER, writeOnce(path.join(WORK_DIR, 'user-steps', 'steps.ts'), USER_STEP_TS));
      break;
  }
  const config = {
    default: { paths: options.paths, require: requireFiles, requireModule, worldParameters: options.worldParameters ?? {}, format: [] },
  };
  const file = writeOnce(path.join(WORK_DIR, 'configs', `${name}.cjs`), `module.exports = ${JSON.stringify(config, null, 2)};\n`);
  return path.relative(PROJECT_ROOT, file);
}
