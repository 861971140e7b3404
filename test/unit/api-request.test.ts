import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeApiRequest } from '../../support/session/api-request';
import { notFoundHints } from '../../support/session/not-found-hints';

test('a scenario request: method upper-cased, its own headers win over the scenario headers, bodies labelled', () => {
  const scenario = new Map([['accept', 'application/json'], ['x-trace', 'scenario']]);
  const json = encodeApiRequest({ method: 'put', path: '/x', headers: { 'X-Trace': 'mine' }, body: ' {"a": 1}' }, scenario);
  assert.deepEqual(json, {
    method: 'PUT', body: ' {"a": 1}',
    headers: { accept: 'application/json', 'x-trace': 'mine', 'content-type': 'application/json' },
  });
  const text = encodeApiRequest({ method: 'POST', path: '/x', body: '{not json' }, new Map());
  assert.equal(text.headers['content-type'], undefined, 'only a body that parses as JSON is labelled JSON');
  const form = encodeApiRequest({ method: 'POST', path: '/x', form: [['name', 'Crème brûlée'], ['n', '2']] }, new Map());
  assert.equal(form.body, 'name=Cr%C3%A8me+br%C3%BBl%C3%A9e&n=2');
  assert.equal(form.headers['content-type'], 'application/x-www-form-urlencoded');
  assert.throws(() => encodeApiRequest({ method: 'GET IT', path: '/x' }, new Map()), /"GET IT" is not an HTTP method: write one like GET/);
});

test('not found: a name that differs only in case is pointed out, an exactly matched attribute is not', () => {
  const buttons = [['Save draft', 'save-button'], ['Publish']];
  assert.deepEqual(notFoundHints('button', 'save', buttons), [
    'Names are matched case-sensitively (page text is not); ignoring case, it would match: "Save draft".',
  ]);
  const links = [['Forms', '/forms/text']];
  assert.deepEqual(notFoundHints('link', 'forms/', links), ['Did you mean: "Forms"?'], 'the href contains it as written: no case hint');
  assert.deepEqual(notFoundHints('button', 'Pubilsh', buttons), ['Did you mean: "Publish"?']);
  assert.deepEqual(notFoundHints('option', 'publish', [['Publish']]), ['Did you mean: "Publish"?'], 'options are not about case');
});
