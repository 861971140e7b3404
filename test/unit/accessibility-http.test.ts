/**
 * The accessibility check over HTTP, against the demo app's pages: axe-core in a jsdom document of
 * the page as received. Violations found and filtered (impact, region, rules left out), the rules
 * that need a rendered page named, and nothing of jsdom or axe-core loaded until a check runs.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemoApp, type DemoApp } from '../../support/demo-app';
import { HttpDriver } from '../../support/drivers/http';
// What steps/accessibility.ts imports (cucumber's Then cannot run outside a run): loading them loads nothing of the check.
import { assertNoAccessibilityViolations, type ReportSink } from '../../support/accessibility/check';
import { accessibilityOptions } from '../../support/accessibility/options';
import { ExpectationError } from '../../support/session/errors';
import { Session } from '../../support/session/session';

/** Modules of jsdom or axe-core this process has loaded. */
function loadedCheckModules(): string[] {
  return Object.keys(require.cache).filter((file) => /[\\/]node_modules[\\/](jsdom|axe-core)[\\/]/.test(file));
}

interface Recorded {
  readonly attached: { data: string; fileName: string }[];
  readonly logged: string[];
  readonly sink: ReportSink;
}

function recorder(): Recorded {
  const attached: { data: string; fileName: string }[] = [];
  const logged: string[] = [];
  return { attached, logged, sink: { attach: (data, { fileName }) => attached.push({ data, fileName }), log: (text) => logged.push(text) } };
}

let app: DemoApp;
let session: Session;

before(async () => {
  app = await startDemoApp();
  session = new Session('http', new HttpDriver(), { baseUrl: app.url, filesPath: '.', waitTimeout: 0 });
});

after(() => app.close());

/** The check's failure on a page, or null when it passes. */
async function failureOn(page: string, options = accessibilityOptions(), recorded = recorder()): Promise<ExpectationError | null> {
  await session.visit(page);
  try {
    await assertNoAccessibilityViolations(session, options, recorded.sink);
    return null;
  } catch (error) {
    assert.ok(error instanceof ExpectationError, `an expectation failure, got ${String(error)}`);
    return error;
  }
}

function ruleIds(error: ExpectationError | null): string[] {
  assert.ok(error, 'the check fails');
  return [...error.summary.matchAll(/^\d+\. ([\w-]+) \(/gm), ...error.hints.join('\n').matchAll(/^\d+\. ([\w-]+) \(/gm)].map(([, id]) => id).sort();
}

describe('the accessibility check over HTTP', () => {
  // First: nothing before it in this process may have run a check.
  it('loads neither jsdom nor axe-core until a check runs', async () => {
    await session.visit('/accessibility/broken');
    assert.match(await session.driver.pageText(), /Faint small print/);
    assert.deepEqual(loadedCheckModules(), [], 'loading the check and visiting and reading a page load none of them');
    await failureOn('/accessibility/broken');
    assert.ok(loadedCheckModules().some((file) => /[\\/]jsdom[\\/]/.test(file)), 'jsdom is loaded by the check');
    assert.ok(loadedCheckModules().some((file) => /[\\/]axe-core[\\/]/.test(file)), 'axe-core is loaded by the check');
  });

  it('passes an accessible page, saying which rules it could not check', async () => {
    const recorded = recorder();
    assert.equal(await failureOn('/accessibility/clean', accessibilityOptions(), recorded), null);
    assert.deepEqual(recorded.logged, ['Not checked over HTTP: color-contrast, link-in-text-block, scrollable-region-focusable, landmark-one-main, page-has-heading-one (they need a rendered page): tag the scenario @javascript to check them.']);
    assert.deepEqual(recorded.attached, [], 'a passing check attaches nothing');
  });

  it('finds the image without alt, the field without a label, the nameless button and the skipped heading level', async () => {
    const recorded = recorder();
    const error = await failureOn('/accessibility/broken', accessibilityOptions(), recorded);
    assert.deepEqual(ruleIds(error), ['button-name', 'heading-order', 'image-alt', 'label']);
    assert.match(error?.hints.join('\n') ?? '', /- input {2}<input type="text" name="nickname">/);
    assert.equal(recorded.attached.length, 1, 'the report is attached');
    assert.equal(recorded.attached[0].fileName, 'accessibility.json');
    const report = JSON.parse(recorded.attached[0].data) as { violations: { id: string }[] };
    assert.equal(report.violations.length, 4);
  });

  it('counts only violations of the impact asked for or worse', async () => {
    assert.deepEqual(ruleIds(await failureOn('/accessibility/broken', accessibilityOptions('serious'))), ['button-name', 'image-alt', 'label']);
    assert.equal(await failureOn('/accessibility/broken', accessibilityOptions('critical', null, 'image-alt, label, button-name')), null, 'heading-order is moderate');
  });

  it('leaves out the rules named after except', async () => {
    assert.deepEqual(ruleIds(await failureOn('/accessibility/broken', accessibilityOptions(null, null, 'image-alt,label'))), ['button-name', 'heading-order']);
  });

  it('does not name a rule left out as not checked', async () => {
    const recorded = recorder();
    await failureOn('/accessibility/clean', accessibilityOptions(null, null, 'color-contrast'), recorded);
    assert.deepEqual(recorded.logged, ['Not checked over HTTP: link-in-text-block, scrollable-region-focusable, landmark-one-main, page-has-heading-one (they need a rendered page): tag the scenario @javascript to check them.']);
  });

  it('checks only the region asked for', async () => {
    assert.equal(await failureOn('/accessibility/broken', accessibilityOptions(null, 'main')), null, 'the problems are all outside <main>');
    assert.deepEqual(ruleIds(await failureOn('/accessibility/broken', accessibilityOptions(null, 'aside form'))), ['button-name', 'label']);
  });

  it('reads the region as the finders read CSS: :contains() picks the region by its text', async () => {
    const aside = ruleIds(await failureOn('/accessibility/broken', accessibilityOptions(null, 'aside')));
    assert.ok(aside.length > 0);
    assert.deepEqual(ruleIds(await failureOn('/accessibility/broken', accessibilityOptions(null, 'body > :contains("Sign up")'))), aside);
    assert.match((await failureOn('/accessibility/broken', accessibilityOptions(null, 'aside:contains("No such text")')))?.message ?? '', /^Element matching css "aside:contains\("No such text"\)" not found, so its accessibility cannot be checked\./);
  });

  it("checks a component's declarative shadow root as a browser would, and a region reaches into it with >>>", async () => {
    // Loaded here, after the test of what a run loads before its first check.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { checkMarkup } = require('../../support/accessibility/http-check') as typeof import('../../support/accessibility/http-check');
    const html =
      '<!doctype html><html lang="en"><head><title>Component</title></head><body><main><h1>Component</h1>' +
      '<my-card><template shadowrootmode=" OPEN "><section><img src="/x.png"></section></template></my-card></main></body></html>';
    const ids = async (region: string | null) => (await checkMarkup(html, 'http://127.0.0.1/', accessibilityOptions(null, region))).violations.map((violation) => violation.id);
    assert.deepEqual(await ids(null), ['image-alt']);
    assert.deepEqual(await ids('my-card >>> section'), ['image-alt']);
  });

  it('refuses a region that is not CSS, and says when it matches nothing', async () => {
    assert.match((await failureOn('/accessibility/broken', accessibilityOptions(null, 'main[')))?.message ?? '', /^"main\[" is not a CSS selector the accessibility check can use: /);
    assert.match((await failureOn('/accessibility/broken', accessibilityOptions(null, 'nav')))?.message ?? '', /^Element matching css "nav" not found, so its accessibility cannot be checked\./);
  });
});
