/**
 * The installer tests can never reach the machine's own launchctl, java, curl or shasum. On Linux the
 * installer stops at `uname`, but on a Mac — the machine it is for — a leak would boot out and reload
 * the developer's own service. So the installer test files are run here on a stand-in Mac: every
 * command that matters stands where a Mac's own would be found (on PATH, in $JAVA_HOME, as java_home,
 * in Homebrew's prefix, a ~/Library with an installed service), answers like a Mac's and writes down
 * every call. The installer tests must pass there without one call reaching them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_LABEL, ROOT, sandbox, run, calls } from './launchd-sandbox';

/** The Mac's commands a test must never reach: a Mac's own tools, and those that change or report its state. */
const MAC_COMMANDS = [
  'launchctl', 'java', 'java_home', 'curl', 'shasum', 'sha256sum', 'uname', 'id', 'lsof', 'ps', 'plutil',
  'sw_vers', 'brew', 'sudo', 'open', 'osascript', 'defaults',
];

/**
 * The read-only ones answer as a Mac's would, so that a leaking test goes as far as it would there;
 * the rest fail loudly.
 */
const ANSWERS: Record<string, string> = {
  uname: 'echo Darwin',
  id: 'echo 501',
  java: 'echo \'openjdk version "21.0.7" 2025-04-15\' >&2',
  plutil: 'echo "$2: OK"',
  lsof: 'exit 1',
};

interface StandInMac {
  dir: string;
  bin: string;
  home: string;
  log: string;
  env: NodeJS.ProcessEnv;
}

/** Writes a command that records its call in `log` (a fixed path: a test's environment may hide any variable). */
function writeCommand(file: string, log: string): void {
  const name = path.basename(file);
  const answer = ANSWERS[name] ?? `echo "the machine's own ${name} was reached from a test" >&2; exit 99`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `#!/bin/sh\nprintf '%s %s\\n' ${JSON.stringify(file)} "$*" >>${JSON.stringify(log)}\n${answer}\n`, { mode: 0o755 });
}

function standInMac(t: { after(fn: () => void): void }): StandInMac {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stand-in-mac-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const bin = path.join(dir, 'bin');
  const log = path.join(dir, 'calls.log');
  fs.writeFileSync(log, '');
  for (const name of MAC_COMMANDS) writeCommand(path.join(bin, name), log);
  writeCommand(path.join(dir, 'jdk', 'bin', 'java'), log);
  writeCommand(path.join(dir, 'homebrew', 'opt', 'openjdk', 'bin', 'java'), log);
  // The developer's own service, which a leaking test would boot out and replace.
  const home = path.join(dir, 'home');
  const agents = path.join(home, 'Library', 'LaunchAgents');
  fs.mkdirSync(agents, { recursive: true });
  fs.writeFileSync(path.join(agents, `${DEFAULT_LABEL}.plist`), '<plist>the developer\'s service</plist>\n');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${bin}:${process.env.PATH}`,
    HOME: home,
    JAVA_HOME: path.join(dir, 'jdk'),
    SELENIUM_JAVA_HOME_TOOL: path.join(bin, 'java_home'),
    SELENIUM_BREW_PREFIXES: path.join(dir, 'homebrew'),
  };
  // Set for the files this runner starts; a nested `node --test` would take itself for one of them.
  delete env.NODE_TEST_CONTEXT;
  return { dir, bin, home, log, env };
}

/** Every file below `dir`, relative to it. */
function filesBelow(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

/** The test files that run the installer (each through the sandbox, as the next test makes sure). */
function installerTestFiles(): string[] {
  const dir = path.join(ROOT, 'test', 'scripts');
  return fs.readdirSync(dir)
    .filter((name) => name.endsWith('.test.ts') && name !== path.basename(__filename))
    .filter((name) => fs.readFileSync(path.join(dir, name), 'utf8').includes("from './launchd-sandbox'"))
    .map((name) => path.join(dir, name));
}

test('the installer tests pass on a Mac without reaching its launchctl, java, curl, shasum or ~/Library', (t) => {
  const mac = standInMac(t);
  const files = installerTestFiles();
  assert.ok(files.some((file) => file.endsWith('install-selenium-macos.test.ts')), files.join(', '));
  assert.ok(files.some((file) => file.endsWith('install-selenium-macos-commands.test.ts')), files.join(', '));
  const homeBefore = filesBelow(mac.home);
  const result = spawnSync(process.execPath, ['-r', path.join(ROOT, 'support', 'typescript-hook.cjs'), '--test', ...files], {
    cwd: ROOT,
    env: mac.env,
    encoding: 'utf8',
    timeout: 300_000,
  });
  const reached = fs.readFileSync(mac.log, 'utf8').split('\n').filter(Boolean);
  assert.deepEqual(reached, [], `the installer tests reached the machine's own commands:\n${reached.join('\n')}`);
  assert.deepEqual(filesBelow(mac.home), homeBefore, 'the real ~/Library is left alone');
  assert.equal(result.status, 0, `the installer tests fail on a Mac:\n${result.stdout.slice(-4000)}${result.stderr}`);
});

test('every test file that runs the installer goes through the sandbox', () => {
  const testDir = path.join(ROOT, 'test');
  const offenders = filesBelow(testDir)
    .filter((file) => file.endsWith('.ts') && !file.startsWith('fixtures'))
    .filter((file) => file !== path.join('scripts', 'launchd-sandbox.ts'))
    .filter((file) => {
      const text = fs.readFileSync(path.join(testDir, file), 'utf8');
      // A test that names the installer and can start a process could run it: it must do so through the sandbox.
      const startsProcesses = /child_process|\bspawn|\bexec(File)?(Sync)?\(/.test(text);
      return text.includes('install-selenium-macos') && startsProcesses && !text.includes("from './launchd-sandbox'");
    });
  assert.deepEqual(offenders, [], 'run the installer only through test/scripts/launchd-sandbox.ts');
});

test('a test cannot point the installer at the machine\'s programs, HOME or temporary directory', (t) => {
  const box = sandbox(t);
  const refused: Array<[string[], NodeJS.ProcessEnv]> = [
    [[], { PATH: process.env.PATH }],
    [[], { HOME: os.homedir() }],
    [[], { TMPDIR: os.tmpdir() }],
    [[], { BASH_ENV: path.join(box.dir, 'startup.sh') }],
    [[], { JAVA_HOME: '/Library/Java/JavaVirtualMachines/temurin-21.jdk/Contents/Home' }],
    // Empty, the installer falls back to /usr/libexec/java_home and Homebrew's own prefixes.
    [[], { SELENIUM_JAVA_HOME_TOOL: '' }],
    [[], { SELENIUM_JAVA_HOME_TOOL: '/usr/libexec/java_home' }],
    [[], { SELENIUM_BREW_PREFIXES: '' }],
    [[], { SELENIUM_BREW_PREFIXES: `${path.join(box.dir, 'homebrew')} /opt/homebrew` }],
    [['--java', '/usr/bin/java'], {}],
    [['--java=/usr/bin/java'], {}],
  ];
  for (const [args, env] of refused) {
    assert.throws(() => run(box, ['--jar', box.jar, ...args], env), /^Error: sandbox: /, JSON.stringify({ args, env }));
  }
  assert.deepEqual(calls(box), [], 'the installer was not started');
});

/** Directories a Mac keeps programs in; `/tmp` and `$HOME/...` are not among them. */
const PROGRAM_PATH = /(^|[^\w$}])\/(usr|bin|sbin|opt|Library|System|Applications|private)\b/;

test('the installer names a program by absolute path only where the sandbox moves it', (t) => {
  // A stub on PATH cannot stand in for `/bin/launchctl` or `/usr/libexec/java_home`: each such path
  // must be a default the sandbox replaces (`X=${SELENIUM_Y:-/path}`), or the agent's own PATH.
  const box = sandbox(t);
  const sources = ['scripts/install-selenium-macos.sh', ...fs.readdirSync(path.join(ROOT, 'scripts', 'lib')).map((name) => `scripts/lib/${name}`)];
  const offenders: string[] = [];
  for (const source of sources) {
    fs.readFileSync(path.join(ROOT, source), 'utf8').split('\n').forEach((line, index) => {
      const code = line.replace(/(^|\s)#.*$/, '');
      if (!PROGRAM_PATH.test(code) || /^AGENT_PATH_VALUE=/.test(code)) return;
      const replaced = /^\s*\w+=\$\{(SELENIUM_\w+):-/.exec(code)?.[1];
      const value = replaced === undefined ? undefined : box.env[replaced];
      const inSandbox = value?.split(' ').every((place) => place.startsWith(box.dir + path.sep));
      if (!inSandbox) offenders.push(`${source}:${index + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(offenders, [], 'call it by name (a stub on PATH replaces it) or read the path from a SELENIUM_* variable the sandbox sets');
});
