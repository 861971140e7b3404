/**
 * The browser's page text (`I should see`), open shadow roots included. `innerText` alone reads the
 * light tree: what a component draws from its shadow root is left out, though a user sees it. So:
 * a page without open shadow roots (most) is its body's innerText, as always; on one with them, the
 * elements on the way to a shadow host (in the flat tree: host, shadow root, slot, slotted node) are
 * read child by child, as drawn (a host by its shadow root, a slot by what is assigned to it, see
 * selectors/flat-tree-script), and every other element by its own innerText. An element not drawn
 * (checkVisibility) reads nothing, as innerText would have it. Elements of block display are set apart
 * by line breaks, as innerText does. A closed shadow root is out of reach of scripts: not read.
 */
import { FLAT_CHILDREN_FUNCTION } from '../../selectors/flat-tree-script';

export const PAGE_TEXT_WITH_SHADOW_ROOTS = `
  ${FLAT_CHILDREN_FUNCTION}
  var body = document.body;
  if (!body) return '';
  var hostsAndSlots = [];
  var collect = function (root) {
    var all = root.querySelectorAll('*');
    for (var i = 0; i < all.length; i++) {
      if (all[i].shadowRoot) { hostsAndSlots.push(all[i]); collect(all[i].shadowRoot); }
      // A slot shows what is assigned to it, which innerText, reading the light tree, leaves out.
      else if (all[i].localName === 'slot' && root !== document) hostsAndSlots.push(all[i]);
    }
  };
  collect(document);
  if (hostsAndSlots.length === 0) return body.innerText;
  // Hosts and slots, and every element on the way to one: read child by child.
  var onPath = new Set();
  hostsAndSlots.forEach(function (start) {
    for (var node = start; node && !onPath.has(node); ) {
      onPath.add(node);
      var parent = node.parentNode;
      node = node.assignedSlot || node.parentElement || (parent && parent.host) || null;
    }
  });
  var drawn = function (element) {
    return typeof element.checkVisibility === 'function'
      ? element.checkVisibility({ visibilityProperty: true }) : element.getClientRects().length > 0;
  };
  var read = function (node) {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1) return '';
    if (node.localName === 'br') return '\\n';
    if (!onPath.has(node) && node.localName !== 'slot') return drawn(node) ? node.innerText || '' : '';
    var display = getComputedStyle(node).display;
    if (display === 'none') return '';
    var text = flatChildren(node).map(read).join('');
    return display === 'contents' || display.indexOf('inline') === 0 ? text : '\\n' + text + '\\n';
  };
  return read(body);
`;
