import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import {
  NAMED_SELECTOR_KINDS, type NamedSelectorKind, findNamed, cheerioAdapter, cheerioDocumentRoot, describeNamedKind, closestMatches,
} from '../../support/selectors/named';
import { KIND_TABLE_FUNCTIONS, type namedKindTable } from '../../support/selectors/named-kinds';
import { ENGINE_FUNCTIONS, type resolveNamed } from '../../support/selectors/resolve-named';
import { BUTTON_INPUT_TYPES } from '../../support/selectors/input-types';
import { page } from '../fixtures/named-page';

test('an exact match beats a partial one, whatever the document order', () => {
  const longFirst = page(`
    <button data-x="long">Save changes and continue</button><button data-x="short">Save</button>`);
  assert.deepEqual(longFirst.find('button', 'Save'), ['short']);
  const shortFirst = page(`
    <button data-x="short">Save</button><button data-x="long">Save changes and continue</button>`);
  assert.deepEqual(shortFirst.find('button', 'Save'), ['short']);
  assert.deepEqual(shortFirst.find('button', 'changes'), ['long'], 'partial pass when nothing matches exactly');
  assert.deepEqual(shortFirst.find('button', 'save'), [], 'case-sensitive, as Mink');
});

test('the partial pass returns every partial match in document order', () => {
  const p = page(`<a href="/1" data-x="one">Read more about cats</a><a href="/2" data-x="two">Read more</a>
    <a href="/3" data-x="three">read more</a>`);
  assert.deepEqual(p.find('link', 'Read more'), ['two']);
  assert.deepEqual(p.find('link', 'Read'), ['one', 'two']);
});

test('document order decides among equals: a field by name before a field by id, and the reverse', () => {
  const nameFirst = page(`<input name="q" data-x="by-name"><textarea id="q" data-x="by-id"></textarea>`);
  assert.deepEqual(nameFirst.find('field', 'q'), ['by-name', 'by-id']);
  const idFirst = page(`<input id="q" data-x="by-id"><input name="q" data-x="by-name">`);
  assert.deepEqual(idFirst.find('field', 'q'), ['by-id', 'by-name']);
});

test('fields are found by label[for] anywhere in the document and by a wrapping label', () => {
  const p = page(`
    <label for="email">Email</label>
    <form id="signup">
      <input id="email" data-x="for-label">
      <label>Email <input name="other" data-x="wrapped"></label>
      <label>Email address <input name="third" data-x="wrapped-long"></label>
    </form>`);
  assert.deepEqual(p.find('field', 'Email'), ['for-label', 'wrapped']);
  assert.deepEqual(p.find('field', 'Email', '#signup'), ['for-label', 'wrapped'], 'label outside the scope still counts');
  assert.deepEqual(p.find('field', 'address'), ['wrapped-long']);
});

test('a wrapping label outside the scope does not count', () => {
  const p = page(`<label>Name <span id="inner"><input data-x="field"></span></label>`);
  assert.deepEqual(p.find('field', 'Name'), ['field']);
  assert.deepEqual(p.find('field', 'Name', '#inner'), []);
});

test('placeholder matches exactly only, and only text-like fields', () => {
  const p = page(`<input placeholder="Search the site" data-x="search">
    <input type="checkbox" placeholder="Remember" data-x="cb">`);
  assert.deepEqual(p.find('field', 'Search the site'), ['search']);
  assert.deepEqual(p.find('field', 'Search'), []);
  assert.deepEqual(p.find('field', 'Remember'), []);
});

test('hidden inputs and buttons are never fields', () => {
  const p = page(`<form>
    <input type="hidden" name="token" id="token">
    <input type="HIDDEN" name="token2">
    <input type="submit" name="go" value="Go">
    <input type="image" name="img" alt="Send">
    <input type="reset" name="reset"><input type="button" name="btn">
    <button name="b">Press</button>
    <input name="real" data-x="real">
  </form>`);
  for (const locator of ['token', 'token2', 'go', 'Go', 'img', 'Send', 'reset', 'btn', 'b', 'Press']) {
    assert.deepEqual(p.find('field', locator), [], locator);
  }
  assert.deepEqual(p.find('field', 'real'), ['real']);
});

test('field covers text-like inputs, textarea, select, checkbox, radio and file; value is not matched', () => {
  const p = page(`
    <input type="email" name="f" data-x="email"><input type="NUMBER" name="f" data-x="number">
    <input type="bogus" name="f" data-x="bogus"><textarea name="f" data-x="textarea"></textarea>
    <select name="f" data-x="select"></select><input type="checkbox" name="f" data-x="checkbox">
    <input type="radio" name="f" data-x="radio"><input type="file" name="f" data-x="file">
    <input name="v" value="secret" data-x="valued">`);
  assert.deepEqual(p.find('field', 'f'), ['email', 'number', 'bogus', 'textarea', 'select', 'checkbox', 'radio', 'file']);
  assert.deepEqual(p.find('field', 'secret'), []);
});

test('select, checkbox, radio and file find their own type by id, name and label', () => {
  const p = page(`
    <label for="country">Country</label><select id="country" data-x="select"><option>France</option></select>
    <label><input type="CheckBox" name="terms" data-x="checkbox"> I accept the terms</label>
    <input type="radio" id="r1" name="colour" data-x="radio"><label for="r1">Red</label>
    <input type="file" name="avatar" data-x="file">`);
  assert.deepEqual(p.find('select', 'Country'), ['select']);
  assert.deepEqual(p.find('select', 'country'), ['select']);
  assert.deepEqual(p.find('checkbox', 'I accept the terms'), ['checkbox']);
  assert.deepEqual(p.find('checkbox', 'terms'), ['checkbox']);
  assert.deepEqual(p.find('radio', 'Red'), ['radio']);
  assert.deepEqual(p.find('radio', 'colour'), ['radio']);
  assert.deepEqual(p.find('file', 'avatar'), ['file']);
  assert.deepEqual(p.find('checkbox', 'colour'), [], 'a radio is not a checkbox');
  assert.deepEqual(p.find('select', 'avatar'), []);
});

test('links need an href and match id, text, title, rel, aria-label and an image alt', () => {
  const p = page(`
    <a data-x="no-href">Home</a>
    <a href="/" data-x="image"><img src="logo.png" alt="Company logo"></a>
    <a href="/t" title="Terms of use" data-x="title">§</a>
    <a href="/n" rel="next" data-x="rel">→</a>
    <a href="/h" id="help" data-x="id">?</a>
    <a href="/x" data-x="text">  Sign
       up  </a>`);
  assert.deepEqual(p.find('link', 'Home'), []);
  assert.deepEqual(p.find('link', 'Company logo'), ['image']);
  assert.deepEqual(p.find('link', 'logo'), ['image']);
  assert.deepEqual(p.find('link', 'Terms of use'), ['title']);
  assert.deepEqual(p.find('link', 'next'), ['rel']);
  assert.deepEqual(p.find('link', 'help'), ['id']);
  assert.deepEqual(p.find('link', 'Sign up'), ['text'], 'text is whitespace-normalised');
});

test('role=link and role=button elements match by id, text, title and aria-label', () => {
  const p = page(`
    <span role="link" data-x="span-link">Open details</span>
    <div role="Button" id="go" data-x="div-button">Go</div>
    <div role="button" title="Close dialog" data-x="titled">×</div>
    <div role="button" name="named" data-x="named">Named</div>`);
  assert.deepEqual(p.find('link', 'Open details'), ['span-link']);
  assert.deepEqual(p.find('button', 'Go'), ['div-button']);
  assert.deepEqual(p.find('button', 'go'), ['div-button']);
  assert.deepEqual(p.find('button', 'Close dialog'), ['titled']);
  assert.deepEqual(p.find('button', 'named'), [], 'role=button does not match by name');
  assert.deepEqual(p.find('link_or_button', 'Open details'), ['span-link']);
});

test('buttons: inputs by id, name, value, title and image alt; <button> also by text', () => {
  const p = page(`
    <input type="submit" value="Send message" data-x="submit">
    <input type="image" alt="Search now" src="s.png" data-x="image">
    <input type="reset" title="Clear form" data-x="reset">
    <button name="zz1" value="delete" data-x="button">Remove item</button>
    <input type="text" value="Send message" data-x="text-input">`);
  assert.deepEqual(p.find('button', 'Send message'), ['submit']);
  assert.deepEqual(p.find('button', 'Send'), ['submit']);
  assert.deepEqual(p.find('button', 'Search now'), ['image']);
  assert.deepEqual(p.find('button', 'Clear form'), ['reset']);
  assert.deepEqual(p.find('button', 'zz1'), ['button']);
  assert.deepEqual(p.find('button', 'delete'), ['button']);
  assert.deepEqual(p.find('button', 'Remove item'), ['button']);
  assert.deepEqual(p.find('button', 'zz'), [], 'name is always exact');
});

test('link_or_button combines both, and does not match buttons by name', () => {
  const p = page(`<a href="/a" data-x="link">Continue</a><button name="go" data-x="button">Continue</button>`);
  assert.deepEqual(p.find('link_or_button', 'Continue'), ['link', 'button']);
  assert.deepEqual(p.find('link_or_button', 'go'), []);
  assert.deepEqual(p.find('button', 'go'), ['button']);
});

test('aria-label matches like text (exact, then contains); data-testid only exactly', () => {
  const p = page(`
    <input aria-label="Search query" data-x="aria">
    <button data-testid="submit-order" data-x="testid">✓</button>
    <a href="/cart" aria-label="Shopping cart" data-x="cart">🛒</a>`);
  assert.deepEqual(p.find('field', 'Search query'), ['aria']);
  assert.deepEqual(p.find('field', 'Search'), ['aria']);
  assert.deepEqual(p.find('button', 'submit-order'), ['testid']);
  assert.deepEqual(p.find('button', 'submit'), []);
  assert.deepEqual(p.find('link', 'cart'), ['cart']);
});

test('option matches value exactly and text exactly then partially', () => {
  const p = page(`<select>
    <option value="1" data-x="one">One</option>
    <option value="2" data-x="two">Two hundred and 1</option>
    <option value="abc" data-x="abc">Letters</option>
  </select>`);
  assert.deepEqual(p.find('option', '1'), ['one'], 'the exact value beats the partial text');
  assert.deepEqual(p.find('option', 'One'), ['one']);
  assert.deepEqual(p.find('option', 'hundred'), ['two']);
  assert.deepEqual(p.find('option', 'ab'), [], 'value is never partial');
});

test('elements inside <template> never match, and its labels do not label anything', () => {
  const p = page(`
    <template><button data-x="inert">Save</button><label for="f">Label in template</label></template>
    <button data-x="live">Save it</button><input id="f" data-x="input">`);
  assert.deepEqual(p.find('button', 'Save'), ['live']);
  assert.deepEqual(p.find('field', 'Label in template'), []);
  assert.deepEqual(p.candidates('button'), ['Save it']);
});

test('id finds any element by exact id; content finds the deepest elements holding the text', () => {
  const p = page(`<div id="main" data-x="main"><p data-x="p">Hello <b data-x="b">world</b></p></div>`);
  assert.deepEqual(p.find('id', 'main'), ['main']);
  assert.deepEqual(p.find('id', 'mai'), []);
  assert.deepEqual(p.find('content', 'Hello world'), ['p']);
  assert.deepEqual(p.find('content', 'world'), ['b']);
  assert.deepEqual(p.find('content', 'Hello'), ['p']);
  assert.deepEqual(p.find('content', 'nowhere'), []);
});

test('a scope limits matches to its descendants', () => {
  const p = page(`<form id="a"><button data-x="a">OK</button></form><form id="b"><button data-x="b">OK</button></form>`);
  assert.deepEqual(p.find('button', 'OK'), ['a', 'b']);
  assert.deepEqual(p.find('button', 'OK', '#b'), ['b']);
});

test('a fragment without <html> can serve as the document', () => {
  const $ = cheerio.load('<button data-x="x">Go</button>', null, false);
  const root = cheerioDocumentRoot($.root()[0]);
  const found = findNamed(cheerioAdapter(), root, root, 'button', 'Go');
  assert.deepEqual(found.map((e) => e.attribs['data-x']), ['x']);
});

test('an unknown kind is refused', () => {
  const p = page('<p>x</p>');
  assert.throws(() => p.find('widget' as NamedSelectorKind, 'x'), /Unknown named selector kind "widget"/);
});

test('candidates: a short label per element of the kind, deduplicated, in document order', () => {
  const p = page(`
    <label for="e">E-mail</label><input id="e" name="email">
    <label>Country <select name="c"><option>France</option></select></label>
    <input name="plain"><input placeholder="Search"><input aria-label="Query">
    <input type="hidden" name="secret"><input type="submit" value="Send">
    <button>Save</button><button>Save</button><div role="button" title="Close"></div>
    <a href="/">Home</a><a href="/x"><img alt="Logo"></a><a href="/bare"></a>`);
  assert.deepEqual(p.candidates('field'), ['E-mail', 'Country', 'plain', 'Search', 'Query']);
  assert.deepEqual(p.candidates('select'), ['Country']);
  assert.deepEqual(p.candidates('button'), ['Send', 'Save', 'Close']);
  assert.deepEqual(p.candidates('link'), ['Home', 'Logo', '/bare']);
  assert.deepEqual(p.candidates('link_or_button'), ['Send', 'Save', 'Close', 'Home', 'Logo', '/bare']);
  assert.deepEqual(p.candidates('option'), ['France']);
  assert.deepEqual(p.candidates('id'), ['e']);
  assert.deepEqual(p.candidates('content'), []);
});

test('candidates carry every name an element answers to, so a typo of any of them finds its label', () => {
  const p = page(`
    <label for="mail">Email address</label><input id="mail" name="email" placeholder="you@example.com">
    <input name="q" aria-label="Search the site"><button name="commit" value="go">Save</button>`);
  assert.deepEqual(p.names('field'), [['Email address', 'you@example.com', 'email', 'mail'], ['Search the site', 'q']]);
  assert.deepEqual(closestMatches('emial', p.names('field')), ['Email address'], 'a typo of the name shows the label');
  assert.deepEqual(closestMatches('comit', p.names('button')), ['Save']);
  assert.deepEqual(closestMatches('Email adress', p.names('field')), ['Email address']);
  assert.deepEqual(closestMatches('zzz q zzz', p.names('field')), [], 'a one-letter name inside the locator is no hint');
});

test('closestMatches: substrings first (ignoring case), then small edit distances, at most max', () => {
  const candidates = ['Save', 'Save draft', 'Cancel', 'Submit', 'Delete account'];
  assert.deepEqual(closestMatches('save', candidates), ['Save', 'Save draft']);
  assert.deepEqual(closestMatches('Subnit', candidates), ['Submit']);
  assert.deepEqual(closestMatches('Cancle', candidates), ['Cancel']);
  assert.deepEqual(closestMatches('Sav', candidates, 1), ['Save']);
  assert.deepEqual(closestMatches('Publish', candidates), []);
  assert.deepEqual(closestMatches('', candidates), []);
  assert.deepEqual(closestMatches('Delete my account', candidates), ['Delete account']);
  assert.deepEqual(closestMatches('Remove everything', candidates), [], 'too far apart');
});

test('describeNamedKind words each kind like Mink and names every attribute the engine matches', () => {
  for (const kind of NAMED_SELECTOR_KINDS) assert.match(describeNamedKind(kind), /^[A-Z].* with /);
  // One element per listed attribute, reachable by that attribute alone; every kind of the table is here.
  const reachableBy: Record<NamedSelectorKind, Record<string, string>> = {
    link: {
      id: '<a href="/x" id="L">x</a>', text: '<a href="/x">L</a>', title: '<a href="/x" title="L">x</a>',
      rel: '<a href="/x" rel="L">x</a>', 'aria-label': '<a href="/x" aria-label="L">x</a>',
      'data-testid': '<a href="/x" data-testid="L">x</a>', 'image alt': '<a href="/x"><img alt="L"></a>',
    },
    button: {
      id: '<button id="L">x</button>', name: '<button name="L">x</button>', value: '<input type="submit" value="L">',
      title: '<button title="L">x</button>', text: '<button>L</button>', 'aria-label': '<button aria-label="L">x</button>',
      'data-testid': '<button data-testid="L">x</button>', 'image alt': '<input type="image" alt="L">',
    },
    link_or_button: {
      id: '<button id="L">x</button>', text: '<a href="/x">L</a>', value: '<input type="submit" value="L">',
      title: '<button title="L">x</button>', rel: '<a href="/x" rel="L">x</a>', 'aria-label': '<a href="/x" aria-label="L">x</a>',
      'data-testid': '<button data-testid="L">x</button>', 'image alt': '<a href="/x"><img alt="L"></a>',
    },
    field: {
      id: '<input id="L">', name: '<input name="L">', label: '<label for="f">L</label><input id="f">',
      placeholder: '<input placeholder="L">', 'aria-label': '<input aria-label="L">', 'data-testid': '<input data-testid="L">',
    },
    select: {
      id: '<select id="L"></select>', name: '<select name="L"></select>', label: '<label>L <select></select></label>',
      'aria-label': '<select aria-label="L"></select>', 'data-testid': '<select data-testid="L"></select>',
    },
    checkbox: {
      id: '<input type="checkbox" id="L">', name: '<input type="checkbox" name="L">',
      label: '<label for="c">L</label><input type="checkbox" id="c">', 'aria-label': '<input type="checkbox" aria-label="L">',
      'data-testid': '<input type="checkbox" data-testid="L">',
    },
    radio: {
      id: '<input type="radio" id="L">', name: '<input type="radio" name="L">', label: '<label>L <input type="radio"></label>',
      'aria-label': '<input type="radio" aria-label="L">', 'data-testid': '<input type="radio" data-testid="L">',
    },
    file: {
      id: '<input type="file" id="L">', name: '<input type="file" name="L">', label: '<label>L <input type="file"></label>',
      'aria-label': '<input type="file" aria-label="L">', 'data-testid': '<input type="file" data-testid="L">',
    },
    option: {
      value: '<select><option value="L">x</option></select>', text: '<select><option>L</option></select>',
      'aria-label': '<select><option aria-label="L">x</option></select>',
      'data-testid': '<select><option data-testid="L">x</option></select>',
    },
    id: { id: '<p id="L">x</p>' },
    content: { text: '<p>L</p>' },
  };
  for (const [kind, byAttribute] of Object.entries(reachableBy) as Array<[NamedSelectorKind, Record<string, string>]>) {
    const listed = describeNamedKind(kind).replace(/^.* with /, '').split('|');
    assert.deepEqual(listed.slice().sort(), Object.keys(byAttribute).sort(), `${kind}: the description lists what is tested here`);
    for (const [attribute, html] of Object.entries(byAttribute)) {
      assert.equal(page(html).find(kind, 'L').length, 1, `${kind} found by ${attribute}`);
    }
  }
});

test('a hidden twin never shadows the visible element; among visible ones Mink\'s rule holds', () => {
  const twins = page(`
    <nav hidden><button data-x="nav">Save</button></nav>
    <div style="display: none"><button data-x="none">Save</button></div>
    <button style="visibility: hidden" data-x="invisible">Save</button>
    <input type="hidden" name="q" data-x="hidden-input">
    <form><button data-x="form">Save</button><button data-x="draft">Save draft</button><input name="q" data-x="q"></form>`);
  assert.deepEqual(twins.find('button', 'Save'), ['form']);
  assert.deepEqual(twins.find('field', 'q'), ['q']);
  const onlyPartialVisible = page(`<nav hidden><button data-x="nav">Save</button></nav><button data-x="draft">Save draft</button>`);
  assert.deepEqual(onlyPartialVisible.find('button', 'Save'), ['draft'], 'a visible partial match beats a hidden exact one');
  const onlyHidden = page(`<nav hidden><button data-x="nav">Save</button></nav>`);
  assert.deepEqual(onlyHidden.find('button', 'Save'), ['nav'], 'hidden matches are the last resort');
});

test('the kind table and the engine are self-contained: their source runs without any module scope', () => {
  const $ = cheerio.load('<label for="n">Name</label><input id="n" data-x="n"><p>Hi <b>there</b></p>');
  const dom = cheerioAdapter();
  const root = cheerioDocumentRoot($.root()[0]);
  const source = [...KIND_TABLE_FUNCTIONS.map(String), ...ENGINE_FUNCTIONS.map(String), 'return [namedKindTable, resolveNamed];'].join('\n');
  const [isolatedTable, isolatedResolve] = new Function(source)() as [typeof namedKindTable, typeof resolveNamed];
  const found = isolatedResolve(isolatedTable(), dom, root, root, 'field', 'Name', 'find') as Element[];
  assert.deepEqual(found.map((e) => e.attribs['data-x']), ['n']);
  assert.deepEqual(isolatedResolve(isolatedTable(), dom, root, root, 'field', '', 'candidates'), [['Name', 'n']]);
});

test('the button input types are the same for the selector table as for the Session and the form code', () => {
  for (const type of BUTTON_INPUT_TYPES) {
    const p = page(`<input type="${type}" id="b" name="b" value="Go" alt="Go" data-x="b">`);
    assert.deepEqual(p.find('button', 'Go'), ['b'], `input type=${type} is a button`);
    assert.deepEqual(p.find('field', 'b'), [], `input type=${type} is no field`);
  }
});

test('while a modal dialog is open (aria-modal="true", shown), only what is inside it is found by name', () => {
  const p = page(`
    <header><button data-x="header">Login</button><a href="/help" data-x="help">Help</a></header>
    <div role="dialog" aria-modal="true" data-x="dialog"><p>Sign in</p><button data-x="in-dialog">Login</button>
      <div role="alertdialog" aria-modal="TRUE" hidden><button data-x="hidden-inner">Login</button></div></div>
    <div aria-modal="true" style="display: none"><button data-x="closed">Login</button></div>`);
  assert.deepEqual(p.find('button', 'Login'), ['in-dialog'], 'neither the header\'s nor a hidden modal\'s');
  assert.deepEqual(p.find('link', 'Help'), []);
  assert.deepEqual(p.candidates('button'), ['Login']);
  assert.deepEqual(p.find('content', 'Sign in'), ['<p>']);
  assert.deepEqual(p.find('button', 'Login', 'header'), [], 'a scope behind the dialog holds nothing in reach');
  assert.deepEqual(p.find('button', 'Login', '[role=dialog]'), ['in-dialog']);
  assert.deepEqual(p.behind('button', 'Login'), ['header']);
  assert.deepEqual(p.behind('content', 'Sign in'), [], 'the elements around the dialog are not behind it');
  assert.deepEqual(p.behind('content', 'Help'), ['help']);
  const open = page(`<button data-x="header">Login</button><dialog open><button data-x="note">Login</button></dialog>`);
  assert.deepEqual(open.find('button', 'Login'), ['header', 'note'], 'an open dialog is not modal unless it says so');
  assert.deepEqual(open.behind('button', 'Login'), []);
});

test('a modal <dialog> (showModal) wins over an aria-modal element behind it; one inside it is a dialog within it', () => {
  const html = `<div aria-modal="true" data-x="marked-outside"><button data-x="a">OK</button></div>
    <dialog id="confirm" open data-x="modal"><button data-x="b">OK</button>
      <div aria-modal="true" id="inner"><button data-x="c">OK</button></div></dialog>`;
  const $ = cheerio.load(html);
  const root = cheerioDocumentRoot($.root()[0]);
  const modalShown = (ids: string[]) => ({ ...cheerioAdapter(), isModalDialog: (dialog: Element) => ids.includes(dialog.attribs.id ?? '') });
  const found = (ids: string[]) => findNamed(modalShown(ids), root, root, 'button', 'OK').map((element) => element.attribs['data-x']);
  assert.deepEqual(found(['confirm']), ['c'], 'the aria-modal element inside the modal dialog');
  $('#inner').attr('hidden', '');
  assert.deepEqual(found(['confirm']), ['b'], 'the modal dialog itself, not the aria-modal element behind it');
  assert.deepEqual(found([]), ['a'], 'shown open, not modal: the aria-modal element is the modal');
});
