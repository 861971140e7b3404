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

cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
