// cucumber-js discovers this file; the typed configuration lives in cucumber.config.ts.
// Node 20 cannot load a .ts file by itself, so ts-node (transpile-only: `tsc --noEmit` checks types)
// compiles it here; step files get the same hook through the config's requireModule.
require('ts-node').register({ transpileOnly: true });
const profiles = require('./cucumber.config.ts');
if (profiles && profiles.__esModule && 'default' in profiles) {
  throw new Error(
    'cucumber.config.ts uses `export default`, which cucumber-js silently ignores when ts-node compiles to ' +
      'CommonJS (every step would be "undefined"). Write `export = defineConfig({ ... });` instead.',
  );
}
module.exports = profiles;
