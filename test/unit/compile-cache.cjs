'use strict';
/**
 * Run before `test:unit`: compiles the TypeScript the unit tests load into the TypeScript hook's
 * cache, in one process. The test runner then starts one process per test file; on a fresh checkout
 * each of them would otherwise load the TypeScript compiler for its own cache misses (a second or
 * more each, most of a cold unit run). Nothing is run here, only compiled; with a warm cache it
 * only reads and hashes the files.
 */
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

require('../../support/typescript-hook.cjs');

const ROOT = path.resolve(__dirname, '..', '..');
/** Where the unit tests' TypeScript comes from: the code under test, and the tests themselves. */
const FOLDERS = ['support', 'steps', 'bench/lib', 'scripts', 'test/unit', 'test/conformance', 'test/fixtures'];

function typeScriptFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

// The hook's loader compiles (through its cache) and hands the output to _compile, which runs it.
const compileOnly = { _compile() {} };
for (const folder of FOLDERS) {
  const dir = path.join(ROOT, folder);
  if (!fs.existsSync(dir)) continue;
  for (const file of typeScriptFiles(dir)) Module._extensions['.ts'](compileOnly, file);
}
