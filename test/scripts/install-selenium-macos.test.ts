/**
 * The macOS launchd installer, run on Linux in a sandbox of stubs (see launchd-sandbox.ts): install,
 * idempotency, the plist, the dry run, checksums and every way an install can fail and leave nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, STUB_BIN, REAL_JAR, DEFAULT_LABEL, UID, JAR_CONTENT, sandbox, run, sha256, calls, clearCalls, launchctlVerbs, paths, listHome, parsePlist, mode, assertNothingInstalled } from './launchd-sandbox';

test('a fresh install writes the agent, copies the jar, loads it with enable then bootstrap, and waits for ready', (t) => {
  const box = sandbox(t);
  const result = run(box, ['install', '--jar', box.jar]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(launchctlVerbs(box), ['print', 'enable', 'bootstrap']);
  const { plist, support, logs } = paths(box);
  assert.ok(calls(box).includes(`launchctl bootstrap gui/${UID} ${plist}`));
  const jar = path.join(support, 'selenium-server-4.48.0.jar');
  assert.equal(fs.readFileSync(jar, 'utf8'), JAR_CONTENT);
  assert.equal(mode(plist), '644');
  assert.equal(mode(jar), '644');
  assert.equal(mode(logs), '755');
  assert.equal(mode(path.join(logs, 'selenium-server.out.log')), '644');
  assert.equal(mode(path.join(logs, 'selenium-server.err.log')), '644');
  assert.ok(calls(box).some((line) => line === 'curl -fsS --max-time 3 http://127.0.0.1:4444/status'));
  assert.match(result.stdout, /export SELENIUM_URL=http:\/\/127\.0\.0\.1:4444\n/);
});

test('the plist parses strictly and every key has the expected value, even with XML-special characters in HOME', (t) => {
  const box = sandbox(t, 'Jane & <Co>');
  const label = 'org.example.selenium-4';
  const result = run(box, [
    '--jar', box.jar, '--label', label, '--port', '5555', '--max-sessions', '3', '--session-timeout', '120',
  ]);
  assert.equal(result.status, 0, result.stderr);
  const { plist, support, logs } = paths(box, label);
  assert.ok(calls(box).some((line) => line.startsWith('plutil -lint ')), 'the plist is linted before it is loaded');
  assert.deepEqual(parsePlist(plist), {
    Label: label,
    ProgramArguments: [
      path.join(FIXTURES, 'bin', 'java'),
      '-jar',
      path.join(support, 'selenium-server-4.48.0.jar'),
      'standalone',
      '--host',
      '127.0.0.1',
      '--port',
      '5555',
      '--max-sessions',
      '3',
      '--override-max-sessions',
      'true',
      '--session-timeout',
      '120',
    ],
    WorkingDirectory: support,
    EnvironmentVariables: { PATH: '/opt/homebrew/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin' },
    RunAtLoad: true,
    KeepAlive: { SuccessfulExit: false },
    ThrottleInterval: 30,
    ProcessType: 'Interactive',
    LimitLoadToSessionType: 'Aqua',
    StandardOutPath: path.join(logs, 'selenium-server.out.log'),
    StandardErrorPath: path.join(logs, 'selenium-server.err.log'),
  });
  const text = fs.readFileSync(plist, 'utf8');
  assert.ok(!text.includes('~') && !text.includes('$HOME'), 'launchd expands neither ~ nor $HOME');
  assert.match(result.stdout, /SELENIUM_URL=http:\/\/127\.0\.0\.1:5555/);
});

test('installing twice boots the old job out, waits until it is gone, and leaves one working service', (t) => {
  const box = sandbox(t);
  assert.equal(run(box, ['--jar', box.jar]).status, 0);
  clearCalls(box);
  // launchd keeps listing the job for a moment after bootout; bootstrap must wait for that.
  const second = run(box, ['--jar', box.jar], { STUB_LAUNCHCTL_DRAIN: '2' });
  assert.equal(second.status, 0, second.stderr);
  const verbs = launchctlVerbs(box);
  const bootout = verbs.indexOf('bootout');
  assert.deepEqual(verbs.slice(0, bootout).filter((verb) => verb !== 'print'), [], 'only questions come first');
  assert.deepEqual(verbs.slice(bootout), ['bootout', 'print', 'print', 'print', 'enable', 'bootstrap']);
  const { support } = paths(box);
  assert.deepEqual(fs.readdirSync(support), ['selenium-server-4.48.0.jar']);
  assert.deepEqual(fs.readdirSync(path.join(box.home, 'Library', 'LaunchAgents')), [`${DEFAULT_LABEL}.plist`]);
  assert.deepEqual(fs.readdirSync(path.join(box.dir, 'state')), [`loaded.${DEFAULT_LABEL}`]);
});

test('an upgrade keeps only the jar the plist names', (t) => {
  const box = sandbox(t);
  assert.equal(run(box, ['--jar', box.jar]).status, 0);
  const newer = path.join(box.dir, 'selenium-server-4.49.0.jar');
  fs.writeFileSync(newer, 'PK\x03\x04 newer');
  assert.equal(run(box, ['--jar', newer]).status, 0);
  const { plist, support } = paths(box);
  assert.deepEqual(fs.readdirSync(support), ['selenium-server-4.49.0.jar']);
  assert.equal((parsePlist(plist).ProgramArguments as string[])[2], path.join(support, 'selenium-server-4.49.0.jar'));
});

test('--dry-run prints the plist and the commands and changes nothing', (t) => {
  const box = sandbox(t);
  const result = run(box, ['--dry-run', '--port', '4555']);
  assert.equal(result.status, 0, result.stderr);
  assertNothingInstalled(box);
  assert.ok(!calls(box).some((line) => line.startsWith('curl ')), 'nothing is downloaded');
  assert.match(result.stdout, /<key>Label<\/key>\n {2}<string>dev\.cucumber-mink\.selenium-server<\/string>/);
  assert.match(result.stdout, /<string>4555<\/string>/);
  assert.match(result.stdout, /\+ curl -fL .* https:\/\/github\.com\/SeleniumHQ\/selenium\/releases\/download\/selenium-4\.48\.0\/selenium-server-4\.48\.0\.jar/);
  assert.match(result.stdout, /\+ verify_sha256 \S+\/selenium-server-4\.48\.0\.jar c3119218bcd07b221622ffd57874519891718029358c85a2dccf506e17815cd7\n/);
  const enable = result.stdout.indexOf(`+ launchctl enable gui/${UID}/${DEFAULT_LABEL}`);
  const bootstrap = result.stdout.indexOf(`+ launchctl bootstrap gui/${UID} `);
  const wait = result.stdout.indexOf('+ await_ready http://127.0.0.1:4555\n');
  assert.ok(enable > 0 && bootstrap > enable && wait > bootstrap, result.stdout);
  assert.match(result.stdout, /\ndry run: nothing was changed\n$/);
});

test('--dry-run on an installed service shows the bootout but does not run it', (t) => {
  const box = sandbox(t);
  assert.equal(run(box, ['--jar', box.jar]).status, 0);
  const before = listHome(box);
  clearCalls(box);
  const result = run(box, ['--dry-run', '--jar', box.jar]);
  assert.equal(result.status, 0, result.stderr);
  assert.ok(result.stdout.includes(`+ launchctl bootout gui/${UID}/${DEFAULT_LABEL}\n+ wait_until_unloaded\n`), result.stdout);
  assert.deepEqual(launchctlVerbs(box).filter((verb) => verb !== 'print'), [], 'only questions are asked');
  assert.deepEqual(fs.readdirSync(path.join(box.dir, 'state')), [`loaded.${DEFAULT_LABEL}`]);
  assert.deepEqual(listHome(box), before);
});

test('the default download is checked against the pinned SHA-256 of Selenium 4.48.0', (t) => {
  const box = sandbox(t);
  const result = run(box, [], { STUB_DOWNLOAD_FILE: REAL_JAR });
  assert.equal(result.status, 0, result.stderr);
  const download = calls(box).find((line) => line.startsWith('curl -fL'));
  assert.ok(download?.endsWith(
    'https://github.com/SeleniumHQ/selenium/releases/download/selenium-4.48.0/selenium-server-4.48.0.jar',
  ), download);
  const jar = path.join(paths(box).support, 'selenium-server-4.48.0.jar');
  assert.equal(fs.statSync(jar).size, fs.statSync(REAL_JAR).size);
});

test('a checksum mismatch installs nothing', (t) => {
  const box = sandbox(t);
  const result = run(box, [], { STUB_DOWNLOAD_FILE: box.jar });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /checksum mismatch .*expected c3119218.*nothing was installed/);
  assertNothingInstalled(box);
  assert.deepEqual(fs.readdirSync(path.join(box.dir, 'tmp')), [], 'the staging directory is removed');
});

test('--version without a pinned checksum needs --sha256, which is then enforced', (t) => {
  const box = sandbox(t);
  const refused = run(box, ['--version', '4.47.0'], { STUB_DOWNLOAD_FILE: box.jar });
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /no pinned SHA-256 for Selenium 4\.47\.0; pass --sha256/);
  assertNothingInstalled(box);
  const sha = sha256(box.jar);
  const accepted = run(box, ['--version', '4.47.0', '--sha256', sha], { STUB_DOWNLOAD_FILE: box.jar });
  assert.equal(accepted.status, 0, accepted.stderr);
  assert.ok(fs.existsSync(path.join(paths(box).support, 'selenium-server-4.47.0.jar')));
});

test('a failed download installs nothing', (t) => {
  const box = sandbox(t);
  const result = run(box, []);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /download failed: https:\/\/github\.com\/.*nothing was installed/);
  assertNothingInstalled(box);
});

test('a missing --jar installs nothing', (t) => {
  const box = sandbox(t);
  const result = run(box, ['--jar', path.join(box.dir, 'missing.jar')]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /jar not found \(or empty\): .*missing\.jar/);
  assertNothingInstalled(box);
});

test('without Java 11+ the installer names the brew command and installs nothing', (t) => {
  const box = sandbox(t);
  const missing = run(box, ['--jar', box.jar], { JAVA_HOME: '' });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no Java 11 or newer found .*Install one with: brew install openjdk/);
  assertNothingInstalled(box);
  const old = run(box, ['--jar', box.jar], { STUB_JAVA_VERSION: '1.8.0_292' });
  assert.equal(old.status, 1);
  assert.match(old.stderr, /too old for Selenium 4.*\(Java 8\)/);
  assert.match(old.stderr, /brew install openjdk/);
  assertNothingInstalled(box);
});

test('Java is found through java_home when JAVA_HOME is unset', (t) => {
  const box = sandbox(t);
  const result = run(box, ['--jar', box.jar], {
    JAVA_HOME: '',
    SELENIUM_JAVA_HOME_TOOL: path.join(STUB_BIN, 'java_home'),
    STUB_JAVA_HOME: FIXTURES,
  });
  assert.equal(result.status, 0, result.stderr);
  assert.ok(calls(box).includes('java_home -F -v 11+'));
  assert.equal((parsePlist(paths(box).plist).ProgramArguments as string[])[0], path.join(FIXTURES, 'bin', 'java'));
});

test('a server that never becomes ready fails with the log tail after the bounded wait', (t) => {
  const box = sandbox(t);
  const { logs } = paths(box);
  fs.mkdirSync(logs, { recursive: true });
  fs.writeFileSync(path.join(logs, 'selenium-server.err.log'), 'java.net.BindException: Address already in use\n');
  const result = run(box, ['--jar', box.jar], { STUB_SERVER: 'starting', SELENIUM_READY_TIMEOUT: '1' });
  assert.equal(result.status, 1);
  // One probe every 0.5 s for at most 2 s (the 1 s limit counted in whole seconds), not the default 90 s.
  const probes = calls(box).filter((call) => /^curl .*\/status/.test(call)).length;
  assert.ok(probes >= 1 && probes <= 5, `${probes} probes of /status`);
  assert.match(result.stderr, /Address already in use/);
  assert.match(result.stderr, /did not report ready within 1s/);
});

test('a failed bootstrap reports the exit code with a hint', (t) => {
  const box = sandbox(t);
  const result = run(box, ['--jar', box.jar], { STUB_BOOTSTRAP_RC: '125' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /bootstrap .* failed with exit code 125: this user has no GUI login session/);
});

test('a --jar that is not a zip file is refused and installs nothing', (t) => {
  const box = sandbox(t);
  const notAJar = path.join(box.dir, 'selenium-server-4.48.0.jar.html');
  fs.writeFileSync(notAJar, '<!doctype html><title>404 Not Found</title>');
  const result = run(box, ['--jar', notAJar]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /--jar .*\.jar\.html is not a jar \(a jar is a zip file/);
  assertNothingInstalled(box);
});

test('the SHA-256 of a --jar is printed at install and shown by status', (t) => {
  const box = sandbox(t);
  const sha = sha256(box.jar);
  const result = run(box, ['--jar', box.jar]);
  assert.equal(result.status, 0, result.stderr);
  assert.ok(result.stdout.includes(`jar: ${box.jar} (SHA-256 ${sha})`), result.stdout);
  assert.ok(run(box, ['status']).stdout.includes(`sha256:  ${sha}`));
});

test('a port another process listens on is refused before anything is installed', (t) => {
  const box = sandbox(t);
  const result = run(box, ['--jar', box.jar, '--port', '4555'], { STUB_PORT_IN_USE: '4555' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /port 4555 is already in use by pid 31337 \(nc\); stop it or choose another --port \(nothing was installed\)/);
  assertNothingInstalled(box);
  // Our own service listening on that port is no obstacle: it is stopped and started again.
  assert.equal(run(box, ['--jar', box.jar, '--port', '4555']).status, 0);
  assert.equal(run(box, ['--jar', box.jar, '--port', '4555']).status, 0);
  // A stranger is, even while our service is loaded (say, restarting after a crash).
  const stranger = run(box, ['--jar', box.jar, '--port', '4555'], { STUB_PORT_IN_USE: '4555' });
  assert.equal(stranger.status, 1);
  assert.match(stranger.stderr, /port 4555 is already in use by pid 31337 \(nc\)/);
});

test('reinstalling on another --port that is taken is refused, and the installed service is left as it was', (t) => {
  const box = sandbox(t);
  assert.equal(run(box, ['--jar', box.jar, '--port', '4555']).status, 0);
  const { plist } = paths(box);
  const before = { plist: fs.readFileSync(plist, 'utf8'), home: listHome(box) };
  clearCalls(box);
  const result = run(box, ['--jar', box.jar, '--port', '4666'], { STUB_PORT_IN_USE: '4666' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /port 4666 is already in use by pid 31337 \(nc\); stop it or choose another --port/);
  assert.deepEqual(launchctlVerbs(box).filter((verb) => verb !== 'print'), [], 'the running service is not touched');
  assert.deepEqual({ plist: fs.readFileSync(plist, 'utf8'), home: listHome(box) }, before);
  assert.deepEqual(fs.readdirSync(path.join(box.dir, 'state')), [`loaded.${DEFAULT_LABEL}`]);
});

test('--dry-run refuses a taken port as the install would', (t) => {
  const box = sandbox(t);
  const result = run(box, ['--dry-run', '--jar', box.jar, '--port', '4555'], { STUB_PORT_IN_USE: '4555' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /port 4555 is already in use by pid 31337 \(nc\)/);
  assert.doesNotMatch(result.stdout, /dry run: nothing was changed/);
  assertNothingInstalled(box);
});

test('options may come before the command: --dry-run install', (t) => {
  const box = sandbox(t);
  const result = run(box, ['--dry-run', 'install', '--jar', box.jar]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /dry run: nothing was changed/);
  assertNothingInstalled(box);
  const twice = run(box, ['install', 'status']);
  assert.equal(twice.status, 2);
  assert.match(twice.stderr, /two commands given: install and status/);
});
