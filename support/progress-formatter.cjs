// What `format: ['cucumber-mink/progress']` names (and defineConfig's default formats): cucumber's
// progress formatter, and for an undefined step the defined steps of the closest wording
// (support/formatters/progress.ts). cucumber-js loads a formatter with import(), which cannot compile
// TypeScript: a checkout loads the source through the TypeScript hook, an installed package the
// compiled JavaScript in dist/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const source = path.join(__dirname, 'formatters', 'progress.ts');
if (fs.existsSync(source)) {
  require('./typescript-hook.cjs');
  module.exports = require(source);
} else {
  module.exports = require(path.join(__dirname, '..', 'dist', 'support', 'formatters', 'progress.js'));
}
