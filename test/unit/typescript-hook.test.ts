/**
 * The TypeScript hook (support/typescript-hook.cjs): TypeScript files load through ts-node once,
 * then from the cache without the compiler; edits are picked up; stacks point at TypeScript lines.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const HOOK = path.resolve(__dirname, '..', '..', 'support', 'typescript-hook.cjs');

// Interfaces vanish when compiled, so the throw's line in JavaScript is not its line in TypeScript.
const MODULE_TS = `interface Greeting {
  text: string;
  loud: boolean;
}

export const greeting: Greeting = { text: 'VALUE', loud: false };

export function fail(): never {
  throw new Error('failed on purpose');
}
`;

const REPORT = `
const hook = process.argv[1];
require(hook);
const loaded = require(process.argv[2]);
let stack = '';
try { loaded.fail(); } catch (error) { stack = error.stack; }
const compilerLoaded = Object.keys(require.cache).some((file) => file.includes('/node_modules/typescript/lib/'));
process.stdout.write(JSON.stringify({ text: loaded.greeting.text, compilerLoaded, stack }));
`;

interface Report {
  text: string;
  compilerLoaded: boolean;
  stack: string;
}

function project(value: string): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mink-ts-hook-'));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', target: 'ES2022', strict: true } }));
  const file = path.join(dir, 'greeting.ts');
  fs.writeFileSync(file, MODULE_TS.replace('VALUE', value));
  return { dir, file };
}

function load(dir: string, file: string, cacheDir: string): Report {
  const output = execFileSync(process.execPath, ['-e', REPORT, HOOK, file], {
    cwd: dir,
    env: { ...process.env, CUCUMBER_MINK_TS_CACHE_DIR: cacheDir },
    encoding: 'utf8',
  });
  return JSON.parse(output) as Report;
}

test('a TypeScript file is compiled once; later processes load it without the compiler', () => {
  const { dir, file } = project('first');
  const cacheDir = path.join(dir, 'cache');
  const cold = load(dir, file, cacheDir);
  assert.equal(cold.text, 'first');
  assert.equal(cold.compilerLoaded, true, 'the first load compiles with ts-node');
  const warm = load(dir, file, cacheDir);
  assert.equal(warm.text, 'first');
  assert.equal(warm.compilerLoaded, false, 'a cached file must not load the TypeScript compiler');
});

test('an edited file is compiled again', () => {
  const { dir, file } = project('before');
  const cacheDir = path.join(dir, 'cache');
  assert.equal(load(dir, file, cacheDir).text, 'before');
  fs.writeFileSync(file, MODULE_TS.replace('VALUE', 'after'));
  const edited = load(dir, file, cacheDir);
  assert.equal(edited.text, 'after');
  assert.equal(edited.compilerLoaded, true);
});

test('stack traces point at the TypeScript line, from the compiler and from the cache', () => {
  const { dir, file } = project('stack');
  const cacheDir = path.join(dir, 'cache');
  for (const run of ['compiled', 'cached']) {
    const { stack } = load(dir, file, cacheDir);
    assert.match(stack, /failed on purpose/);
    assert.ok(stack.includes(`${file}:9:`), `${run}: expected ${file}:9 in\n${stack}`);
  }
});

test('a cache folder that cannot be written costs only the cache', () => {
  const { dir, file } = project('uncached');
  const blocker = path.join(dir, 'not-a-folder');
  fs.writeFileSync(blocker, 'a file where the cache folder would go');
  const report = load(dir, file, path.join(blocker, 'cache'));
  assert.equal(report.text, 'uncached');
});

test('a project without a tsconfig.json still loads its TypeScript files', () => {
  const { dir, file } = project('no settings');
  fs.rmSync(path.join(dir, 'tsconfig.json'));
  const report = load(dir, file, path.join(dir, 'cache'));
  assert.equal(report.text, 'no settings');
});

test("undici's notice of a closed connection keeps its message and no frames; every other error keeps its frames", () => {
  const script = `
require(${JSON.stringify(HOOK)});
const notice = Object.assign(new Error('reset'), { code: 'UND_ERR_INFO' });
const other = Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
process.stdout.write(JSON.stringify({ notice: notice.stack, other: other.stack }));
`;
  const { notice, other } = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { notice: string; other: string };
  assert.equal(notice, 'Error: reset');
  assert.match(other, /^Error: refused\n {4}at /);
});
