// cucumber-js discovers this file; the typed configuration lives in cucumber.config.ts.
// Node 20 cannot require a .ts file by itself: the hook compiles TypeScript with ts-node
// (transpile-only: tsc checks types separately) and caches the output, so later runs and
// `--parallel` workers do not load the compiler again. Workers get the same hook through the
// config's requireModule.
require('./support/typescript-hook.cjs');
const profiles = require('./cucumber.config.ts');
if (profiles && profiles.__esModule && 'default' in profiles) {
  throw new Error(
    'cucumber.config.ts uses `export default`, which cucumber-js silently ignores when TypeScript compiles to ' +
      'CommonJS (every step would be "undefined"). Write `export = config;` instead.',
  );
}
module.exports = profiles;
