// A formatter of ours, as cucumber-js loads it (with import(), which cannot compile TypeScript): in a
// checkout the source in support/formatters/ through the TypeScript hook, in an installed package the
// compiled JavaScript in dist/. Used by the entries cucumber-js is pointed at (progress-formatter.cjs,
// reports-formatter.cjs).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

module.exports = function formatterModule(name) {
  const source = path.join(__dirname, 'formatters', `${name}.ts`);
  if (fs.existsSync(source)) {
    require('./typescript-hook.cjs');
    return require(source);
  }
  return require(path.join(__dirname, '..', 'dist', 'support', 'formatters', `${name}.js`));
};
