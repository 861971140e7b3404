/** Page text over markup (the HTTP driver's "I should see"), its hidden-ness rule and its whitespace rules. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { cheerioAdapter, visibleText, normalizeWhitespace, isShown } from '../../support/selectors/named';
import { stripAndCollapseAsciiWhitespace } from '../../support/selectors/ascii-whitespace';
import { page } from '../fixtures/named-page';

test('visibleText: body text without what the markup hides, control values or noscript-less scripts', () => {
  const p = page(`<html><head><title>Title text</title><style>p{}</style></head><body>
    <script>var hidden = 'script text';</script>
    <p>First</p><p>Second<br>Third</p><div>Fourth</div><span>Fi</span><span>fth</span>
    <template>Template text</template>
    <div hidden>Hidden attribute</div>
    <div style="color: red; display : none">Display none</div>
    <div style="visibility:hidden">Visibility hidden</div>
    <div style="display: block">Shown</div>
    <noscript>Noscript text</noscript>
    <input value="Input value"><textarea>Textarea value</textarea>
    <select><option>Option text</option></select>
    <button>Button text</button>
    <!-- comment -->
    <table><tr><td>Cell 1</td><td>Cell 2</td></tr></table>
    <ul><li>One</li><li>Two</li></ul>
  </body></html>`);
  assert.equal(p.text(), 'First Second Third Fourth Fifth Shown Noscript text Option text Button text Cell 1 Cell 2 One Two',
    'noscript content is text: the HTTP driver runs no scripts');
});

test('visibleText: block boundaries and <br> separate words, inline elements do not', () => {
  const $ = cheerio.load('<p>a</p><p>b</p><div>c<br>d</div><em>e</em><strong>f</strong>');
  assert.equal(visibleText(cheerioAdapter(), $.root()[0]), '\n\na\n\nb\n\nc\nd\nef\n');
});

test('visibleText: a fragment without <body> reads the whole fragment', () => {
  const $ = cheerio.load('<p>one</p><script>x</script>two', null, false);
  assert.equal(visibleText(cheerioAdapter(), $.root()[0]).replace(/\s+/g, ' ').trim(), 'one two');
});

test('an element is visible exactly when its text is page text: one markup rule for both', () => {
  const $ = cheerio.load(`<body>
    <p data-x>Plain</p><p hidden data-x>Hidden attribute</p><div style="display:none"><span data-x>Inside none</span></div>
    <p style="visibility: hidden" data-x>Visibility hidden</p><div style="visibility:collapse !important"><b data-x>Collapsed</b></div>
    <p style="display:none; display: block" data-x>Shown again</p><p style="color: red" data-x>Red</p>
    <noscript><span data-x>Noscript</span></noscript><select><option data-x>Option</option></select>
    <datalist><option data-x>Suggestion</option></datalist><select hidden><option data-x>Hidden option</option></select>
  </body>`, { scriptingEnabled: false }); // as the HTTP driver parses: noscript content is markup
  const dom = cheerioAdapter();
  const pageText = normalizeWhitespace(visibleText(dom, $.root()[0]));
  const answers = $('[data-x]').toArray().map((element) => {
    const text = normalizeWhitespace($(element).text());
    return [text, isShown(dom, element), pageText.includes(text)];
  });
  for (const [text, visible, inPageText] of answers) assert.equal(visible, inPageText, `${text}: visible ${visible}, page text ${inPageText}`);
  assert.deepEqual(answers.filter(([, visible]) => visible).map(([text]) => text), ['Plain', 'Shown again', 'Red', 'Noscript', 'Option']);
});

test('one whitespace rule for matching (non-breaking spaces collapse) and HTML\'s own for option values', () => {
  assert.equal(normalizeWhitespace(' Save\u00a0\n\t changes\u00a0'), 'Save changes');
  const p = page('<button data-x="b">Save\u00a0 changes</button>');
  assert.deepEqual(p.find('button', 'Save changes'), ['b'], 'the locator and the text are normalised alike');
  assert.equal(stripAndCollapseAsciiWhitespace(' \n Red\t\u00a0wine  '), 'Red \u00a0wine', 'ASCII whitespace only: a nbsp is kept');
});
