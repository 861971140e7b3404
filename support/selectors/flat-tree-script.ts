/**
 * The flat tree as a browser draws it, as page-side source for WebDriver scripts: a host's open
 * shadow root (a closed one is null to scripts) in place of its light children, a slot's assigned
 * nodes, else its own children. The markup adapter walks the same tree (declarative-shadow.ts).
 * Defines `flatChildren(node)`; a script puts it before the code that calls it.
 */
export const FLAT_CHILDREN_FUNCTION = `function flatChildren(node) {
  if (node.shadowRoot) return Array.from(node.shadowRoot.childNodes);
  var assigned = node.localName === 'slot' && node.assignedNodes ? node.assignedNodes() : [];
  return Array.from(assigned.length > 0 ? assigned : node.childNodes);
}`;
