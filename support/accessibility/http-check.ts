/**
 * The check over HTTP: the page's HTML in a jsdom document (loaded only now), axe-core run in it.
 * Nothing runs of the page's own scripts (as over HTTP everywhere), and nothing is fetched. jsdom
 * lays nothing out and paints nothing, so the rules that need a rendered page are not run, and named.
 */
import type { AccessibilityOptions } from './options';
import { axeModule, axeRunOptions } from './axe-engine';
import { regionNotFound, regionInvalid } from './region';
import { summarizeViolations, type AxeOutcome } from './violations';

/**
 * The rules axe runs by default whose answer jsdom cannot give: colours as painted and what lies
 * behind text (color-contrast, link-in-text-block), scroll extents (scrollable-region-focusable).
 * Those it runs only when asked (target-size, color-contrast-enhanced, the experimental ones) the
 * steps never ask for.
 */
export const RULES_NEEDING_A_RENDERED_PAGE: readonly string[] = ['color-contrast', 'link-in-text-block', 'scrollable-region-focusable'];

type JsdomModule = typeof import('jsdom');
/** The axe-core of the jsdom window: the same source, run in the document's realm. */
interface WindowAxe {
  run(context: Document | NodeListOf<Element>, options: unknown): Promise<{ violations: unknown[] }>;
}

export async function checkMarkup(html: string, url: string, options: AccessibilityOptions): Promise<AxeOutcome> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at the first check over HTTP, not at start-up
  const { JSDOM, VirtualConsole } = require('jsdom') as JsdomModule;
  // jsdom reports what it does not implement (a canvas, used by axe to measure icon fonts) on the console: not the user's concern.
  const dom = new JSDOM(html, { url, runScripts: 'outside-only', virtualConsole: new VirtualConsole() });
  try {
    const { document } = dom.window;
    let context: Document | NodeListOf<Element> = document;
    if (options.region) {
      try {
        context = document.querySelectorAll(options.region);
      } catch (error) {
        throw regionInvalid(options.region, error);
      }
      if (!context.length) throw regionNotFound(options.region);
    }
    const axe = axeModule();
    dom.window.eval(axe.source);
    const pageAxe = (dom.window as unknown as { axe: WindowAxe }).axe;
    const skipped = RULES_NEEDING_A_RENDERED_PAGE.filter((id) => !options.except.includes(id));
    const results = await pageAxe.run(context, axeRunOptions(options, RULES_NEEDING_A_RENDERED_PAGE));
    return { engine: `axe-core ${axe.version} in jsdom`, violations: summarizeViolations(results.violations), skippedRules: skipped };
  } finally {
    dom.window.close();
  }
}
