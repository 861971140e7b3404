// cucumber-js discovers this file; the typed configuration lives in cucumber.config.ts.
// Node 20 cannot load a .ts file by itself: this hook compiles TypeScript with ts-node
// (transpile-only: `tsc --noEmit` checks types) and caches the output under
// node_modules/.cache, so only changed files pay for the compiler; step files get the same hook
// through the config's requireModule.
require('cucumber-mink/typescript');
const profiles = require('./cucumber.config.ts');
if (profiles && profiles.__esModule && 'default' in profiles) {
  throw new Error(
    'cucumber.config.ts uses `export default`, which cucumber-js silently ignores when TypeScript compiles to ' +
      'CommonJS (every step would be "undefined"). Write `export = defineConfig({ ... });` instead.',
  );
}
module.exports = profiles;
