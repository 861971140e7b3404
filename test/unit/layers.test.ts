/**
 * Arrows point down (docs/architecture.md): config is the ground floor and imports nothing of the
 * harness outside itself; a driver imports only what lies below the Session (the drivers' shared
 * modules in support/drivers/, config, the selectors) and stays out of the other driver's folder.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const SUPPORT = path.resolve(__dirname, '../../support');

/** `import … from 'x'`, `import 'x'`, `export … from 'x'`, `require('x')` and `import('x')`; not `require.resolve('x')`, which only names a file. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*|\brequire\(\s*|\bimport\(\s*)['"]([^'"]+)['"]/g;

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.[cm]?[jt]s$/.test(entry.name) ? [file] : [];
  });
}

/** Every import of the files under `folder`: the importing file, what it names, and the file it names (null for a package). */
function importsUnder(folder: string): { file: string; specifier: string; target: string | null }[] {
  return sourceFiles(path.join(SUPPORT, folder)).flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(IMPORT)].map(([, specifier]) => ({
      file: path.relative(SUPPORT, file),
      specifier,
      target: specifier.startsWith('.') ? path.relative(SUPPORT, path.resolve(path.dirname(file), specifier)) : null,
    })),
  );
}

function within(target: string, folder: string): boolean {
  return target === folder || target.startsWith(`${folder}${path.sep}`);
}

test('config imports nothing outside support/config/ but node built-ins and cucumber', () => {
  const imports = importsUnder('config');
  assert.ok(imports.length > 0, 'the config files were read');
  const outside = imports.filter(({ specifier, target }) =>
    target === null ? !specifier.startsWith('node:') && !specifier.startsWith('@cucumber/') : !within(target, 'config'),
  );
  assert.deepEqual(outside.map(({ file, specifier }) => `${file} imports ${specifier}`), []);
});

test('a driver imports only the drivers\' shared modules, config, the selectors and packages; never the other driver', () => {
  const driverFolders = [path.join('drivers', 'http'), path.join('drivers', 'browser')];
  const imports = importsUnder('drivers');
  assert.ok(imports.length > 0, 'the driver files were read');
  const wrong = imports.filter(({ file, target }) => {
    if (target === null) return false;
    const otherDriver = driverFolders.find((folder) => !within(file, folder) && within(target, folder));
    return otherDriver !== undefined || !['drivers', 'config', 'selectors'].some((folder) => within(target, folder));
  });
  assert.deepEqual(wrong.map(({ file, specifier }) => `${file} imports ${specifier}`), []);
});
