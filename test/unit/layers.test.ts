/**
 * Arrows point down (docs/architecture.md): config is the ground floor and imports nothing of the
 * harness outside itself; each driver stays out of the other's folder (what both use sits in
 * support/drivers/) and out of everything above the drivers.
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

test('a driver imports neither the other driver nor anything above the drivers', () => {
  const above = ['session', 'steps', 'world', 'hooks', 'runtime', 'register', 'index', 'cli', 'catalog', 'demo-app'];
  const wrong = importsUnder('drivers').filter(({ file, target }) => {
    if (target === null) return false;
    const other = within(file, path.join('drivers', 'http')) ? path.join('drivers', 'browser') : path.join('drivers', 'http');
    const ownFolder = within(file, path.join('drivers', 'http')) || within(file, path.join('drivers', 'browser'));
    return (ownFolder && within(target, other)) || above.some((name) => within(target, name) || within(target, path.join('..', name)));
  });
  assert.deepEqual(wrong.map(({ file, specifier }) => `${file} imports ${specifier}`), []);
});
