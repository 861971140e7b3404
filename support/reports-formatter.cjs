// What `format: [['cucumber-mink/reports', 'reports/summary.txt']]` names (and defineConfig's default
// formats): the HTML, JUnit and message reports, written beside that file when the run ends, complete
// ones on Ctrl-C (support/formatters/reports.ts).
'use strict';
module.exports = require('./formatter-module.cjs')('reports');
