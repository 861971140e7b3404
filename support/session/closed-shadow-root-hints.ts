/**
 * What a not-found message says of closed shadow roots: a component that closes its shadow root
 * keeps what it holds from the page's own scripts, and so from every step. Named by their hosts.
 */
import { NAMED_KINDS } from '../selectors/kinds';
import type { NamedSelectorKind } from '../selectors/named';

/** A match sits inside a closed shadow root. */
export function insideClosedShadowRootHint(kind: NamedSelectorKind, locator: string, hosts: readonly string[]): string {
  const where = hosts.length === 1 ? `the closed shadow root of ${hosts[0]}` : `closed shadow roots (of ${hosts.join(', ')})`;
  const noun = NAMED_KINDS[kind].noun;
  return `${noun.charAt(0).toUpperCase()}${noun.slice(1)} "${locator}" is inside ${where}, which no step can reach, as the page's own scripts cannot. ` +
    `To test it, have the component attach its root open (attachShadow({ mode: 'open' }) or shadowrootmode="open").`;
}

/** The page has closed shadow roots; what they hold cannot be reached. */
export function closedShadowRootsNote(hosts: readonly string[]): string {
  return `The page has ${hosts.length === 1 ? 'a closed shadow root' : 'closed shadow roots'} at ${hosts.join(', ')}: what ${hosts.length === 1 ? 'it holds' : 'they hold'} cannot be reached.`;
}
