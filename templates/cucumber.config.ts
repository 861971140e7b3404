/**
 * The cucumber-js configuration of this project (cucumber.cjs loads it).
 * Profiles: default (every scenario), ci (all but @javascript), parity (untagged scenarios in the browser).
 * Each world parameter can also be set by an environment variable, which wins: BASE_URL, SELENIUM_URL,
 * BROWSER, HEADLESS, WAIT_TIMEOUT, DRIVER_PATH, BROWSER_BINARY, REPORTS_DIR … (see the README's
 * Configuration). While BASE_URL is unset, the scenarios run against the embedded demo app.
 */
import { defineConfig } from 'cucumber-mink';

export = defineConfig({
  paths: ['features/**/*.feature'],
  require: ['steps/**/*.ts'],
  worldParameters: {
    // baseUrl: 'http://127.0.0.1:8000',
    // filesPath: 'features/files',   // where "attach the file" paths are relative to
  },
});
