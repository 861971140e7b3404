/**
 * Finding a local browser and its driver where a Mac keeps them, and through Selenium Manager: run on
 * Linux against a fake macOS layout (app bundles, Homebrew folders) and a stub Selenium Manager that
 * records how it was asked. Nothing here reads the real /Applications or runs the real Selenium Manager.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { describeEndpoint, resolveEndpoint, type EndpointRequest } from '../../support/drivers/browser/endpoint';
import { defaultLocalSearch, type LocalSearch } from '../../support/drivers/browser/local-search';
import { DriverError } from '../../support/drivers/driver';

const request: EndpointRequest = { seleniumUrl: null, browser: 'chrome', driverPath: null, browserBinary: null, detectSelenium: false };

let root: string;

/** An executable file at `relative` under the fake root; its absolute path. */
function executable(relative: string): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '#!/bin/sh\n', { mode: 0o755 });
  return file;
}

const CHROME_APP = 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
const CFT_APP = 'Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
const CHROMIUM_APP = 'home/Applications/Chromium.app/Contents/MacOS/Chromium';
const FIREFOX_APP = 'Applications/Firefox.app/Contents/MacOS/firefox';

/**
 * A stub Selenium Manager: it appends its arguments (one per line, then `--`) to `calls`, and answers
 * with `answer.json` and `exit-code`, as the real one answers `--output json`.
 */
function stubSeleniumManager(answer: object, exitCode = 0): { binary: string; calls: () => string[][] } {
  const dir = path.join(root, 'selenium-manager');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'answer.json'), JSON.stringify(answer));
  const binary = path.join(dir, 'selenium-manager');
  fs.writeFileSync(
    binary,
    `#!/bin/sh\ndir=$(dirname "$0")\nfor arg in "$@"; do printf '%s\\n' "$arg" >>"$dir/calls"; done\nprintf -- '--\\n' >>"$dir/calls"\n` +
      `printf '%s\\n' "SE_OFFLINE=\${SE_OFFLINE:-unset}" >>"$dir/env"\ncat "$dir/answer.json"\nexit ${exitCode}\n`,
    { mode: 0o755 },
  );
  return {
    binary,
    calls: () => {
      const file = path.join(dir, 'calls');
      if (!fs.existsSync(file)) return [];
      return fs.readFileSync(file, 'utf8').split('--\n').filter(Boolean).map((call) => call.trimEnd().split('\n'));
    },
  };
}

function found(driverPath: string, browserPath: string): object {
  return { logs: [], result: { code: 0, message: '', driver_path: driverPath, browser_path: browserPath } };
}

/** The fake Mac: its app folders and Homebrew folders under the root, an empty PATH, the given Selenium Manager. */
function fakeMac(seleniumManager: string | null, mode: 'online' | 'offline' | 'off' = 'offline'): LocalSearch {
  return {
    platform: 'darwin',
    path: '',
    applicationsDirs: [path.join(root, 'Applications'), path.join(root, 'home', 'Applications')],
    homebrewDirs: [path.join(root, 'opt', 'homebrew', 'bin'), path.join(root, 'usr', 'local', 'bin')],
    seleniumManager: seleniumManager === null ? null : { binary: seleniumManager, mode, cachePath: path.join(root, 'cache') },
  };
}

function environment(search: LocalSearch) {
  return { defaultSeleniumUrl: 'http://127.0.0.1:1', probeTimeoutMs: 300, search };
}

describe('a local browser on a Mac', () => {
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cucumber-mink-mac-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('Google Chrome in /Applications and chromedriver from Homebrew, without asking Selenium Manager', async () => {
    const chrome = executable(CHROME_APP);
    const driver = executable('opt/homebrew/bin/chromedriver');
    const manager = stubSeleniumManager(found('/elsewhere/chromedriver', '/elsewhere/chrome'));
    const endpoint = await resolveEndpoint(request, environment(fakeMac(manager.binary)));
    assert.deepEqual(endpoint, { kind: 'local', driverPath: driver, browserBinary: chrome });
    assert.deepEqual(manager.calls(), []);
    assert.equal(describeEndpoint(endpoint, 'chrome', true), `browser via local chromedriver ${driver} (Google Chrome ${chrome}, headless)`);
  });

  it('in the order Google Chrome, Google Chrome for Testing, Chromium; ~/Applications too; Homebrew on Intel', async () => {
    const chromium = executable(CHROMIUM_APP);
    const driver = executable('usr/local/bin/chromedriver');
    const search = fakeMac(null);
    assert.deepEqual(await resolveEndpoint(request, environment(search)), { kind: 'local', driverPath: driver, browserBinary: chromium });
    const testing = executable(CFT_APP);
    assert.deepEqual(await resolveEndpoint(request, environment(search)), { kind: 'local', driverPath: driver, browserBinary: testing });
    const chrome = executable(CHROME_APP);
    assert.deepEqual(await resolveEndpoint(request, environment(search)), { kind: 'local', driverPath: driver, browserBinary: chrome });
  });

  it('PATH first: a chromedriver on PATH wins over Homebrew\'s folders', async () => {
    executable(CHROME_APP);
    executable('opt/homebrew/bin/chromedriver');
    const onPath = executable('bin/chromedriver');
    const endpoint = await resolveEndpoint(request, environment({ ...fakeMac(null), path: path.join(root, 'bin') }));
    assert.equal(endpoint.kind === 'local' && endpoint.driverPath, onPath);
  });

  it('Firefox.app and geckodriver from Homebrew for browser firefox', async () => {
    const firefox = executable(FIREFOX_APP);
    const driver = executable('opt/homebrew/bin/geckodriver');
    assert.deepEqual(await resolveEndpoint({ ...request, browser: 'firefox' }, environment(fakeMac(null))), {
      kind: 'local',
      driverPath: driver,
      browserBinary: firefox,
    });
  });

  it('Chrome installed, no chromedriver: Selenium Manager is asked for the driver that matches that Chrome, and the choice says so', async () => {
    const chrome = executable(CHROME_APP);
    const cached = executable('cache/chromedriver/mac-arm64/140.0.7339.82/chromedriver');
    const manager = stubSeleniumManager(found(cached, chrome));
    const endpoint = await resolveEndpoint(request, environment(fakeMac(manager.binary, 'offline')));
    assert.deepEqual(endpoint, { kind: 'local', driverPath: cached, browserBinary: chrome, foundBy: 'Selenium Manager' });
    assert.deepEqual(manager.calls(), [
      ['--browser', 'chrome', '--output', 'json', '--avoid-stats', '--avoid-browser-download', '--browser-path', chrome,
        '--cache-path', path.join(root, 'cache'), '--offline'],
    ]);
    assert.equal(
      describeEndpoint(endpoint, 'chrome', false),
      `browser via local chromedriver ${cached} (Google Chrome ${chrome}, headed; found by Selenium Manager)`,
    );
  });

  it('online, Selenium Manager may download the driver: no --offline, and the run\'s own SE_OFFLINE is not passed on', async () => {
    const chrome = executable(CHROME_APP);
    const cached = executable('cache/chromedriver/chromedriver');
    const manager = stubSeleniumManager(found(cached, chrome));
    // What offline.ts sets for selenium-webdriver's own use once the browser driver is loaded.
    const before = process.env.SE_OFFLINE;
    process.env.SE_OFFLINE = 'true';
    try {
      await resolveEndpoint(request, environment(fakeMac(manager.binary, 'online')));
    } finally {
      if (before === undefined) delete process.env.SE_OFFLINE;
      else process.env.SE_OFFLINE = before;
    }
    const [call] = manager.calls();
    assert.ok(!call.includes('--offline'), call.join(' '));
    assert.equal(fs.readFileSync(path.join(root, 'selenium-manager', 'env'), 'utf8').trim(), 'SE_OFFLINE=unset');
  });

  it('SELENIUM_MANAGER=off: Selenium Manager is never run', async () => {
    executable(CHROME_APP);
    const manager = stubSeleniumManager(found('/x/chromedriver', '/x/chrome'));
    await assert.rejects(resolveEndpoint(request, environment(fakeMac(manager.binary, 'off'))), DriverError);
    assert.deepEqual(manager.calls(), []);
  });

  it('a configured path that is not an executable fails as before: Selenium Manager does not replace what was asked for', async () => {
    executable(CHROME_APP);
    const manager = stubSeleniumManager(found('/x/chromedriver', '/x/chrome'));
    await assert.rejects(
      resolveEndpoint({ ...request, driverPath: path.join(root, 'nothing') }, environment(fakeMac(manager.binary))),
      /not an executable file/,
    );
    assert.deepEqual(manager.calls(), []);
  });

  it('nothing anywhere: one message with every place looked in, Selenium Manager\'s answer, and the Mac commands', async () => {
    const manager = stubSeleniumManager({ logs: [], result: { code: 65, message: 'Unable to discover proper chromedriver version in offline mode' } }, 65);
    await assert.rejects(resolveEndpoint(request, environment(fakeMac(manager.binary))), (error: unknown) => {
      assert.ok(error instanceof DriverError);
      const message = error.message;
      assert.match(message, /No browser for @javascript scenarios \(chrome\)/);
      assert.ok(message.includes(`Google Chrome.app, Google Chrome for Testing.app, Chromium.app in ${path.join(root, 'Applications')}, ${path.join(root, 'home', 'Applications')}: not found`), message);
      assert.ok(message.includes(`chromedriver in ${path.join(root, 'opt', 'homebrew', 'bin')}, ${path.join(root, 'usr', 'local', 'bin')}: not found`), message);
      assert.ok(message.includes('Selenium Manager (offline): Unable to discover proper chromedriver version in offline mode'), message);
      assert.match(message, /brew install --cask google-chrome/);
      assert.match(message, /brew install --cask chromedriver/);
      assert.match(message, /xattr -d com\.apple\.quarantine/);
      assert.match(message, /scripts\/install-selenium-macos\.sh/);
      assert.doesNotMatch(message, /apt install/);
      return true;
    });
  });

  it('a Selenium Manager that answers no JSON is reported with its exit, not trusted', async () => {
    executable(CHROME_APP);
    const binary = executable('broken/selenium-manager');
    fs.writeFileSync(binary, '#!/bin/sh\necho "segfault" >&2\nexit 139\n', { mode: 0o755 });
    await assert.rejects(resolveEndpoint(request, environment(fakeMac(binary))), /Selenium Manager \(offline\): exited with status 139: segfault/);
  });
});

describe('where the search looks by default', () => {
  it('on a Mac: /Applications and ~/Applications, Homebrew\'s folders, and the macOS Selenium Manager of selenium-webdriver', () => {
    const search = defaultLocalSearch({ platform: 'darwin', home: '/Users/ann', path: '/usr/bin:/bin', seleniumManager: 'online' });
    assert.deepEqual(search.applicationsDirs, ['/Applications', '/Users/ann/Applications']);
    assert.deepEqual(search.homebrewDirs, ['/opt/homebrew/bin', '/usr/local/bin']);
    assert.equal(search.path, '/usr/bin:/bin');
    assert.match(search.seleniumManager?.binary ?? '', /selenium-webdriver[\\/]bin[\\/]macos[\\/]selenium-manager$/);
    assert.equal(search.seleniumManager?.mode, 'online');
  });

  it('on Linux: PATH, then the Linux Selenium Manager; no app bundles or Homebrew folders', () => {
    const search = defaultLocalSearch({ platform: 'linux', home: '/home/ann', path: '/usr/bin', seleniumManager: 'offline' });
    assert.deepEqual(search.applicationsDirs, []);
    assert.deepEqual(search.homebrewDirs, []);
    assert.match(search.seleniumManager?.binary ?? '', /selenium-webdriver[\\/]bin[\\/]linux[\\/]selenium-manager$/);
    assert.ok(fs.existsSync(search.seleniumManager?.binary ?? ''), 'selenium-webdriver ships it');
  });
});
