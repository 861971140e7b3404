/**
 * The macOS launchd installer's other commands and its argument checks, run on Linux in a sandbox of
 * stubs (see launchd-sandbox.ts): bad arguments, remote hosts, non-Mac machines, status, restart,
 * logs, uninstall and help.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LABEL, UID, sandbox, run, calls, clearCalls, launchctlVerbs, paths, listHome, parsePlist, assertNothingInstalled } from './launchd-sandbox';

test('bad arguments exit 2 with a usage line and change nothing', (t) => {
  const box = sandbox(t);
  const cases: string[][] = [
    ['--port', '0'],
    ['--port', '65536'],
    ['--port', 'abc'],
    ['--port', ''],
    ['--port', '-1'],
    ['--port'],
    ['--label', 'nodots'],
    ['--label', '-bad.label'],
    ['--label', 'a..b'],
    ['--label', 'a/b.c'],
    ['--label', '../evil.plist'],
    ['--label', 'dev.example.'],
    ['--host', 'a b'],
    ['--host', '127.0.0.1"/>'],
    ['--version', 'latest'],
    ['--sha256', 'abc'],
    ['--max-sessions', '0'],
    ['--session-timeout', 'x'],
    ['--bogus'],
    ['--dry-run=yes'],
  ];
  for (const args of cases) {
    const result = run(box, ['--jar', box.jar, ...args]);
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, /usage: install-selenium-macos\.sh \[install\|status\|restart\|logs\|uninstall\]/);
  }
  assertNothingInstalled(box);
  assert.deepEqual(calls(box), [], 'arguments are checked before anything runs');
  const good = run(box, ['--jar', box.jar, '--port=65535', '--label=dev.example.a-b']);
  assert.equal(good.status, 0, good.stderr);
});

test('binding to another host warns that remote connections are accepted', (t) => {
  const box = sandbox(t);
  const result = run(box, ['--jar', box.jar, '--host', '0.0.0.0']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /warning: --host 0\.0\.0\.0: the server will accept remote connections/);
  assert.deepEqual((parsePlist(paths(box).plist).ProgramArguments as string[]).slice(4, 6), ['--host', '0.0.0.0']);
});

test('on a machine that is not a Mac the script refuses clearly', (t) => {
  const box = sandbox(t);
  const result = run(box, ['--jar', box.jar], { STUB_UNAME: 'Linux' });
  assert.equal(result.status, 1);
  assert.equal(
    result.stderr,
    'install-selenium-macos.sh: error: launchd exists only on macOS; on Linux use npm run selenium:start\n',
  );
  assert.deepEqual(calls(box), ['uname -s'], 'it stops at the question');
  assert.deepEqual(listHome(box), []);
});

test('status reports loaded, pid, jar, url and readiness', (t) => {
  const box = sandbox(t);
  const before = run(box, ['status']);
  assert.equal(before.status, 3);
  assert.match(before.stdout, /plist: {3}not installed/);
  assert.equal(run(box, ['--jar', box.jar, '--port', '4545']).status, 0);
  const after = run(box, ['status']);
  assert.equal(after.status, 0, after.stderr);
  assert.match(after.stdout, /loaded: {2}yes, pid 4242/);
  assert.match(after.stdout, new RegExp(`jar: {5}${paths(box).support}/selenium-server-4\\.48\\.0\\.jar`));
  assert.match(after.stdout, /url: {5}http:\/\/127\.0\.0\.1:4545/);
  assert.match(after.stdout, /ready: {3}yes/);
  const notReady = run(box, ['status'], { STUB_SERVER: 'starting' });
  assert.equal(notReady.status, 1);
  assert.match(notReady.stdout, /ready: {3}no/);
});

test('restart uses kickstart -k and waits for ready again', (t) => {
  const box = sandbox(t);
  const notInstalled = run(box, ['restart']);
  assert.equal(notInstalled.status, 1);
  assert.match(notInstalled.stderr, /is not installed/);
  assert.equal(run(box, ['--jar', box.jar]).status, 0);
  clearCalls(box);
  const result = run(box, ['restart']);
  assert.equal(result.status, 0, result.stderr);
  assert.ok(calls(box).includes(`launchctl kickstart -k gui/${UID}/${DEFAULT_LABEL}`));
  assert.match(result.stdout, /SELENIUM_URL=http:\/\/127\.0\.0\.1:4444/);
});

test('logs prints the end of both log files', (t) => {
  const box = sandbox(t);
  assert.equal(run(box, ['--jar', box.jar]).status, 0);
  fs.appendFileSync(path.join(paths(box).logs, 'selenium-server.err.log'), 'Started Selenium Standalone\n');
  const result = run(box, ['logs', '--lines', '5']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /selenium-server\.err\.log <==\nStarted Selenium Standalone/);
});

test('uninstall boots out and removes the agent and the jar, keeps the logs, and can run twice', (t) => {
  const box = sandbox(t);
  assert.equal(run(box, ['--jar', box.jar]).status, 0);
  clearCalls(box);
  const first = run(box, ['uninstall'], { STUB_LAUNCHCTL_DRAIN: '1' });
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual(launchctlVerbs(box), ['print', 'bootout', 'print', 'print']);
  const { plist, support, logs } = paths(box);
  assert.ok(!fs.existsSync(plist));
  assert.ok(!fs.existsSync(support));
  assert.ok(fs.existsSync(logs));
  assert.match(first.stdout, /logs kept in .*--purge removes them/);
  const second = run(box, ['uninstall']);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, /is not loaded/);
  const purge = run(box, ['uninstall', '--purge']);
  assert.equal(purge.status, 0, purge.stderr);
  assert.ok(!fs.existsSync(logs));
  assert.deepEqual(fs.readdirSync(path.join(box.dir, 'state')), [], 'nothing is left loaded');
});

test('--dry-run restart and uninstall print what they would do and change nothing', (t) => {
  const box = sandbox(t);
  assert.equal(run(box, ['--jar', box.jar]).status, 0);
  const before = listHome(box);
  clearCalls(box);
  const restart = run(box, ['restart', '--dry-run']);
  assert.equal(restart.status, 0, restart.stderr);
  assert.equal(
    restart.stdout,
    `+ launchctl kickstart -k gui/${UID}/${DEFAULT_LABEL}\n+ await_ready http://127.0.0.1:4444\ndry run: nothing was changed\n`,
  );
  const uninstall = run(box, ['uninstall', '--dry-run', '--purge']);
  assert.equal(uninstall.status, 0, uninstall.stderr);
  assert.match(
    uninstall.stdout,
    /^\+ launchctl bootout \S+\n\+ wait_until_unloaded\n\+ rm -f \S+\.plist\n\+ rm -rf .*Application\\ Support\S+\n\+ rm -rf .*Logs\S+\ndry run: nothing was changed\n$/,
  );
  assert.deepEqual(launchctlVerbs(box).filter((verb) => verb !== 'print'), [], 'only questions are asked');
  assert.ok(!calls(box).some((line) => line.startsWith('curl ')), 'nothing waits for a restart that did not happen');
  assert.deepEqual(listHome(box), before);
});

test('--help describes every command and exits 0', (t) => {
  const box = sandbox(t);
  const result = run(box, ['--help']);
  assert.equal(result.status, 0);
  for (const word of ['install', 'status', 'restart', 'logs', 'uninstall', '--dry-run', '--jar', '--purge']) {
    assert.ok(result.stdout.includes(word), word);
  }
});
