/**
 * Session capabilities for remote and cloud grids: the setting (cucumber.config.ts or
 * SELENIUM_CAPABILITIES), how it is merged over ours, what a WebDriver server is sent (a recording
 * stub checks the request byte for byte), what a refusal says, and that secrets never show.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, describe, it } from 'node:test';
import { noteCurrentScenario } from '../../support/config/current-scenario';
import { maskSecrets, maskUrlCredentials, registerSecrets, secretsInCapabilities, secretsInUrl } from '../../support/config/mask';
import { ConfigError, resolveParameters } from '../../support/config/parameters';
import * as chrome from 'selenium-webdriver/chrome';
import { applyCapabilities, mergeCapabilities } from '../../support/drivers/browser/capabilities';
import { launchBrowser, runsOnProfile, shutDownBrowser } from '../../support/drivers/browser/launch';
import { DriverError } from '../../support/drivers/driver';

const ACCESS_KEY = 'bs-access-key-1f2e3d';

describe('the capabilities setting', () => {
  it('is {} by default, an object in worldParameters, or JSON in SELENIUM_CAPABILITIES, which wins', () => {
    assert.deepEqual(resolveParameters({}, {}).capabilities, {});
    const fromConfig = { platformName: 'linux', 'bstack:options': { userName: 'ann' } };
    assert.deepEqual(resolveParameters({ capabilities: fromConfig }, {}).capabilities, fromConfig);
    const fromEnvironment = resolveParameters({ capabilities: fromConfig }, { SELENIUM_CAPABILITIES: '{"browserVersion": "stable", "se:name": "smoke"}' });
    assert.deepEqual(fromEnvironment.capabilities, { browserVersion: 'stable', 'se:name': 'smoke' });
  });

  it('bad JSON: one line naming the variable and the fix, without the text that may hold a secret', () => {
    for (const text of [`{"bstack:options": {"accessKey": "${ACCESS_KEY}"`, `{"bstack:options": {"accessKey": ${ACCESS_KEY}}}`]) {
      assert.throws(() => resolveParameters({}, { SELENIUM_CAPABILITIES: text }), (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /^cucumber-mink configuration: capabilities \(environment variable SELENIUM_CAPABILITIES\) is not valid JSON \(.+\)\. Give one JSON object, e\.g\. /);
        assert.ok(!error.message.includes(ACCESS_KEY.slice(0, 8)), error.message);
        assert.ok(!error.message.includes('\n'), error.message);
        return true;
      });
    }
  });

  it('refuses what a grid would refuse or selenium-webdriver would drop, naming the key and the fix', () => {
    const refused = (capabilities: unknown, env: NodeJS.ProcessEnv = {}) => {
      try {
        resolveParameters({ capabilities }, env);
      } catch (error) {
        assert.ok(error instanceof ConfigError);
        return error.message;
      }
      return assert.fail('accepted');
    };
    assert.match(refused(['--headless']), /capabilities \(worldParameters\) is an array, not an object\. Give an object of W3C capabilities/);
    assert.match(refused({ name: 'checkout' }), /capabilities\.name \(worldParameters\) is not a W3C capability .*se:name \(Selenium Grid\), bstack:options\.sessionName, sauce:options\.name or LT:Options\.name/);
    assert.match(refused({ 'sauce:options': { accessKey: undefined } }), /capabilities\.sauce:options\.accessKey \(worldParameters\) is undefined\. .*process\.env may be unset/);
    assert.match(refused({ browserName: 'firefox' }), /capabilities\.browserName \(worldParameters\) is "firefox", another browser than the browser parameter's \(chrome\)\. Leave browserName out/);
    assert.match(refused({}, { SELENIUM_CAPABILITIES: '"linux"' }), /capabilities \(environment variable SELENIUM_CAPABILITIES\) is a string, not an object/);
    assert.deepEqual(resolveParameters({ browser: 'firefox', capabilities: { browserName: 'firefox' } }, {}).capabilities, { browserName: 'firefox' });
  });

  it('SELENIUM_MANAGER is online, offline or off; anything else stops the run before it starts', () => {
    for (const mode of ['online', 'offline', 'off', 'OFFLINE']) assert.doesNotThrow(() => resolveParameters({}, { SELENIUM_MANAGER: mode }));
    assert.throws(() => resolveParameters({}, { SELENIUM_MANAGER: 'never' }), /SELENIUM_MANAGER \(environment variable\) is "never"\. Use online .*, offline .* or off\./);
  });
});

describe('merging the user\'s capabilities over ours', () => {
  const ours = {
    browserName: 'chrome',
    'goog:chromeOptions': { args: ['--headless=new', '--window-size=1280,900'], binary: '/usr/bin/chromium', prefs: { a: 1 } },
    webSocketUrl: true,
  };

  it('adds browser arguments after ours, merges objects, passes vendor keys untouched, and null removes one of ours', () => {
    const vendor = { userName: 'ann', accessKey: ACCESS_KEY, sessionName: 'checkout', nested: { list: [1, 2] } };
    const merged = mergeCapabilities(
      ours,
      {
        browserVersion: '140',
        platformName: 'Windows 11',
        'goog:chromeOptions': { args: ['--lang=fr', '--window-size=1920,1080'], prefs: { b: 2 } },
        'bstack:options': vendor,
        webSocketUrl: null,
      },
      'chrome',
    );
    assert.deepEqual(merged, {
      browserName: 'chrome',
      browserVersion: '140',
      platformName: 'Windows 11',
      'goog:chromeOptions': {
        args: ['--headless=new', '--window-size=1280,900', '--lang=fr', '--window-size=1920,1080'],
        binary: '/usr/bin/chromium',
        prefs: { a: 1, b: 2 },
      },
      'bstack:options': vendor,
    });
    assert.deepEqual(ours['goog:chromeOptions'].args, ['--headless=new', '--window-size=1280,900'], 'ours is left as it was');
  });

  it('for firefox, moz:firefoxOptions args are added; chrome\'s key is then just a key', () => {
    const merged = mergeCapabilities({ 'moz:firefoxOptions': { args: ['-headless'] } }, { 'moz:firefoxOptions': { args: ['-private'] } }, 'firefox');
    assert.deepEqual(merged, { 'moz:firefoxOptions': { args: ['-headless', '-private'] } });
  });
});

describe('secrets', () => {
  it('are found under the names vendors give them, at any depth, and in a URL', () => {
    const capabilities = {
      'bstack:options': { userName: 'ann', accessKey: 'bstack-key-1' },
      'sauce:options': { username: 'bob', accessKey: 'sauce-key-22', name: 'checkout' },
      'LT:Options': { user: 'cy', accessKey: 'lt-key-333', build: '7' },
      'tb:options': { key: 'tb-key-4444', secret: 'tb-secret-5' },
      'acme:auth': { token: 'acme-token-6', headers: ['x'] },
      platformName: 'linux',
    };
    assert.deepEqual(secretsInCapabilities(capabilities).sort(), ['acme-token-6', 'bstack-key-1', 'lt-key-333', 'sauce-key-22', 'tb-key-4444', 'tb-secret-5', 'x'].sort());
    assert.deepEqual(secretsInUrl('https://ann:url%2Fpass@hub.example/wd/hub?token=tok-777&region=eu'), ['url%2Fpass', 'url/pass', 'tok-777']);
  });

  it('a token in a URL\'s query is masked like its password; other parameters stay', () => {
    assert.equal(maskUrlCredentials('at https://grid.example/webdriver?token=abc123&region=eu now'), 'at https://grid.example/webdriver?token=***&region=eu now');
    assert.equal(maskUrlCredentials('http://h/?access_key=k1&apiKey=k2&monkey=m&key=k3'), 'http://h/?access_key=***&apiKey=***&monkey=m&key=***');
    assert.equal(maskUrlCredentials('a plain ?token=abc outside a URL'), 'a plain ?token=abc outside a URL');
  });

  it('registered secrets are masked wherever they appear, also as JSON or URL text; short values are not secrets', () => {
    registerSecrets(['needle-secret-42', 'a"b\\c-secret', 'ab']);
    assert.equal(maskSecrets('key needle-secret-42 and {"k":"a\\"b\\\\c-secret"} and ab'), 'key *** and {"k":"***"} and ab');
  });
});

/** A WebDriver server that records each new-session request and answers with `answer`. */
function recordingServer(answer: (body: unknown) => { status: number; value: unknown }) {
  const received: unknown[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      let status = 200;
      let value: unknown = null;
      if (request.method === 'POST' && request.url === '/session') {
        const parsed = JSON.parse(body) as unknown;
        received.push(parsed);
        ({ status, value } = answer(parsed));
      }
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify({ value }));
    });
  });
  return {
    received,
    start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('what a WebDriver server is sent, and what its refusal says', () => {
  const accepted = () => ({ status: 200, value: { sessionId: 'recorded-1', capabilities: { browserName: 'chrome' } } });
  const stub = recordingServer((body) => {
    const alwaysMatch = (body as { capabilities: { alwaysMatch: Record<string, unknown> } }).capabilities.alwaysMatch;
    if (alwaysMatch.platformName !== 'windows') return accepted();
    // As Selenium Grid answers: the reason, then diagnostics, the capabilities echoed back among them.
    return {
      status: 500,
      value: {
        error: 'session not created',
        message:
          `Could not start a new session. No nodes support the capabilities in the request\n` +
          `Host info: host: 'grid', ip: '10.0.0.1'\nCapabilities {bstack:options: {accessKey: ${ACCESS_KEY}}, platformName: windows}\n` +
          `Build info: version: '4.48.0'`,
        stacktrace: '',
      },
    };
  });
  let url: string;
  before(async () => {
    url = await stub.start();
  });
  after(() => stub.stop());
  afterEach(() => noteCurrentScenario(null));

  const launchOptions = { browser: 'chrome' as const, headless: true, windowSize: { width: 1280, height: 900 }, sessionStartTimeout: 10 };

  it('ours, the scenario\'s name as se:name, and the user\'s capabilities over them, as one alwaysMatch', async () => {
    noteCurrentScenario('Checkout with a saved card');
    const capabilities = {
      browserVersion: 'stable',
      platformName: 'linux',
      'goog:chromeOptions': { args: ['--lang=fr'] },
      'bstack:options': { userName: 'ann', accessKey: ACCESS_KEY },
      'sauce:options': { name: 'kept as given' },
    };
    const launched = await launchBrowser({ kind: 'selenium', url, origin: 'configured' }, { ...launchOptions, capabilities });
    await shutDownBrowser(launched);
    const sent = stub.received.at(-1) as { capabilities: { alwaysMatch: Record<string, unknown>; firstMatch: unknown } };
    const { 'goog:chromeOptions': chromeOptions, ...rest } = sent.capabilities.alwaysMatch;
    assert.deepEqual(rest, {
      browserName: 'chrome',
      browserVersion: 'stable',
      platformName: 'linux',
      webSocketUrl: true,
      unhandledPromptBehavior: { default: 'ignore', beforeUnload: 'ignore' },
      'se:name': 'Checkout with a saved card',
      'bstack:options': { userName: 'ann', accessKey: ACCESS_KEY },
      'sauce:options': { name: 'kept as given' },
    });
    const { args } = chromeOptions as { args: string[] };
    assert.equal(args.at(-1), '--lang=fr', 'the user\'s argument comes after ours');
    assert.ok(args.includes('--headless=new') && args.includes('--window-size=1280,900'), `ours are kept: ${args.join(' ')}`);
    assert.deepEqual(Object.keys(chromeOptions as object), ['args']);
    assert.deepEqual(sent.capabilities.firstMatch, [{}]);
  });

  it('a se:name of the user\'s wins; null sends none; outside a scenario the session is named cucumber-mink', async () => {
    const sentName = async (capabilities: Record<string, string | null>) => {
      await shutDownBrowser(await launchBrowser({ kind: 'selenium', url, origin: 'configured' }, { ...launchOptions, capabilities }));
      return (stub.received.at(-1) as { capabilities: { alwaysMatch: Record<string, unknown> } }).capabilities.alwaysMatch['se:name'];
    };
    noteCurrentScenario('A scenario');
    assert.equal(await sentName({ 'se:name': 'nightly run' }), 'nightly run');
    assert.equal(await sentName({ 'se:name': null }), undefined);
    noteCurrentScenario(null);
    assert.equal(await sentName({}), 'cucumber-mink');
  });

  it('a refusal is one line: the server, its reason, and the capabilities to check, with the access key masked', async () => {
    const capabilities = { platformName: 'windows', 'bstack:options': { accessKey: ACCESS_KEY } };
    await assert.rejects(
      launchBrowser({ kind: 'selenium', url: url.replace('//', '//ann:url-password-9@'), origin: 'configured' }, { ...launchOptions, capabilities }),
      (error: unknown) => {
        assert.ok(error instanceof DriverError);
        assert.equal(
          error.message,
          `Selenium at ${url.replace('//', '//ann:***@')} refused to start a browser session: ` +
            'Could not start a new session. No nodes support the capabilities in the request. ' +
            'Check the capabilities given (platformName, bstack:options) in SELENIUM_CAPABILITIES (worldParameters.capabilities).',
        );
        assert.ok(!String(error.stack).includes(ACCESS_KEY) && !String(error.stack).includes('url-password-9'));
        return true;
      },
    );
  });
});

describe('whether a local Chromium runs on our throwaway profile (only then is it ended by a kill, not asked to quit)', () => {
  const ours = '/tmp/cucumber-mink-profile-x';
  const withArgs = (theirs: string[]) => {
    const options = new chrome.Options().addArguments('--headless=new', `--user-data-dir=${ours}`);
    applyCapabilities(options, theirs.length ? { 'goog:chromeOptions': { args: theirs } } : {}, 'chrome');
    return options;
  };

  it('ours, unless the capabilities give a profile of the user\'s own, with or without the leading dashes', () => {
    assert.equal(runsOnProfile(withArgs([]), ours), true);
    assert.equal(runsOnProfile(withArgs(['--lang=fr']), ours), true);
    assert.equal(runsOnProfile(withArgs(['--user-data-dir=/home/ann/chrome']), ours), false);
    assert.equal(runsOnProfile(withArgs(['user-data-dir=/home/ann/chrome']), ours), false);
  });
});
