/**
 * What the generated files need from the project's own node_modules, checked after `init` so a
 * missing or unusable package is named before the first `npm test` rather than in a stack trace.
 */
import fs from 'node:fs';

interface InstalledVersions {
  cucumber: string | null;
  tsNode: string | null;
  typescript: string | null;
  typesNode: string | null;
}

function installedVersion(name: string, cwd: string): string | null {
  try {
    const manifest = require.resolve(`${name}/package.json`, { paths: [cwd] });
    return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

export function readInstalledVersions(cwd: string): InstalledVersions {
  return {
    cucumber: installedVersion('@cucumber/cucumber', cwd),
    tsNode: installedVersion('ts-node', cwd),
    typescript: installedVersion('typescript', cwd),
    typesNode: installedVersion('@types/node', cwd),
  };
}

function major(version: string): number {
  return Number.parseInt(version, 10);
}

/**
 * Packages to install (npm specs), each with the reason. Empty when the project is ready.
 * cucumber-js 13 needs Node 22; ts-node cannot drive TypeScript 7 (the native compiler).
 */
export function missingDependencies(installed: InstalledVersions, nodeVersion: string = process.versions.node): Array<{ spec: string; reason: string }> {
  const nodeMajor = major(nodeVersion);
  const needs: Array<{ spec: string; reason: string }> = [];
  if (installed.cucumber === null) needs.push({ spec: '@cucumber/cucumber@12', reason: 'runs the features' });
  else if (major(installed.cucumber) >= 13 && nodeMajor < 22) {
    needs.push({ spec: '@cucumber/cucumber@12', reason: `@cucumber/cucumber ${installed.cucumber} needs Node 22 or later (this is Node ${nodeVersion})` });
  }
  if (installed.tsNode === null) needs.push({ spec: 'ts-node', reason: 'loads cucumber.config.ts and your step files' });
  if (installed.typescript === null) needs.push({ spec: 'typescript@5', reason: 'ts-node compiles with it' });
  else if (major(installed.typescript) >= 7) {
    needs.push({ spec: 'typescript@5', reason: `ts-node cannot use TypeScript ${installed.typescript}` });
  }
  if (installed.typesNode === null) needs.push({ spec: `@types/node@${nodeMajor}`, reason: 'tsconfig.json type-checks against Node' });
  return needs;
}
