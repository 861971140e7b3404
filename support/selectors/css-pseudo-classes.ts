/**
 * The pseudo-classes of the CSS dialect both drivers accept (support/selectors/css-syntax.ts reads
 * selectors against this table): what each takes between its parentheses, and which are extensions
 * evaluated by cucumber-mink rather than by the browser.
 */
/** What a pseudo-class takes between its parentheses. */
export type PseudoArgument = 'none' | 'selectors' | 'relative-selectors' | 'an+b' | 'text';

interface PseudoClass {
  readonly argument: PseudoArgument;
  /** Not standard CSS: evaluated by cucumber-mink in the browser (see css-page-script). */
  readonly extension?: true;
  /** How a browser writes it, when not as itself. */
  readonly native?: string;
}

/**
 * Every pseudo-class of the dialect. The standard ones mean what they mean in a browser; over HTTP
 * `:checked`, `:disabled` and `:enabled` read the form as the user left it, as a browser does.
 */
export const PSEUDO_CLASSES: Readonly<Record<string, PseudoClass>> = {
  not: { argument: 'selectors' },
  is: { argument: 'selectors' },
  where: { argument: 'selectors' },
  has: { argument: 'relative-selectors' },
  root: { argument: 'none' },
  scope: { argument: 'none' },
  empty: { argument: 'none' },
  'first-child': { argument: 'none' },
  'last-child': { argument: 'none' },
  'only-child': { argument: 'none' },
  'first-of-type': { argument: 'none' },
  'last-of-type': { argument: 'none' },
  'only-of-type': { argument: 'none' },
  'nth-child': { argument: 'an+b' },
  'nth-last-child': { argument: 'an+b' },
  'nth-of-type': { argument: 'an+b' },
  'nth-last-of-type': { argument: 'an+b' },
  checked: { argument: 'none' },
  disabled: { argument: 'none' },
  enabled: { argument: 'none' },
  link: { argument: 'none' },
  'any-link': { argument: 'none' },
  contains: { argument: 'text', extension: true },
  icontains: { argument: 'text', extension: true },
  selected: { argument: 'none', native: ':is(option:checked)' },
};

/** The pseudo-classes as users write them: `:not()`, `:checked` … */
export function pseudoClassNames(which: 'standard' | 'extensions'): string[] {
  return Object.entries(PSEUDO_CLASSES)
    .filter(([, pseudo]) => (pseudo.extension === true || pseudo.native !== undefined) === (which === 'extensions'))
    .map(([name, pseudo]) => `:${name}${pseudo.argument === 'none' ? '' : '()'}`);
}
