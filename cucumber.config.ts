/**
 * The typed cucumber-js configuration of this repository's own self-tests (cucumber.cjs loads it).
 * Profiles: default (everything), ci (no browser), parity (untagged scenarios in the browser).
 */
import { defineConfig } from './support';

export = defineConfig({
  paths: ['features/**/*.feature'],
  require: [],
  worldParameters: { filesPath: 'features/files' },
});
