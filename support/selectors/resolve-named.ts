import type { DomAdapter } from './dom-adapter';

export type NamedResolveMode = 'find' | 'candidates';

/**
 * The named selector engine: Mink's `named` (exact pass, then partial pass only when the exact pass
 * found nothing) plus Capybara's aria-label and data-testid, and Capybara's preference for visible
 * elements (rendered in a browser, not hidden by the markup over HTTP).
 *
 * This function must stay self-contained: the browser driver ships `resolveNamed.toString()` to the
 * page, so its body may reference nothing but its parameters and JavaScript built-ins (no imports,
 * no module-level helpers, no syntax that TypeScript would lower into helper calls).
 *
 * - mode `find`: the matching elements of `scope` (descendants; `content` also the scope itself),
 *   in document order, each once. `content` returns the deepest matching elements only.
 * - mode `candidates`: for every element of that kind in `scope`, in document order, its names: first
 *   the short human label to show, then the other names it answers to (id, name, placeholder …), so a
 *   "did you mean" can match a typo of any of them. Deduplicated by label; the locator is ignored.
 *   `content` has no candidates.
 */
export function resolveNamed<N>(
  dom: DomAdapter<N>,
  documentRoot: N,
  scope: N,
  kind: string,
  locator: string,
  mode: NamedResolveMode,
): Array<N | string[]> {
  const BUTTON_INPUT_TYPES = ['submit', 'image', 'button', 'reset'];
  const CHOICE_INPUT_TYPES = ['radio', 'checkbox', 'file'];
  const KINDS = ['link', 'button', 'link_or_button', 'field', 'select', 'checkbox', 'radio', 'file', 'option', 'id', 'content'];
  if (!KINDS.includes(kind)) throw new Error(`Unknown named selector kind "${kind}"`);
  if (mode !== 'find' && mode !== 'candidates') throw new Error(`Unknown named selector mode "${mode}"`);

  const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const wantedText = normalize(locator);

  // Descendants in document order, never entering <template> (its contents are inert in a browser).
  const elementsUnder = (root: N, includeRoot: boolean): N[] => {
    const found: N[] = includeRoot ? [root] : [];
    const pending: N[] = dom.children(root).slice().reverse();
    while (pending.length > 0) {
      const node = pending.pop() as N;
      if (dom.tagName(node) === 'template') continue;
      found.push(node);
      const children = dom.children(node);
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
    }
    return found;
  };

  const tag = (node: N): string => dom.tagName(node);
  const attr = (node: N, name: string): string | null => dom.attribute(node, name);
  const lowerAttr = (node: N, name: string): string | null => {
    const value = attr(node, name);
    return value === null ? null : value.trim().toLowerCase();
  };
  const inputType = (node: N): string => lowerAttr(node, 'type') || 'text';
  const hasRole = (node: N, role: string): boolean => lowerAttr(node, 'role') === role;

  const isLinkElement = (node: N): boolean => tag(node) === 'a' && attr(node, 'href') !== null;
  const isButtonInput = (node: N): boolean => tag(node) === 'input' && BUTTON_INPUT_TYPES.includes(inputType(node));
  const isTextField = (node: N): boolean =>
    tag(node) === 'textarea' ||
    (tag(node) === 'input' && inputType(node) !== 'hidden' && !BUTTON_INPUT_TYPES.includes(inputType(node)) &&
      !CHOICE_INPUT_TYPES.includes(inputType(node)));
  const isInputOfType = (node: N, type: string): boolean => tag(node) === 'input' && inputType(node) === type;
  const isChoiceField = (node: N): boolean =>
    tag(node) === 'select' || (tag(node) === 'input' && CHOICE_INPUT_TYPES.includes(inputType(node)));

  // Labels are looked up in the whole document, as Mink's `//label[...]/@for` does.
  let labelsByTarget: Map<string, N[]> | null = null;
  const labelsFor = (id: string): N[] => {
    if (labelsByTarget === null) {
      labelsByTarget = new Map();
      for (const node of elementsUnder(documentRoot, true)) {
        const target = tag(node) === 'label' ? attr(node, 'for') : null;
        if (target === null) continue;
        const list = labelsByTarget.get(target) || [];
        list.push(node);
        labelsByTarget.set(target, list);
      }
    }
    return labelsByTarget.get(id) || [];
  };
  // Wrapping labels count only inside the scope, as Mink's `.//label[...]//field` does.
  const wrappingLabels = (node: N): N[] => {
    const labels: N[] = [];
    for (let current = dom.parent(node); current !== null && current !== scope; current = dom.parent(current)) {
      if (tag(current) === 'label') labels.push(current);
    }
    return labels;
  };

  const matchers = (exact: boolean) => {
    const attrIs = (node: N, name: string): boolean => attr(node, name) === locator;
    const attrMatches = (node: N, name: string): boolean => {
      const value = attr(node, name);
      return value !== null && (exact ? value === locator : value.includes(locator));
    };
    const textMatches = (node: N): boolean => {
      const text = normalize(dom.textContent(node));
      return exact ? text === wantedText : text.includes(wantedText);
    };
    const byAccessibility = (node: N): boolean => attrMatches(node, 'aria-label') || attrIs(node, 'data-testid');
    const byLabel = (node: N): boolean => {
      const id = attr(node, 'id');
      if (id !== null && id !== '' && labelsFor(id).some(textMatches)) return true;
      return wrappingLabels(node).some(textMatches);
    };
    const byIdOrName = (node: N): boolean => attrIs(node, 'id') || attrIs(node, 'name');

    const link = (node: N): boolean => {
      if (isLinkElement(node)) {
        return attrIs(node, 'id') || textMatches(node) || attrMatches(node, 'title') || attrMatches(node, 'rel') ||
          byAccessibility(node) ||
          elementsUnder(node, false).some((inner) => tag(inner) === 'img' && attrMatches(inner, 'alt'));
      }
      return hasRole(node, 'link') &&
        (attrIs(node, 'id') || textMatches(node) || attrMatches(node, 'title') || byAccessibility(node));
    };
    const button = (node: N, byName: boolean): boolean => {
      const idOrName = attrIs(node, 'id') || (byName && attrIs(node, 'name'));
      if (isButtonInput(node)) {
        return idOrName || attrMatches(node, 'value') || attrMatches(node, 'title') ||
          (inputType(node) === 'image' && attrMatches(node, 'alt')) || byAccessibility(node);
      }
      if (tag(node) === 'button') {
        return idOrName || attrMatches(node, 'value') || attrMatches(node, 'title') || textMatches(node) ||
          byAccessibility(node);
      }
      return hasRole(node, 'button') &&
        (attrIs(node, 'id') || textMatches(node) || attrMatches(node, 'title') || byAccessibility(node));
    };
    const choice = (node: N): boolean => byIdOrName(node) || byLabel(node) || byAccessibility(node);

    const byKind: Record<string, (node: N) => boolean> = {
      link,
      button: (node) => button(node, true),
      link_or_button: (node) => link(node) || button(node, false),
      field: (node) =>
        (isTextField(node) && (choice(node) || attrIs(node, 'placeholder'))) || (isChoiceField(node) && choice(node)),
      select: (node) => tag(node) === 'select' && choice(node),
      checkbox: (node) => isInputOfType(node, 'checkbox') && choice(node),
      radio: (node) => isInputOfType(node, 'radio') && choice(node),
      file: (node) => isInputOfType(node, 'file') && choice(node),
      option: (node) => tag(node) === 'option' && (attrIs(node, 'value') || textMatches(node) || byAccessibility(node)),
      id: (node) => attrIs(node, 'id'),
      content: textMatches,
    };
    return byKind[kind];
  };

  if (mode === 'find') {
    const pool = elementsUnder(scope, kind === 'content');
    // Visible elements first, as Capybara finds them: a hidden twin (a collapsed menu's "Save")
    // never shadows the one a user sees. Among visible elements Mink's rule holds: exact matches,
    // else partial ones, in document order. Hidden matches are the last resort. An option is as
    // visible as its select: a closed select renders none of its options.
    const isVisible = (node: N): boolean => {
      let shown: N | null = node;
      while (shown !== null && (tag(shown) === 'option' || tag(shown) === 'optgroup')) shown = dom.parent(shown);
      return shown === null || dom.isVisible(shown);
    };
    const exact = pool.filter(matchers(true));
    const visibleExact = exact.filter(isVisible);
    let found = visibleExact;
    if (found.length === 0) {
      const partial = pool.filter(matchers(false));
      found = partial.filter(isVisible);
      if (found.length === 0) found = exact.length > 0 ? exact : partial;
    }
    if (kind !== 'content') return found;
    // Every ancestor of a text match matches too; the deepest elements are the useful ones.
    const enclosing = new Set<N>();
    for (const node of found) {
      for (let current = dom.parent(node); current !== null && !enclosing.has(current); current = dom.parent(current)) {
        enclosing.add(current);
      }
    }
    return found.filter((node) => !enclosing.has(node));
  }

  // Every non-empty name, in the order given (the first is the label to show), each once.
  const namesOf = (values: Array<string | null>): string[] | null => {
    const names: string[] = [];
    for (const value of values) {
      const text = value === null ? '' : normalize(value);
      if (text !== '' && !names.includes(text)) names.push(text);
    }
    return names.length > 0 ? names : null;
  };
  const labelText = (node: N): string | null => {
    const id = attr(node, 'id');
    const forLabel = id !== null && id !== '' ? labelsFor(id)[0] : undefined;
    if (forLabel !== undefined) return dom.textContent(forLabel);
    const wrapping = wrappingLabels(node)[0];
    // A wrapping label's text includes the field's own text (a select's options): leave that out.
    return wrapping === undefined ? null : dom.textContent(wrapping).replace(dom.textContent(node), ' ');
  };
  const imageAlt = (node: N): string | null =>
    namesOf(elementsUnder(node, false).filter((inner) => tag(inner) === 'img').map((img) => attr(img, 'alt')))?.[0] ?? null;
  const linkLabel = (node: N): string[] | null | undefined =>
    isLinkElement(node) || hasRole(node, 'link')
      ? namesOf([dom.textContent(node), attr(node, 'aria-label'), attr(node, 'title'), imageAlt(node),
        attr(node, 'id'), attr(node, 'href')])
      : undefined;
  const buttonLabel = (node: N): string[] | null | undefined => {
    if (isButtonInput(node)) {
      return namesOf([attr(node, 'value'), attr(node, 'aria-label'), attr(node, 'title'), attr(node, 'alt'),
        attr(node, 'name'), attr(node, 'id')]);
    }
    if (tag(node) === 'button' || hasRole(node, 'button')) {
      return namesOf([dom.textContent(node), attr(node, 'aria-label'), attr(node, 'value'), attr(node, 'title'),
        attr(node, 'name'), attr(node, 'id')]);
    }
    return undefined;
  };
  const fieldLabel = (node: N, isOfKind: boolean): string[] | null | undefined =>
    isOfKind
      ? namesOf([labelText(node), attr(node, 'aria-label'), attr(node, 'placeholder'), attr(node, 'name'),
        attr(node, 'id')])
      : undefined;
  // undefined: not an element of this kind; null: of this kind but nothing to call it by.
  const labellers: Record<string, (node: N) => string[] | null | undefined> = {
    link: linkLabel,
    button: buttonLabel,
    link_or_button: (node) => {
      const asLink = linkLabel(node);
      return asLink === undefined ? buttonLabel(node) : asLink;
    },
    field: (node) => fieldLabel(node, isTextField(node) || isChoiceField(node)),
    select: (node) => fieldLabel(node, tag(node) === 'select'),
    checkbox: (node) => fieldLabel(node, isInputOfType(node, 'checkbox')),
    radio: (node) => fieldLabel(node, isInputOfType(node, 'radio')),
    file: (node) => fieldLabel(node, isInputOfType(node, 'file')),
    option: (node) => (tag(node) === 'option' ? namesOf([dom.textContent(node), attr(node, 'value')]) : undefined),
    id: (node) => (attr(node, 'id') ? [attr(node, 'id') as string] : undefined),
    content: () => undefined,
  };
  const candidates: string[][] = [];
  const shown: string[] = [];
  for (const node of elementsUnder(scope, false)) {
    const names = labellers[kind](node);
    if (names && !shown.includes(names[0])) {
      shown.push(names[0]);
      candidates.push(names);
    }
  }
  return candidates;
}
