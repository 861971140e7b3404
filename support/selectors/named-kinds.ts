/**
 * The named selector kinds, one entry each (Mink's NamedSelector, Capybara's selector definitions):
 * which elements a kind considers, how one matches a locator, the names it offers for "did you mean",
 * and how a message calls it. Adding a kind is adding an entry here.
 *
 * The functions in KIND_TABLE_FUNCTIONS are shipped to the page as source (see browser-script), so
 * they may reference their parameters, JavaScript built-ins and each other, nothing else.
 */

/** What an entry may ask about an element while a lookup runs (built by the resolver). */
export interface ElementReader<E> {
  tag(element: E): string;
  attr(element: E, name: string): string | null;
  /** An input's `type`, trimmed and lower-case; `text` when absent. */
  inputType(element: E): string;
  /** The `role` attribute, trimmed and lower-case; null when absent. */
  role(element: E): string | null;
  /** The text the element draws (the flat tree: what its slots show and its open shadow root holds; no style or script), as is. */
  text(element: E): string;
  /** The text of the label naming a form field: its `label[for]`, else the label around it (without the field's own text). */
  labelText(element: E): string | null;
  /** The first non-empty `alt` of an image inside. */
  imageAlt(element: E): string | null;
}

/** The tests of one pass of a lookup: the exact pass, then (only when it found nothing) the partial one. */
export interface LocatorMatcher<E> {
  /** The attribute equals the locator, in either pass (id, name, placeholder, option value, data-testid). */
  is(element: E, name: string): boolean;
  /** The attribute equals (exact pass) or contains (partial pass) the locator. */
  has(element: E, name: string): boolean;
  /** The element's text, whitespace collapsed, equals or contains the locator. */
  text(element: E): boolean;
  /** A `label[for]` anywhere in the document, or a label around it inside the scope, whose text matches. */
  label(element: E): boolean;
  /** An image inside whose `alt` matches. */
  imageAlt(element: E): boolean;
}

export interface NamedKind<E> {
  /** What a message calls an element of this kind: "form field", "radio button". */
  noun: string;
  /** Every way to name one, as a not-found message lists them (the matches below try exactly these). */
  matchedBy: readonly string[];
  /** A locator that matches only when case is ignored earns a hint (names are case-sensitive). */
  caseHint: boolean;
  /** Text holders (`content`): the scope itself is searched too, and as every element around a match matches as well, only the innermost matches count. */
  innermost?: boolean;
  /** Every element is one of this kind (`id`, `content`): one without a name is not worth counting in a message. */
  everyElement?: boolean;
  /** The elements this kind considers. */
  elements(element: E, read: ElementReader<E>): boolean;
  /** Whether one of those elements answers to the locator in this pass. */
  matches(element: E, match: LocatorMatcher<E>, read: ElementReader<E>): boolean;
  /** Its names for "did you mean": the label to show first, then the others it answers to. Empty ones are dropped. */
  names(element: E, read: ElementReader<E>): Array<string | null>;
}

/** The element tests and match rules several kinds share. */
function sharedRules<E>() {
  type Read = ElementReader<E>;
  type Match = LocatorMatcher<E>;
  // A copy of selectors/input-types.ts: this source runs in the page and may import nothing.
  const BUTTON_INPUT_TYPES = ['submit', 'image', 'button', 'reset'];
  const CHOICE_INPUT_TYPES = ['radio', 'checkbox', 'file'];
  const NOT_TEXT_FIELD_TYPES = ['hidden', ...BUTTON_INPUT_TYPES, ...CHOICE_INPUT_TYPES];

  const isInputOf = (element: E, read: Read, types: string[]): boolean =>
    read.tag(element) === 'input' && types.includes(read.inputType(element));
  const isLink = (element: E, read: Read): boolean => read.tag(element) === 'a' && read.attr(element, 'href') !== null;
  const isTextField = (element: E, read: Read): boolean =>
    read.tag(element) === 'textarea' || (read.tag(element) === 'input' && !isInputOf(element, read, NOT_TEXT_FIELD_TYPES));
  const isChoiceField = (element: E, read: Read): boolean =>
    read.tag(element) === 'select' || isInputOf(element, read, CHOICE_INPUT_TYPES);
  const isButtonInput = (element: E, read: Read): boolean => isInputOf(element, read, BUTTON_INPUT_TYPES);

  const byAccessibility = (element: E, match: Match): boolean => match.has(element, 'aria-label') || match.is(element, 'data-testid');
  const byIdNameOrLabel = (element: E, match: Match): boolean =>
    match.is(element, 'id') || match.is(element, 'name') || match.label(element) || byAccessibility(element, match);
  // What every link and button answers to, and all that an element made one by its role answers to.
  const byRole = (element: E, match: Match): boolean =>
    match.is(element, 'id') || match.text(element) || match.has(element, 'title') || byAccessibility(element, match);
  const buttonMatches = (element: E, match: Match, read: Read, byName: boolean): boolean => {
    const idOrName = match.is(element, 'id') || (byName && match.is(element, 'name'));
    if (isButtonInput(element, read)) {
      return idOrName || match.has(element, 'value') || match.has(element, 'title') ||
        (read.inputType(element) === 'image' && match.has(element, 'alt')) || byAccessibility(element, match);
    }
    if (read.tag(element) === 'button') {
      return idOrName || match.has(element, 'value') || match.has(element, 'title') || match.text(element) ||
        byAccessibility(element, match);
    }
    return byRole(element, match);
  };
  return { isInputOf, isLink, isTextField, isChoiceField, isButtonInput, byAccessibility, byIdNameOrLabel, byRole, buttonMatches };
}

/** The kinds, by the name steps and drivers use (Mink's names). */
export function namedKindTable<E>() {
  const { isInputOf, isLink, isTextField, isChoiceField, isButtonInput, byAccessibility, byIdNameOrLabel, byRole, buttonMatches } =
    sharedRules<E>();
  const link: NamedKind<E> = {
    noun: 'link',
    matchedBy: ['id', 'text', 'title', 'rel', 'aria-label', 'data-testid', 'image alt'],
    caseHint: true,
    elements: (element, read) => isLink(element, read) || read.role(element) === 'link',
    matches: (element, match, read) => (isLink(element, read)
      ? byRole(element, match) || match.has(element, 'rel') || match.imageAlt(element)
      : byRole(element, match)),
    names: (element, read) => [read.text(element), read.attr(element, 'aria-label'), read.attr(element, 'title'),
      read.imageAlt(element), read.attr(element, 'id'), read.attr(element, 'href'), read.attr(element, 'data-testid')],
  };
  const button: NamedKind<E> = {
    noun: 'button',
    matchedBy: ['id', 'name', 'value', 'title', 'text', 'aria-label', 'data-testid', 'image alt'],
    caseHint: true,
    elements: (element, read) => isButtonInput(element, read) || read.tag(element) === 'button' || read.role(element) === 'button',
    matches: (element, match, read) => buttonMatches(element, match, read, true),
    names: (element, read) => (isButtonInput(element, read)
      ? [read.attr(element, 'value'), read.attr(element, 'aria-label'), read.attr(element, 'title'), read.attr(element, 'alt'),
        read.attr(element, 'name'), read.attr(element, 'id'), read.attr(element, 'data-testid')]
      : [read.text(element), read.attr(element, 'aria-label'), read.attr(element, 'value'), read.attr(element, 'title'),
        read.attr(element, 'name'), read.attr(element, 'id'), read.attr(element, 'data-testid')]),
  };
  const formField = (noun: string, elements: (element: E, read: ElementReader<E>) => boolean): NamedKind<E> => ({
    noun,
    matchedBy: ['id', 'name', 'label', 'aria-label', 'data-testid'],
    caseHint: true,
    elements,
    matches: byIdNameOrLabel,
    names: (element, read) => [read.labelText(element), read.attr(element, 'aria-label'), read.attr(element, 'placeholder'),
      read.attr(element, 'name'), read.attr(element, 'id'), read.attr(element, 'data-testid')],
  });

  return {
    link,
    button,
    link_or_button: {
      noun: 'link or button',
      matchedBy: ['id', 'text', 'value', 'title', 'rel', 'aria-label', 'data-testid', 'image alt'],
      caseHint: true,
      elements: (element, read) => link.elements(element, read) || button.elements(element, read),
      // Unlike `button`, never by name (as Mink's link_or_button).
      matches: (element, match, read) => (link.elements(element, read) && link.matches(element, match, read)) ||
        (button.elements(element, read) && buttonMatches(element, match, read, false)),
      names: (element, read) => (link.elements(element, read) ? link : button).names(element, read),
    },
    field: {
      ...formField('form field', (element, read) => isTextField(element, read) || isChoiceField(element, read)),
      matchedBy: ['id', 'name', 'label', 'placeholder', 'aria-label', 'data-testid'],
      matches: (element, match, read) =>
        byIdNameOrLabel(element, match) || (isTextField(element, read) && match.is(element, 'placeholder')),
    },
    select: formField('select', (element, read) => read.tag(element) === 'select'),
    checkbox: formField('checkbox', (element, read) => isInputOf(element, read, ['checkbox'])),
    radio: formField('radio button', (element, read) => isInputOf(element, read, ['radio'])),
    file: formField('file field', (element, read) => isInputOf(element, read, ['file'])),
    option: {
      noun: 'select option',
      matchedBy: ['value', 'text', 'aria-label', 'data-testid'],
      caseHint: false,
      elements: (element, read) => read.tag(element) === 'option',
      matches: (element, match) => match.is(element, 'value') || match.text(element) || byAccessibility(element, match),
      names: (element, read) => [read.text(element), read.attr(element, 'value'), read.attr(element, 'data-testid')],
    },
    id: {
      noun: 'element',
      matchedBy: ['id'],
      caseHint: false,
      everyElement: true,
      elements: () => true,
      matches: (element, match) => match.is(element, 'id'),
      names: (element, read) => [read.attr(element, 'id')],
    },
    content: {
      noun: 'element',
      matchedBy: ['text'],
      caseHint: false,
      innermost: true,
      everyElement: true,
      elements: () => true,
      matches: (element, match) => match.text(element),
      names: () => [],
    },
  } satisfies Record<string, NamedKind<E>>;
}

/** What the page needs to build the table: namedKindTable() and the functions it calls. */
export const KIND_TABLE_FUNCTIONS: ReadonlyArray<(...args: never[]) => unknown> = [sharedRules, namedKindTable];
