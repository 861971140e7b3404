// What `format: ['cucumber-mink/progress']` names (and defineConfig's default formats): cucumber's
// progress formatter, and for an undefined step the defined steps of the closest wording
// (support/formatters/progress.ts).
'use strict';
module.exports = require('./formatter-module.cjs')('progress');
