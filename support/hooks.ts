/**
 * cucumber glue: set up once per worker, pick and reset the session before each scenario (before
 * the project's own Before hooks, because these are registered first), attach the page when a step
 * fails, and stop everything at the end.
 */
import { After, AfterAll, Before, BeforeAll, Status } from '@cucumber/cucumber';
import { noteCurrentScenario } from './config/current-scenario';
import { isFirstWorker } from './config/environment';
import { ConfigError } from './config/parameters';
import { BROWSER_START_TIMEOUT_MS, RUN_HOOK_TIMEOUT_MS, stepTimeoutFromEnvironment } from './config/timeouts';
import { runtime, startRuntime, stopRuntime } from './runtime';
import { EXCHANGES_ATTACHMENT_NAME, exchangesAttachment } from './debugging/exchange-report';
import { contentTypeOf, pageAttachment, responseAttachment, type PageAttachment } from './debugging/page-attachment';
import type { Driver } from './drivers/driver';
import { ATTACHMENT_LIMIT, capText } from './session/printable';
import { readScenarioTags } from './scenario-tags';
import { watchRunner } from './runner-watch';
import type { MinkWorld } from './world';

/** cucumber's step timeout, fixed from WAIT_TIMEOUT when the steps loaded (register.ts): a `@wait:N` must fit in it. */
const STEP_TIMEOUT_MS = stepTimeoutFromEnvironment();

BeforeAll({ timeout: RUN_HOOK_TIMEOUT_MS }, async function (this: { parameters?: Record<string, unknown> }) {
  watchRunner();
  // A local browser's processes are killed on exit and on SIGINT/SIGTERM by the browser driver itself.
  try {
    await startRuntime(this.parameters);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // One clear line instead of cucumber's hook-error wrapper and two stack traces.
    if (isFirstWorker()) process.stderr.write(`\n${error.message}\n\n`);
    process.exit(2);
  }
});

Before({ timeout: BROWSER_START_TIMEOUT_MS }, async function (this: MinkWorld, { pickle }) {
  const { parameters, registry } = runtime();
  const choice = readScenarioTags(pickle.tags.map((tag) => tag.name), parameters, STEP_TIMEOUT_MS);
  if (choice.insulated) await registry.stopAll();
  else await registry.resetUsed();
  const session = this.useSession(choice.sessionName);
  session.settings.waitTimeout = choice.waitTimeout ?? parameters.waitTimeout;
  // A browser started now is named after this scenario on a grid (se:name).
  noteCurrentScenario(pickle.name);
  // A scripting browser starts here rather than in the first step, so its start-up is not charged to that step.
  if (session.driver.capabilities.javascript) await session.ensureStarted();
  if (choice.stateName) await session.restoreState(choice.stateName);
});

const EXCHANGES_MEDIA_TYPE = 'text/plain; charset=utf-8';

async function isEmptyBlankPage(driver: Driver): Promise<boolean> {
  if ((await driver.currentUrl().catch(() => null)) !== 'about:blank') return false;
  return (await driver.pageText().catch(() => 'unreadable')).trim() === '';
}

async function pageAttachmentOf(driver: Driver): Promise<PageAttachment> {
  const inBrowser = driver.capabilities.javascript;
  const headers = inBrowser || !driver.capabilities.responseHeaders ? {} : await driver.responseHeaders().catch(() => ({}));
  return pageAttachment(contentTypeOf(headers), inBrowser);
}

After(async function (this: MinkWorld, { result }) {
  if (result?.status !== Status.FAILED) return;
  const session = this.session;
  // What the server said, without a re-run: every request of the scenario, secrets masked.
  const exchanges = exchangesAttachment(session.driver.exchanges);
  // Not bare `text/plain`: cucumber's console formatters print such a body in full under the failure
  // (a hundred exchanges with their headers), any other type by its name. The HTML report shows it as text.
  if (exchanges) this.attach(exchanges, { mediaType: EXCHANGES_MEDIA_TYPE, fileName: EXCHANGES_ATTACHMENT_NAME });
  if (!session.driver.isStarted()) return;
  // In a browser an API request leaves the page as it was: what it answered is attached beside it.
  const api = session.apiResponseInView();
  if (api) this.attach(capText(api.body, ATTACHMENT_LIMIT), responseAttachment(contentTypeOf(api.headers), 'api-response'));
  // A browser that never opened a page has an empty document and a white picture to show: the
  // message already says "(empty page)". (A blank page a script wrote into is attached.)
  if (session.driver.capabilities.javascript && (await isEmptyBlankPage(session.driver))) return;
  // A binary response has no text to attach (content() refuses it); a huge page is cut.
  const body = await session.driver.content().catch(() => null);
  if (body) this.attach(capText(body, ATTACHMENT_LIMIT), await pageAttachmentOf(session.driver));
  if (session.driver.capabilities.screenshots) {
    const png = await session.browser().then((browser) => browser.screenshot()).catch(() => null);
    if (png) this.attach(png, { mediaType: 'image/png', fileName: 'page.png' });
  }
});

AfterAll({ timeout: RUN_HOOK_TIMEOUT_MS }, async function () {
  await stopRuntime();
});
