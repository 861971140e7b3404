import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { constructEntryList, type FormEntry } from '../../support/drivers/http/forms/entry-list';
import {
  actionUrlWithQuery,
  encodeMultipart,
  encodeTextPlain,
  encodeUrlencoded,
} from '../../support/drivers/http/forms/encoding';
import { FormState } from '../../support/drivers/http/forms/state';
import { submissionTarget } from '../../support/drivers/http/forms/submission';

function parse(html: string): { find: (css: string) => Element; form: Element } {
  const $ = cheerio.load(html);
  const find = (css: string): Element => {
    const element = $(css)[0];
    assert.ok(element, `no element matches ${css}`);
    return element as Element;
  };
  return { find, form: find('form') };
}

function pairs(entries: FormEntry[]): string[] {
  return entries.map((entry) => `${entry.name}=${entry.kind === 'string' ? entry.value : `file:${entry.filename}`}`);
}

describe('entry list construction', () => {
  it('sends every control type with its default value, in tree order', () => {
    const { form, find } = parse(`<form>
      <input name="text" value="a b"><input type="email" name="email" value="x@y.z"><input type="number" name="n" value="3">
      <input type="hidden" name="token" value="t"><input type="password" name="pw">
      <textarea name="bio"></textarea><textarea name="note">
hello</textarea>
      <input type="checkbox" name="agree" checked><input type="checkbox" name="news" value="yes">
      <input type="checkbox" name="tags" value="x" checked><input type="checkbox" name="tags" value="y" checked>
      <input type="radio" name="color" value="red"><input type="radio" name="color" value="blue" checked>
      <select name="size"><option value="S">Small</option><option selected>Medium</option></select>
      <select name="first"><option disabled>none</option><option>one</option><option>two</option></select>
      <select name="many" multiple><option selected>a</option><option>b</option><option selected>c</option></select>
      <select name="none" multiple><option>a</option></select>
      <input type="file" name="upload">
      <input type="text" value="no name">
      <button name="go" value="1">Go</button>
    </form>`);
    const entries = constructEntryList(form, find('button'), new FormState());
    assert.deepEqual(pairs(entries), [
      'text=a b', 'email=x@y.z', 'n=3', 'token=t', 'pw=', 'bio=', 'note=hello', 'agree=on', 'tags=x', 'tags=y',
      'color=blue', 'size=Medium', 'first=one', 'many=a', 'many=c', 'upload=file:', 'go=1',
    ]);
  });

  it('leaves out disabled fields, fields in a disabled fieldset (but not in its first legend) and disabled options', () => {
    const { form } = parse(`<form>
      <input name="off" value="1" disabled>
      <fieldset disabled><legend><input name="in-legend" value="2"></legend><input name="in-set" value="3">
        <legend><input name="second-legend" value="4"></legend></fieldset>
      <fieldset><input name="enabled-set" value="5"></fieldset>
      <select name="s"><option value="a" disabled selected>A</option><option value="b">B</option></select>
      <select name="g"><optgroup disabled><option selected>x</option></optgroup><option>y</option></select>
    </form>`);
    assert.deepEqual(pairs(constructEntryList(form, null, new FormState())), ['in-legend=2', 'enabled-set=5']);
  });

  it('includes only the clicked submitter; an image button sends coordinates', () => {
    const html = `<form><input type="submit" name="a" value="A"><button name="b" value="B">B</button>
      <input type="image" name="map" src="m.png"><input type="image" src="n.png" id="unnamed">
      <button type="button" name="plain" value="P">P</button><button type="reset" name="r">R</button></form>`;
    const { form, find } = parse(html);
    const state = new FormState();
    assert.deepEqual(pairs(constructEntryList(form, find('[name=a]'), state)), ['a=A']);
    assert.deepEqual(pairs(constructEntryList(form, find('[name=b]'), state)), ['b=B']);
    assert.deepEqual(pairs(constructEntryList(form, find('[name=map]'), state)), ['map.x=0', 'map.y=0']);
    assert.deepEqual(pairs(constructEntryList(form, find('#unnamed'), state)), ['x=0', 'y=0']);
    assert.deepEqual(pairs(constructEntryList(form, null, state)), []);
  });

  it('collects fields associated with form="id" from outside the form and skips those pointing elsewhere', () => {
    const { find } = parse(`<input name="before" form="f" value="1">
      <form id="f"><input name="inside" value="2"><input name="stolen" form="other" value="x"></form>
      <form id="other"></form><textarea name="after" form="f">3</textarea><input name="loose" value="4">`);
    assert.deepEqual(pairs(constructEntryList(find('#f'), null, new FormState())), ['before=1', 'inside=2', 'after=3']);
  });

  it('uses what the user did: typed values, checked boxes, radio groups, chosen options', () => {
    const { form, find } = parse(`<form><input name="q" value="old"><input type="checkbox" name="c">
      <input type="radio" name="r" value="1" checked><input type="radio" name="r" value="2">
      <select name="m" multiple><option>a</option><option>b</option></select></form>`);
    const state = new FormState();
    state.setValue(find('[name=q]'), 'new');
    state.setChecked(find('[name=c]'), true);
    state.setChecked(find('[name=r][value="2"]'), true);
    state.setSelectedOptions(find('[name=m]'), [find('option:nth-child(2)')]);
    assert.deepEqual(pairs(constructEntryList(form, null, state)), ['q=new', 'c=on', 'r=2', 'm=b']);
    assert.equal(state.isChecked(find('[name=r][value="1"]')), false);

    state.reset([find('[name=q]'), find('[name=c]'), find('[name=r][value="1"]'), find('[name=r][value="2"]'), find('[name=m]')]);
    assert.deepEqual(pairs(constructEntryList(form, null, state)), ['q=old', 'r=1']);
  });

  it('keeps the last of several checked radios of a group, as the parser does', () => {
    const { form } = parse(`<form><input type="radio" name="r" value="1" checked><input type="radio" name="r" value="2" checked></form>`);
    assert.deepEqual(pairs(constructEntryList(form, null, new FormState())), ['r=2']);
  });
});

describe('form encodings', () => {
  const entries: FormEntry[] = [
    { kind: 'string', name: 'q', value: 'a b&c=d' },
    { kind: 'string', name: 'text', value: 'line1\nline2' },
    { kind: 'string', name: 'é', value: '€' },
    { kind: 'file', name: 'doc', path: null, filename: '' },
  ];

  it('url-encodes like a browser: + for space, CRLF line breaks, UTF-8, file names for files', () => {
    assert.equal(encodeUrlencoded(entries), 'q=a+b%26c%3Dd&text=line1%0D%0Aline2&%C3%A9=%E2%82%AC&doc=');
  });

  it('encodes text/plain', () => {
    assert.equal(encodeTextPlain(entries.slice(0, 1)), 'q=a b&c=d\r\n');
  });

  it('replaces the action query on GET (browser rule) and keeps the fragment', () => {
    assert.equal(actionUrlWithQuery('http://h/search?old=1#top', entries.slice(0, 1)), 'http://h/search?q=a+b%26c%3Dd#top');
    assert.equal(actionUrlWithQuery('http://h/search?old=1', []), 'http://h/search?');
  });

  it('builds multipart bodies with an empty file part when no file is chosen', async () => {
    const files = new Map([['/tmp/x/report.txt', Buffer.from('file body')]]);
    const { body, contentType } = await encodeMultipart(
      [
        { kind: 'string', name: 'say "hi"', value: 'a\nb' },
        { kind: 'file', name: 'doc', path: '/tmp/x/report.txt', filename: 'report.txt' },
        { kind: 'file', name: 'none', path: null, filename: '' },
      ],
      'BOUNDARY',
      async (path) => files.get(path) as Buffer,
    );
    assert.equal(contentType, 'multipart/form-data; boundary=BOUNDARY');
    assert.equal(
      Buffer.from(body).toString(),
      '--BOUNDARY\r\nContent-Disposition: form-data; name="say %22hi%22"\r\n\r\na\r\nb\r\n' +
        '--BOUNDARY\r\nContent-Disposition: form-data; name="doc"; filename="report.txt"\r\nContent-Type: text/plain\r\n\r\nfile body\r\n' +
        '--BOUNDARY\r\nContent-Disposition: form-data; name="none"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n' +
        '--BOUNDARY--\r\n',
    );
  });
});

describe('submission target', () => {
  const location = { documentUrl: 'http://h/dir/page?x=1#frag', baseUrl: 'http://h/base/' };

  it('defaults to GET to the document URL, resolves actions against the base URL', () => {
    const { form } = parse('<form></form>');
    assert.deepEqual(submissionTarget(form, null, location), {
      method: 'GET', action: 'http://h/dir/page?x=1#frag', enctype: 'application/x-www-form-urlencoded',
    });
    const withAction = parse('<form action="save" method="POST" enctype="multipart/form-data"></form>');
    assert.deepEqual(submissionTarget(withAction.form, null, location), {
      method: 'POST', action: 'http://h/base/save', enctype: 'multipart/form-data',
    });
  });

  it("lets the submitter's formaction, formmethod and formenctype win; unknown methods are GET", () => {
    const { form, find } = parse(`<form action="/a" method="put"><button formaction="/b" formmethod="post" formenctype="text/plain">B</button>
      <input type="submit" id="plain"></form>`);
    assert.deepEqual(submissionTarget(form, find('button'), location), { method: 'POST', action: 'http://h/b', enctype: 'text/plain' });
    assert.deepEqual(submissionTarget(form, find('#plain'), location), {
      method: 'GET', action: 'http://h/a', enctype: 'application/x-www-form-urlencoded',
    });
  });
});
