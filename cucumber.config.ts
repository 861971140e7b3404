/**
 * The typed cucumber-js configuration of this repository's own self-tests (cucumber.cjs loads it).
 * Profiles: default (everything), ci (no browser), parity (untagged scenarios in the browser), and
 * api (the request and JSON features alone), a project profile of the kind `profiles` declares.
 */
import { defineConfig } from './support';

export = defineConfig({
  paths: ['features/**/*.feature'],
  require: [],
  worldParameters: { filesPath: 'features/files' },
  profiles: { api: { paths: ['features/api-requests.feature', 'features/json-responses.feature'] } },
});
