/** Entry point of the `cucumber-mink` command (bin/cucumber-mink.js loads it). */
import { parseArguments, USAGE, UsageError } from './arguments';
import { describeInit, initProject } from './init';
import { packageVersion } from './package-root';

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const CONSOLE: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** Runs one command; resolves to the process exit code. */
export async function main(argv: readonly string[], cwd: string = process.cwd(), output: Output = CONSOLE): Promise<number> {
  try {
    const command = parseArguments(argv);
    switch (command.name) {
      case 'help':
        output.out(USAGE);
        return 0;
      case 'version':
        output.out(packageVersion());
        return 0;
      case 'init':
        output.out(describeInit(initProject({ cwd, force: command.force }), cwd));
        return 0;
      case 'steps': {
        // Loaded on demand: it pulls in cucumber's loaders, which init and demo do not need.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { filterSteps, formatSteps, loadProjectSteps, loadTranslatedSteps, translatedLanguages } = require('./list-steps') as typeof import('./list-steps');
        const loaded = command.language ? await loadTranslatedSteps(command.language, cwd) : await loadProjectSteps(cwd);
        if (!loaded) {
          output.err(`MinkContext is not translated into "${command.language}". Languages: ${translatedLanguages().join(', ')}.`);
          return 1;
        }
        const steps = filterSteps(loaded, command.filter);
        if (steps.length === 0) {
          output.err(command.filter ? `No step matches "${command.filter}".` : 'No step definitions found.');
          return 1;
        }
        output.out(formatSteps(steps));
        return 0;
      }
      case 'check-steps': {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { dryRunSteps, formatCheck, formatUnused } = require('./check-steps') as typeof import('./check-steps');
        const run = await dryRunSteps(cwd, command.paths);
        const reports: string[] = [];
        if (command.check) reports.push(formatCheck(run));
        if (command.unused) reports.push(formatUnused(run));
        output.out(reports.join('\n\n'));
        return (command.check && run.problems.length > 0) || (command.unused && run.unused.length > 0) ? 1 : 0;
      }
      case 'merge-reports': {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { describeMerge, mergeReports } = require('./merge-reports') as typeof import('./merge-reports');
        output.out(describeMerge(await mergeReports(command.dirs, command.out, cwd), cwd));
        return 0;
      }
      case 'run': {
        if (command.shards === null) {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          const { runSerial } = require('./serial-run') as typeof import('./serial-run');
          return await runSerial({ args: command.args, cwd });
        }
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { runShards } = require('./shard-run') as typeof import('./shard-run');
        return await runShards({ shards: command.shards, args: command.args, cwd, output });
      }
      case 'demo': {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { serveDemo } = require('./serve-demo') as typeof import('./serve-demo');
        await serveDemo({ port: command.port, host: command.host }, output.out);
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    output.err(`cucumber-mink: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
