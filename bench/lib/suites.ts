/** How each measured suite loads: our harness from TypeScript sources, or cucumber alone with no-op steps. */
import path from 'node:path';
import type { SuiteSpec } from '../cucumber-runner';
import { PROJECT_ROOT } from './processes';

export const REGISTER_SOURCE = path.join(PROJECT_ROOT, 'support', 'register.ts');

export function minkSuite(name: string, feature: string, baseUrl: string, tags = ''): SuiteSpec {
  return {
    name,
    paths: [feature],
    require: [REGISTER_SOURCE],
    requireModule: [require.resolve('../../support/typescript-hook.cjs')],
    worldParameters: { baseUrl },
    tags,
  };
}

export function noopSuite(name: string, feature: string, noopSteps: string): SuiteSpec {
  return { name, paths: [feature], require: [noopSteps], requireModule: [], worldParameters: {} };
}
