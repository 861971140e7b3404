/**
 * The check over HTTP: the page's HTML in a jsdom document (loaded only now), axe-core run in it.
 * Nothing runs of the page's own scripts (as over HTTP everywhere), and nothing is fetched. jsdom
 * lays nothing out and paints nothing, so the rules that need a rendered page are not run, and named.
 */
import type { AccessibilityOptions } from './options';
import { axeModule, axeRunOptions } from './axe-engine';
import { REGION_FUNCTIONS, regionInvalid, regionLookups, regionNotFound } from './region';
import { summarizeViolations, type AxeOutcome } from './violations';
import { declaredShadowRootMode } from '../selectors/declarative-shadow';

/**
 * The rules axe runs by default whose answer jsdom cannot give: colours as painted and what lies
 * behind text (color-contrast, link-in-text-block), scroll extents (scrollable-region-focusable),
 * and whether the page's `<main>` or `<h1>` is there for a screen reader (landmark-one-main,
 * page-has-heading-one: axe asks the hit test, `elementFromPoint`, which jsdom lacks; run anyway,
 * they fail inside axe and would pass a page without either in silence). Those it runs only when
 * asked (target-size, color-contrast-enhanced, the experimental ones) the steps never ask for.
 */
export const RULES_NEEDING_A_RENDERED_PAGE: readonly string[] = [
  'color-contrast', 'link-in-text-block', 'scrollable-region-focusable', 'landmark-one-main', 'page-has-heading-one',
];

/** An incomplete result of axe's: a rule that threw in jsdom (its check "error-occurred") and so checked nothing. */
interface IncompleteRule {
  id: string;
  nodes: Array<{ any: Array<{ id: string }>; all: Array<{ id: string }>; none: Array<{ id: string }> }>;
}

/** The rules that failed inside axe rather than answer: not checked, so named as such, never passed in silence. */
function rulesThatFailed(incomplete: IncompleteRule[]): string[] {
  return incomplete
    .filter((rule) => rule.nodes.some((node) => [...node.any, ...node.all, ...node.none].some((check) => check.id === 'error-occurred')))
    .map((rule) => rule.id);
}

type JsdomModule = typeof import('jsdom');
/** The axe-core of the jsdom window: the same source, run in the document's realm. */
interface WindowAxe {
  run(context: Document | Element[], options: unknown): Promise<{ violations: unknown[]; incomplete: IncompleteRule[] }>;
}

/**
 * jsdom leaves a declarative shadow root (`<template shadowrootmode>`) as a template: attached here as
 * a browser's parser attaches it, so axe checks a component's content as in a browser, and a region's
 * `>>>` reaches into it, as the HTTP driver's finders do.
 */
function attachDeclarativeShadowRoots(root: Document | ShadowRoot): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]')) as HTMLTemplateElement[]) {
    const host = template.parentElement;
    // The same reading of the attribute as the HTTP driver's (declarative-shadow.ts); jsdom refuses hosts HTML refuses.
    const mode = declaredShadowRootMode(template.getAttribute('shadowrootmode'));
    if (!host || host.shadowRoot || mode === null) continue;
    let shadow: ShadowRoot;
    try {
      shadow = host.attachShadow({ mode });
    } catch {
      // An element that cannot host one (an <input>): the template stays, as in a browser.
      continue;
    }
    shadow.appendChild(template.content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

export async function checkMarkup(html: string, url: string, options: AccessibilityOptions): Promise<AxeOutcome> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at the first check over HTTP, not at start-up
  const { JSDOM, VirtualConsole } = require('jsdom') as JsdomModule;
  // jsdom reports what it does not implement (a canvas, used by axe to measure icon fonts) on the console: not the user's concern.
  const dom = new JSDOM(html, { url, runScripts: 'outside-only', virtualConsole: new VirtualConsole() });
  try {
    const { document } = dom.window;
    attachDeclarativeShadowRoots(document);
    let context: Document | Element[] = document;
    if (options.region) {
      const lookups = regionLookups(options.region);
      // The finders' own page-side functions, run in the document's realm.
      dom.window.eval(REGION_FUNCTIONS);
      const matchPiercing = (dom.window as unknown as { matchPiercing: (scope: null, lookups: unknown) => Element[] }).matchPiercing;
      try {
        context = matchPiercing(null, lookups);
      } catch (error) {
        throw regionInvalid(options.region, error);
      }
      if (!context.length) throw regionNotFound(options.region);
    }
    const axe = axeModule();
    dom.window.eval(axe.source);
    const pageAxe = (dom.window as unknown as { axe: WindowAxe }).axe;
    const results = await pageAxe.run(context, axeRunOptions(options, RULES_NEEDING_A_RENDERED_PAGE));
    const skipped = [...RULES_NEEDING_A_RENDERED_PAGE.filter((id) => !options.except.includes(id)), ...rulesThatFailed(results.incomplete ?? [])];
    return { engine: `axe-core ${axe.version} in jsdom`, violations: summarizeViolations(results.violations), skippedRules: skipped };
  } finally {
    dom.window.close();
  }
}
