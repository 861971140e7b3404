import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ElementHandle } from '../../support/drivers/driver';
import { HttpDriver } from '../../support/drivers/http';

const pages: Record<string, string> = {
  '/signup': `<form action="/echo?old=1" method="get" id="signup">
      <input name="email" maxlength="5"><textarea name="bio"></textarea>
      <input type="checkbox" name="agree" value="yes"><input type="radio" name="plan" value="free" checked>
      <input type="radio" name="plan" value="pro"><select name="size"><option>S</option><option>M</option><option>L</option></select>
      <select name="tags" multiple><option value="a">A</option><option value="b">B</option><option value="c">C</option></select>
      <input name="locked" value="fixed" readonly><input name="off" disabled>
      <button type="reset">Clear</button><button name="go" value="now">Sign up</button>
      <button formmethod="post" formaction="/echo" name="alt">Post it</button>
    </form>
    <input name="outside" form="signup" value="out"><input name="loose" value="free">
    <form><input name="lonely" value="no button"></form>`,
  '/upload': `<form action="/echo" method="post" enctype="multipart/form-data">
      <input name="title" value="Report"><input type="file" name="doc"><input type="file" name="spare">
      <button>Upload</button></form>
    <form action="/echo" method="get"><input type="file" name="doc"><button>Get</button></form>`,
};

let server: ReturnType<typeof createServer>;
let base = '';
let directory = '';
const driver = new HttpDriver();

function reply(response: ServerResponse, type: string, body: string): void {
  response.writeHead(200, { 'content-type': type });
  response.end(body);
}

before(async () => {
  directory = await mkdtemp(join(tmpdir(), 'http-forms-'));
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      if (path === '/echo') {
        const echoed = {
          method: request.method, url: request.url, contentType: request.headers['content-type'] ?? null,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        return reply(response, 'application/json', JSON.stringify(echoed));
      }
      reply(response, 'text/html; charset=utf-8', pages[path] ?? 'missing');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await driver.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(directory, { recursive: true, force: true });
});

beforeEach(() => driver.reset());

async function one(css: string): Promise<ElementHandle> {
  const [element] = await driver.findAll({ css });
  assert.ok(element, `nothing matches ${css}`);
  return element;
}

async function echoed(): Promise<{ method: string; url: string; contentType: string | null; body: string }> {
  return JSON.parse(await driver.content());
}

describe('filling and submitting forms through the driver', () => {
  it('submits what the user set, replacing the action query on GET', async () => {
    await driver.visit(`${base}/signup`);
    await driver.setValue(await one('[name=email]'), 'a@b.cdef');
    await driver.setValue(await one('[name=bio]'), 'line 1\nline 2');
    await driver.check(await one('[name=agree]'));
    await driver.check(await one('[name=plan][value=pro]'));
    await driver.selectOption(await one('[name=size]'), await one('[name=size] option:nth-child(3)'), false);
    await driver.selectOption(await one('[name=tags]'), await one('[name=tags] option[value=a]'), true);
    await driver.selectOption(await one('[name=tags]'), await one('[name=tags] option[value=c]'), true);
    await driver.setValue(await one('[name=outside]'), 'changed');

    assert.equal(await driver.value(await one('[name=email]')), 'a@b.c', 'maxlength limits typing');
    assert.equal(await driver.value(await one('[name=agree]')), 'yes');
    assert.equal(await driver.value(await one('[name=plan]')), 'pro');
    assert.deepEqual(await driver.value(await one('[name=tags]')), ['a', 'c']);
    assert.equal(await driver.isChecked(await one('[name=plan][value=free]')), false);

    await driver.click(await one('button[name=go]'));
    const result = await echoed();
    assert.equal(result.method, 'GET');
    assert.equal(
      result.url,
      '/echo?email=a%40b.c&bio=line+1%0D%0Aline+2&agree=yes&plan=pro&size=L&tags=a&tags=c&locked=fixed&go=now&outside=changed',
    );
  });

  it("honours the submitter's formmethod and formaction", async () => {
    await driver.visit(`${base}/signup`);
    await driver.click(await one('button[name=alt]'));
    const result = await echoed();
    assert.equal(result.method, 'POST');
    assert.equal(result.url, '/echo');
    assert.equal(result.contentType, 'application/x-www-form-urlencoded');
    assert.equal(result.body, 'email=&bio=&plan=free&size=S&locked=fixed&alt=&outside=out');
  });

  it('restores the initial values on reset', async () => {
    await driver.visit(`${base}/signup`);
    await driver.setValue(await one('[name=email]'), 'x');
    await driver.check(await one('[name=plan][value=pro]'));
    await driver.check(await one('[name=agree]'));
    await driver.setValue(await one('[name=outside]'), 'changed');
    await driver.click(await one('button[type=reset]'));
    assert.equal(await driver.value(await one('[name=email]')), '');
    assert.equal(await driver.value(await one('[name=plan]')), 'free');
    assert.equal(await driver.value(await one('[name=agree]')), null);
    assert.equal(await driver.value(await one('[name=outside]')), 'out');
  });

  it('sets and reads fields outside any form and in a form without a submit button', async () => {
    await driver.visit(`${base}/signup`);
    await driver.setValue(await one('[name=loose]'), 'typed');
    await driver.setValue(await one('[name=lonely]'), 'still works');
    assert.equal(await driver.value(await one('[name=loose]')), 'typed');
    assert.equal(await driver.value(await one('[name=lonely]')), 'still works');
  });

  it('uploads a real file as multipart/form-data, with an empty part for a file input left empty', async () => {
    const path = join(directory, 'notes.txt');
    await writeFile(path, 'hello upload');
    await driver.visit(`${base}/upload`);
    await driver.attachFile(await one('[name=doc]'), path);
    await driver.click(await one('button'));
    const result = await echoed();
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(result.contentType ?? '')?.[1];
    assert.ok(boundary, `multipart content type, got ${result.contentType}`);
    assert.equal(
      result.body,
      `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nReport\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="doc"; filename="notes.txt"\r\nContent-Type: text/plain\r\n\r\nhello upload\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="spare"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n` +
        `--${boundary}--\r\n`,
    );
  });

  it('sends only the file name when a GET form has a file input, and refuses missing files', async () => {
    const path = join(directory, 'a b.txt');
    await writeFile(path, 'x');
    await driver.visit(`${base}/upload`);
    const [, getFile] = await driver.findAll({ css: '[name=doc]' });
    await assert.rejects(driver.attachFile(getFile, join(directory, 'nope.txt')), /no readable file at/);
    await driver.attachFile(getFile, path);
    const [, getButton] = await driver.findAll({ css: 'button' });
    await driver.click(getButton);
    assert.equal((await echoed()).url, '/echo?doc=a+b.txt');
  });
});
