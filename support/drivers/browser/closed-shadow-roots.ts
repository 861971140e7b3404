/**
 * Closed shadow roots in the browser. A page's scripts, ours included, cannot see a closed root (the
 * host's `shadowRoot` is null), but WebDriver's Get Element Shadow Root returns it: so the custom
 * elements without an open root (where components keep closed ones; a `<div>` or `<span>` that
 * closed its root goes unnoticed, as asking every one would cost a round trip each) are asked, one
 * round trip each, and a closed root found is searched by the named lookup as a document of its own.
 * Only asked when a named query found nothing; at most MAX_HOSTS hosts are asked. A step that waits
 * asks again at every attempt: a host once found to have no shadow root at all (most custom elements
 * of a framework that renders into the light DOM) is remembered and not asked again.
 */
import { error as seleniumError, type WebDriver, type WebElement } from 'selenium-webdriver';
import type { ClosedShadowRoot, ElementHandle } from '../driver';
import { briefElement, type ElementParts } from '../../selectors/brief-element';
import { browserNamedInShadowRootScript, type NamedSelectorKind } from '../../selectors/named';
import { asBrowserElement, attempt } from './element';
import { FLAT_CHILDREN_FUNCTION } from '../../selectors/flat-tree-script';

const MAX_HOSTS = 20;

/** Per browser session: the elements (by WebDriver id) that answered "no shadow root". */
const withoutShadowRoot = new WeakMap<WebDriver, Set<string>>();

/** The key WebDriver (W3C) marks a shadow root's reference with, in a script's arguments. */
const SHADOW_ROOT_REFERENCE = 'shadow-6066-11e4-a52e-4f735466cecf';

/** Custom elements under arguments[0] (or the document), open shadow roots and slots followed, that show no open shadow root. */
const POSSIBLE_CLOSED_HOSTS = `
  ${FLAT_CHILDREN_FUNCTION}
  var found = [];
  var pending = [arguments[0] || document.documentElement];
  while (pending.length > 0 && found.length < ${MAX_HOSTS}) {
    var node = pending.pop();
    if (node.nodeType !== 1) continue;
    if (!node.shadowRoot && node.localName.indexOf('-') > 0) {
      found.push([node, { tag: node.localName, id: node.getAttribute('id'), classes: node.getAttribute('class'), text: '' }]);
    }
    var children = flatChildren(node);
    for (var i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
  return found;
`;

export async function closedShadowRootsInPage(webDriver: WebDriver, kind: NamedSelectorKind, locator: string, within?: ElementHandle): Promise<ClosedShadowRoot[]> {
  const scope = within ? asBrowserElement(within).webElement : null;
  return attempt('look for closed shadow roots', async () => {
    const hosts = (await webDriver.executeScript(POSSIBLE_CLOSED_HOSTS, scope)) as Array<[WebElement, ElementParts]>;
    const closed: ClosedShadowRoot[] = [];
    let known = withoutShadowRoot.get(webDriver);
    if (!known) withoutShadowRoot.set(webDriver, (known = new Set()));
    for (const [host, parts] of hosts) {
      const id = await host.getId();
      if (known.has(id)) continue;
      const root = await host.getShadowRoot().catch((error: unknown) => {
        // selenium-webdriver's typings leave NoSuchShadowRootError out of its `error` namespace: known by name.
        if (error instanceof seleniumError.WebDriverError && error.name === 'NoSuchShadowRootError') return null;
        throw error;
      });
      if (root === null) {
        known.add(id);
        continue;
      }
      // selenium-webdriver passes a ShadowRoot to a script as its bare id: send WebDriver's shadow root reference.
      const reference = { [SHADOW_ROOT_REFERENCE]: await root.getId() };
      const matches = Number(await webDriver.executeScript(browserNamedInShadowRootScript(), reference, kind, locator));
      closed.push({ host: briefElement(parts), holdsMatch: matches > 0 });
    }
    return closed;
  });
}
