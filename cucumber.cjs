// cucumber-js discovers this file; the typed configuration lives in cucumber.config.ts.
// Node 20 cannot import() a .ts file, so ts-node (transpile-only: tsc checks types separately)
// compiles it here, and every worker inherits the same hook through the config's requireModule.
require('ts-node').register({ transpileOnly: true });
const profiles = require('./cucumber.config.ts');
if (profiles && profiles.__esModule && 'default' in profiles) {
  throw new Error(
    'cucumber.config.ts uses `export default`, which cucumber-js silently ignores when ts-node compiles to ' +
      'CommonJS (every step would be "undefined"). Write `export = config;` instead.',
  );
}
module.exports = profiles;
