/**
 * Feature paths named on the cucumber-js command line (`cucumber-js features/login.feature:3`).
 *
 * cucumber-js appends command-line paths to the configured ones, so a config that always sets
 * `paths` would run the whole suite for `cucumber-js one.feature`. The config reads the command line
 * of the process that loads it and leaves `paths` unset when paths are named there, as Behat does.
 */
import path from 'node:path';

/** Only the cucumber-js command reads its own arguments as feature paths (not `cucumber-mink steps`, not a worker). */
export function isCucumberCommand(mainFile: string | undefined = require.main?.filename): boolean {
  return mainFile !== undefined && /[\\/]@cucumber[\\/]cucumber[\\/]bin[\\/]cucumber(?:\.js|-js)?$/.test(path.resolve(mainFile));
}

interface CommandLineSelection {
  paths?: string[];
  shard?: string;
  /** `--language`: the Gherkin language of feature files that do not name theirs. */
  language?: string;
}

interface CucumberArgvParser {
  parse(argv: string[]): { configuration: CommandLineSelection };
}

/**
 * What the cucumber-js command line selects: feature paths and cucumber-js's own `--shard I/N`,
 * parsed by cucumber-js's own parser so every option is understood.
 */
export function commandLineSelection(argv: string[] = process.argv, mainFile: string | undefined = require.main?.filename): CommandLineSelection {
  if (!isCucumberCommand(mainFile)) return {};
  let parser: CucumberArgvParser;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    parser = (require('@cucumber/cucumber/lib/configuration/argv_parser') as { default: CucumberArgvParser }).default;
  } catch {
    return {};
  }
  try {
    const { paths, shard, language } = parser.parse(argv).configuration;
    return { paths, shard, language };
  } catch {
    // cucumber-js parsed the same arguments before loading this config; it reports its own errors.
    return {};
  }
}
