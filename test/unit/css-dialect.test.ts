/**
 * The CSS dialect both drivers share (support/selectors/css-dialect): what it reads, what it refuses
 * and in which words, what the browser is given, and the documentation of its pseudo-classes.
 * (test/conformance and test/browser/css-dialect-parity.test.ts hold both drivers to the same matches.)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'css-what';
import { InvalidCssSelector, pseudoClassNames, readCss } from '../../support/selectors/css-dialect';

const ROOT = path.resolve(__dirname, '../..');

/** The tokens without their source text: what css-what gives for the same selector. */
function tokensOf(selector: string): unknown {
  return JSON.parse(JSON.stringify(readCss(selector).list, (key, value: unknown) => (key === 'source' ? undefined : value)));
}

function refusal(selector: string): string {
  try {
    readCss(selector);
  } catch (error) {
    assert.ok(error instanceof InvalidCssSelector, `${selector}: ${String(error)}`);
    return error.message;
  }
  assert.fail(`"${selector}" was accepted`);
}

describe('the CSS dialect', () => {
  it('reads standard CSS and the extensions into the tokens css-select evaluates (css-what\'s)', () => {
    for (const selector of [
      'tr:contains("Frankenstein") a.edit', 'DIV#A.B[DATA-X=Y]', 'a[href="x" i]', 'p:not(.a, .b) > span + em ~ b',
      ':has(> td:contains("a\\"b"))', 'a:nth-child(2n+1)', '#\\31 a', 'a\\:b', '[a~=b][c|=d][e^=f][g$=h][i*=j]', '*', '*.x',
      'ul li:first-child', ':is(h1, h2):where(.x)', 'option:selected', 'td:icontains(frank)', ':scope > p', 'a , b',
    ]) {
      assert.deepEqual(tokensOf(selector), parse(selector), selector);
    }
    assert.deepEqual(tokensOf("tr:contains( 'Mary Shelley' )"), [[
      { type: 'tag', name: 'tr', namespace: null }, { type: 'pseudo', name: 'contains', data: 'Mary Shelley' },
    ]], 'the text of :contains() is the string, without its quotes and the spaces around it');
  });

  it('refuses, naming the selector and the part not understood', () => {
    const supported = `(supported: ${pseudoClassNames('standard').join(' ')}, and the extensions ${pseudoClassNames('extensions').join(' ')})`;
    const refusals: Record<string, string> = {
      'tr:first': `the pseudo-class ":first" is not supported ${supported}`,
      'li:EQ(1)': `the pseudo-class ":EQ()" is not supported ${supported}`,
      'p[': 'expected an attribute name at the end',
      'a[href=/x]': 'an attribute value is a name or a quoted string at "/x]"',
      '#1a': 'an id after "#" starts with a letter, "_" or "-" (escape a leading digit: #\\31 23) at "1a"',
      'a >': 'expected a selector at the end',
      '> a': 'a selector cannot start with ">" (only inside :has()) at "> a"',
      'a,,b': 'expected a tag name, "*", "#", ".", "[" or ":" at ",b"',
      'a)': 'a ")" without its "(" at ")"',
      'p::before': '"::before" is a pseudo-element: it selects no element',
      'p:after': '":after" is a pseudo-element: it selects no element',
      'a[x!=y]': '"!=" is not CSS (write :not([name="value"])) at "!=y]"',
      'svg|rect': 'namespaces ("|") are not supported at "|rect"',
      '[a=b s]': 'the "s" flag is not supported by browsers at "s]"',
      'a:nth-child(2n+1 of .x)': '":nth-child(… of S)" is not supported at "2n+1 of .x)"',
      'a:nth-child(+ n)': '":nth-child()" takes An+B: a number, "odd", "even" or a formula like 2n+1 at "+ n)"',
      'p:contains(Mary Shelley)': 'quote text with spaces, as in :contains("two words") at " Shelley)"',
      'p:contains("open': 'the string is not closed with " at the end',
      'p:contains': '":contains()" needs an argument, as in :contains("text")',
      'p:contains()': '":contains()" needs the text to look for, as in :contains("text") at ")"',
      'p:first-child(2)': '":first-child" takes no argument',
      ':has(:has(a))': '":has()" cannot be nested in ":has()"',
      'a /* x */ b': 'comments are not supported in selectors at "/* x */ b"',
      '': 'expected a selector at the end',
      'td:nth-child(2) span:contains(a long text that goes on and on)': 'quote text with spaces, as in :contains("two words") at " long text that goes on …"',
    };
    for (const [selector, reason] of Object.entries(refusals)) {
      assert.equal(refusal(selector), `Invalid CSS selector "${selector}": ${reason}`);
    }
  });

  it('gives the browser standard CSS as written, or, with an extension, a plan narrowed by the standard part', () => {
    assert.deepEqual(readCss('ul > li.a:nth-child( 2n + 1 ) ~ [data-x="a b" i]').forBrowser(), { css: 'ul > li.a:nth-child( 2n + 1 ) ~ [data-x="a b" i]' });
    assert.deepEqual(readCss('OPTION:Selected, :not(:selected)').forBrowser(), { css: 'OPTION:is(option:checked), :not(:is(option:checked))' });
    assert.deepEqual(readCss("tr:contains('Frankenstein') a.edit").forBrowser(), {
      plan: {
        candidates: 'a.edit',
        list: [{ relative: false, parts: [
          { css: 'a.edit', filters: [], combinator: 'descendant' },
          { css: 'tr', filters: [{ contains: 'Frankenstein', ignoreCase: false }], combinator: null },
        ] }],
      },
    });
    assert.deepEqual(readCss('li:not(:icontains(x)):first-child, :has(+ p:contains(y))').forBrowser(), {
      plan: {
        candidates: '*',
        list: [
          { relative: false, parts: [{ css: 'li:first-child', filters: [{ not: [{ relative: false, parts: [{ css: null, filters: [{ contains: 'x', ignoreCase: true }], combinator: null }] }] }], combinator: null }] },
          { relative: false, parts: [{ css: null, filters: [{ has: [{ relative: true, parts: [{ css: 'p', filters: [{ contains: 'y', ignoreCase: false }], combinator: 'adjacent' }] }] }], combinator: null }] },
        ],
      },
    });
  });

  it('reads a selector once', () => {
    assert.equal(readCss('tr:contains(x)'), readCss('tr:contains(x)'));
    assert.equal(readCss('tr:contains(x)').forBrowser(), readCss('tr:contains(x)').forBrowser());
  });

  it('documents exactly the pseudo-classes it supports', () => {
    const names = [...pseudoClassNames('standard'), ...pseudoClassNames('extensions')];
    const listed = (text: string): string[] => [...new Set([...text.matchAll(/`(:[a-z-]+(?:\(\))?)`/g)].map(([, name]) => name))];
    const steps = fs.readFileSync(path.join(ROOT, 'docs/steps.md'), 'utf8');
    const rule = steps.split('\n- ').find((item) => item.startsWith('CSS selectors'));
    assert.ok(rule, 'docs/steps.md has a "CSS selectors" matching rule');
    assert.deepEqual(listed(rule).sort(), [...names].sort());
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const extensions = readme.split('\n- ').find((item) => item.includes('`:contains()`'));
    assert.ok(extensions, 'the README names the extensions');
    assert.deepEqual(listed(extensions).sort(), pseudoClassNames('extensions').sort());
  });
});
