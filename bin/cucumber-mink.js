#!/usr/bin/env node
'use strict';
// A checkout has the TypeScript sources and runs them through the TypeScript hook (ts-node, cached);
// an installed package has only the compiled JavaScript in dist/.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const source = path.join(root, 'support', 'cli', 'main.ts');
let cli;
if (fs.existsSync(source)) {
  require(path.join(root, 'support', 'typescript-hook.cjs'));
  cli = require(source);
} else {
  cli = require(path.join(root, 'dist', 'support', 'cli', 'main.js'));
}

let settled = false;
// Node ends a process whose event loop has emptied with status 0, even while the command still
// awaits something that can no longer happen: that must never read as a success.
process.on('exit', () => {
  if (settled) return;
  process.exitCode = 1;
  console.error('cucumber-mink: the command stopped before it finished (nothing left to wait for): this is a bug, please report it');
});
cli.main(process.argv.slice(2)).then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (error) => {
    settled = true;
    console.error(error);
    process.exitCode = 1;
  },
);
