/** The command line of `cucumber-mink`: one command, its flags and its positional arguments. */
import os from 'node:os';
import path from 'node:path';

export type Command =
  | { name: 'init'; force: boolean }
  | { name: 'demo'; port: number; host?: string }
  | { name: 'steps'; filter?: string; language?: string }
  /** `steps --check` and/or `--unused`: a dry run over the configured features, or over `paths`. */
  | { name: 'check-steps'; check: boolean; unused: boolean; paths: string[] }
  | { name: 'merge-reports'; dirs: string[]; out: string }
  /** `run`: cucumber-js with the Node options a run gains from; `--shards N`: N processes at once, each its share, then one report. */
  | { name: 'run'; shards: number | null; args: string[] }
  | { name: 'help' }
  | { name: 'version' };

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage: cucumber-mink <command>

Commands:
  init [--force]              write cucumber.config.ts, cucumber.cjs, an example feature and step,
                              tsconfig.json (if none), the npm scripts test and test:ci, and the
                              editor's Cucumber settings (.vscode/settings.json, merged);
                              existing files and settings are kept unless --force
  steps [filter]              list every step (ours and your own) with an example, like behat -dl
  steps --language L [filter] MinkContext's steps in language L (fr, de, ja …), MinkExtension's wording
  steps --check [paths]       the features' undefined and ambiguous steps, with the defined steps
                              of the closest wording (a dry run); exits 1 when there is one
  steps --unused [paths]      your own step definitions that no feature uses; exits 1 when there is one
  merge-reports DIR... [--out DIR]
                              one HTML report, JUnit file and message file out of the message files
                              of several shards (default --out reports/merged)
  run [cucumber-js arguments] cucumber-js, with a V8 thread pool that leaves the machine a core for
                              the application under test (what npm test runs in a project init made)
  run --shards N|auto [cucumber-js arguments]
                              the suite as N cucumber-js processes at once (auto: one a core),
                              each running its share (--shard i/N), then one merged report where a
                              serial run writes it; e.g. run --shards auto --profile ci
  demo [--port N] [--host H]  serve the embedded demo app (default: a free port on 127.0.0.1)
  help                        show this text
  --version                   print the version`;

function parsePort(text: string | undefined): number {
  const port = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || port > 65535) {
    throw new UsageError(`--port needs a number from 0 to 65535, got ${text === undefined ? 'nothing' : `"${text}"`}`);
  }
  return port;
}

/** The most shards a run starts: each is a whole Node process with its own browser when it needs one. */
const MAX_SHARDS = 64;

function parseShardCount(text: string | undefined): number {
  if (text === 'auto') return os.availableParallelism();
  const count = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || count < 1 || count > MAX_SHARDS) {
    throw new UsageError(`--shards takes a number of processes from 1 to ${MAX_SHARDS}, or auto (one a core), got ${text === undefined ? 'nothing' : `"${text}"`}`);
  }
  return count;
}

/** `run [--shards N] …`: --shards is ours wherever it stands; every other argument is cucumber-js's. */
function parseRun(rest: readonly string[]): Command {
  const args: string[] = [];
  let shards: number | undefined;
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index];
    // After `--`, everything is cucumber-js's (paths), even a word that looks like ours.
    if (argument === '--') {
      args.push(...rest.slice(index));
      break;
    }
    if (argument === '--shards') shards = parseShardCount(rest[++index]);
    else if (argument.startsWith('--shards=')) shards = parseShardCount(argument.slice('--shards='.length));
    else args.push(argument);
  }
  return { name: 'run', shards: shards ?? null, args };
}

export function parseArguments(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  const unexpected = (argument: string): never => {
    throw new UsageError(`cucumber-mink ${command}: unexpected argument "${argument}"`);
  };
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      return { name: 'help' };
    case '--version':
    case '-v':
      return { name: 'version' };
    case 'init': {
      let force = false;
      for (const argument of rest) {
        if (argument === '--force' || argument === '-f') force = true;
        else unexpected(argument);
      }
      return { name: 'init', force };
    }
    case 'demo': {
      let port = 0;
      let host: string | undefined;
      for (let index = 0; index < rest.length; index += 1) {
        const argument = rest[index];
        if (argument === '--port') port = parsePort(rest[++index]);
        else if (argument.startsWith('--port=')) port = parsePort(argument.slice('--port='.length));
        else if (argument === '--host' && rest[index + 1] !== undefined) host = rest[++index];
        else if (argument.startsWith('--host=')) host = argument.slice('--host='.length);
        else unexpected(argument);
      }
      return { name: 'demo', port, host };
    }
    case 'steps': {
      const check = rest.includes('--check');
      const unused = rest.includes('--unused');
      const languageAt = rest.findIndex((argument) => argument === '--language' || argument.startsWith('--language='));
      let language: string | undefined;
      if (languageAt >= 0) {
        const written = rest[languageAt];
        language = written.includes('=') ? written.slice('--language='.length) : rest[languageAt + 1];
        if (!language || language.startsWith('-')) throw new UsageError('--language takes a language code, e.g. steps --language fr');
        rest.splice(languageAt, written.includes('=') ? 1 : 2);
      }
      const positional = rest.filter((argument) => argument !== '--check' && argument !== '--unused');
      const flag = positional.find((argument) => argument.startsWith('-'));
      if (flag !== undefined) unexpected(flag);
      if (check || unused) return { name: 'check-steps', check, unused, paths: positional };
      if (positional.length > 1) unexpected(positional[1]);
      return { name: 'steps', filter: positional[0], ...(language ? { language } : {}) };
    }
    case 'merge-reports': {
      const dirs: string[] = [];
      let out = path.join('reports', 'merged');
      for (let index = 0; index < rest.length; index += 1) {
        const argument = rest[index];
        if (argument === '--out' && rest[index + 1] !== undefined) out = rest[++index];
        else if (argument.startsWith('--out=')) out = argument.slice('--out='.length);
        else if (argument.startsWith('-')) unexpected(argument);
        else dirs.push(argument);
      }
      if (dirs.length === 0) throw new UsageError('cucumber-mink merge-reports: name the folders of the shards\' reports (e.g. reports-1 reports-2).');
      return { name: 'merge-reports', dirs, out };
    }
    case 'run':
      return parseRun(rest);
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}
