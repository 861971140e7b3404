import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { DriverError, UnsupportedDriverActionError } from '../../support/drivers/driver';
import { HttpDriver } from '../../support/drivers/http';

type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void;

const requests: string[] = [];

function html(response: ServerResponse, markup: string, status = 200): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  response.end(markup);
}

function redirect(response: ServerResponse, status: number, location: string): void {
  response.writeHead(status, { location });
  response.end();
}

const postForm = (action: string): string =>
  `<form method="post" action="${action}"><input name="a" value="1"><button>Send</button></form>`;

const routes: Record<string, Handler> = {
  '/echo': (request, response, body) => {
    response.writeHead(200, { 'content-type': 'application/json', 'x-multi': ['one', 'two'] });
    response.end(JSON.stringify({ method: request.method, url: request.url, body, contentType: request.headers['content-type'] ?? null }));
  },
  '/page1': (_request, response) => html(response, '<a href="/r302">hop</a><a href="page2">direct</a><a href="#part">part</a><p id="t">one</p>'),
  '/page2': (_request, response) => html(response, '<title>Two</title><p>two</p>'),
  '/r302': (_request, response) => redirect(response, 302, '/page2'),
  '/form301': (_request, response) => html(response, postForm('/s301')),
  '/form302': (_request, response) => html(response, postForm('/s302')),
  '/form303': (_request, response) => html(response, postForm('/s303')),
  '/form307': (_request, response) => html(response, postForm('/s307')),
  '/form308': (_request, response) => html(response, postForm('/s308')),
  '/s301': (_request, response) => redirect(response, 301, '/echo'),
  '/s302': (_request, response) => redirect(response, 302, '/echo'),
  '/s303': (_request, response) => redirect(response, 303, '/echo'),
  '/s307': (_request, response) => redirect(response, 307, '/echo'),
  '/s308': (_request, response) => redirect(response, 308, '/echo'),
  '/loop-a': (_request, response) => redirect(response, 302, '/loop-b'),
  '/loop-b': (_request, response) => redirect(response, 302, '/loop-a'),
  '/fragment-redirect': (_request, response) => redirect(response, 302, '/page2'),
  '/missing': (_request, response) => html(response, '<h1>Not here</h1>', 404),
  '/based': (_request, response) =>
    html(response, '<head><base href="/sub/dir/"></head><a href="target?x=1">rel</a><a href="/abs">abs</a>' +
      '<form action="save" method="post"><button>Save</button></form>'),
  '/latin1': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' });
    response.end(Buffer.from('<p>caf\u00e9 cr\u00e8me</p>', 'latin1'));
  },
  '/meta-charset': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>na\u00efve \u0080 \u0093q\u0094</p>', 'latin1'));
  },
  '/json': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"ok":true,"items":[1,2]}');
  },
  '/widgets': (_request, response) =>
    html(response, `<head><title>Widgets</title><script>var hidden = "script text";</script></head><body>
      <button type="button">Open menu</button><a>No href</a><a href="javascript:void(0)">JS link</a>
      <div onclick="go()">Div</div><span role="button">Role</span>
      <button>Save</button><button>Save changes</button>
      <p hidden>Secret</p><div style="display: none"><span id="inner">Inner</span></div><p id="shown">Shown</p>
      <input type="hidden" name="h"></body>`),
};

let server: ReturnType<typeof createServer>;
let base = '';
const driver = new HttpDriver();

before(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      requests.push(`${request.method} ${request.url}`);
      const handler = routes[path] ?? ((_q: IncomingMessage, r: ServerResponse) => html(r, 'nothing here', 404));
      handler(request, response, Buffer.concat(chunks).toString('utf8'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  await driver.start();
});

after(async () => {
  await driver.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(async () => {
  await driver.reset();
  requests.length = 0;
});

async function echo(): Promise<{ method: string; url: string; body: string; contentType: string | null }> {
  return JSON.parse(await driver.content());
}

async function press(label: string): Promise<void> {
  const [button] = await driver.findAll({ css: `button` });
  assert.ok(button, `no button "${label}"`);
  await driver.click(button);
}

describe('before any visit', () => {
  it('refuses to read a page that does not exist yet', async () => {
    const expected = { name: 'DriverError', message: `No page has been visited yet: start with a step like 'Given I am on "/"'` };
    await assert.rejects(driver.content(), expected);
    await assert.rejects(driver.statusCode(), expected);
    await assert.rejects(driver.findAll({ css: 'p' }), expected);
    await assert.rejects(driver.currentUrl(), expected);
  });

  it('needs an absolute http(s) URL', async () => {
    await assert.rejects(driver.visit('/page1'), DriverError);
  });
});

describe('redirects', () => {
  for (const status of [301, 302, 303]) {
    it(`${status} after a POST becomes a GET without body`, async () => {
      await driver.visit(`${base}/form${status}`);
      await press('Send');
      assert.deepEqual(await echo(), { method: 'GET', url: '/echo', body: '', contentType: null });
      assert.equal(await driver.currentUrl(), `${base}/echo`);
      assert.equal(await driver.statusCode(), 200);
    });
  }

  for (const status of [307, 308]) {
    it(`${status} keeps the method and the body`, async () => {
      await driver.visit(`${base}/form${status}`);
      await press('Send');
      assert.deepEqual(await echo(), {
        method: 'POST', url: '/echo', body: 'a=1', contentType: 'application/x-www-form-urlencoded',
      });
    });
  }

  it('reports status and headers of the final response', async () => {
    await driver.visit(`${base}/s302`);
    assert.equal(await driver.statusCode(), 200);
    const headers = await driver.responseHeaders();
    assert.deepEqual(headers['x-multi'], ['one', 'two']);
    assert.deepEqual(headers['content-type'], ['application/json']);
  });

  it('fails on a loop, naming the chain of URLs', async () => {
    await assert.rejects(driver.visit(`${base}/loop-a`), {
      name: 'DriverError',
      message: `Redirect loop: ${base}/loop-a → ${base}/loop-b → ${base}/loop-a`,
    });
  });

  it('fails after more than the maximum number of redirects', async () => {
    const counting = createServer((request, response) => {
      const n = Number(request.url?.slice(1));
      redirect(response, 302, `/${n + 1}`);
    });
    await new Promise<void>((resolve) => counting.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(counting.address() as AddressInfo).port}`;
    const limited = new HttpDriver({ maxRedirects: 3 });
    try {
      await assert.rejects(limited.visit(`${url}/0`), {
        name: 'DriverError',
        message: `More than 3 redirects: ${url}/0 → ${url}/1 → ${url}/2 → ${url}/3`,
      });
      await assert.rejects(driver.visit(`${url}/0`), /^DriverError: More than 20 redirects: .* → .*\/20$/);
    } finally {
      await limited.stop();
      await new Promise<void>((resolve) => counting.close(() => resolve()));
    }
  });

  it('keeps the fragment of the requested URL across redirects', async () => {
    await driver.visit(`${base}/fragment-redirect#section`);
    assert.equal(await driver.currentUrl(), `${base}/page2#section`);
  });

  it('treats 4xx and 5xx as ordinary pages', async () => {
    await driver.visit(`${base}/missing`);
    assert.equal(await driver.statusCode(), 404);
    assert.match(await driver.pageText(), /Not here/);
  });
});

describe('history', () => {
  it('skips redirect hops on back and forward, and reloads entries from the server', async () => {
    await driver.visit(`${base}/page1`);
    const [hop] = await driver.findAll({ css: 'a' });
    await driver.click(hop);
    assert.equal(await driver.currentUrl(), `${base}/page2`);
    requests.length = 0;

    await driver.back();
    assert.equal(await driver.currentUrl(), `${base}/page1`);
    await driver.forward();
    assert.equal(await driver.currentUrl(), `${base}/page2`);
    assert.deepEqual(requests, ['GET /page1', 'GET /page2']);

    await driver.forward();
    assert.equal(await driver.currentUrl(), `${base}/page2`, 'forward at the end does nothing');
  });

  it('follows a fragment-only link without a request, and back returns to the previous fragment', async () => {
    await driver.visit(`${base}/page1`);
    const [, , fragment] = await driver.findAll({ css: 'a' });
    const [paragraph] = await driver.findAll({ css: '#t' });
    requests.length = 0;
    await driver.click(fragment);
    assert.equal(await driver.currentUrl(), `${base}/page1#part`);
    assert.deepEqual(requests, []);
    assert.equal((await driver.text(paragraph)).trim(), 'one', 'the document, and its handles, stay the same');
    await driver.back();
    assert.equal(await driver.currentUrl(), `${base}/page1`);
    assert.deepEqual(requests, []);
  });

  it('going to the page\'s own address with a fragment moves within the page, as the address bar does', async () => {
    await driver.visit(`${base}/form307`);
    const [field] = await driver.findAll({ css: 'input' });
    await driver.setValue(field, 'typed');
    requests.length = 0;
    await driver.visit(`${base}/form307#part`);
    assert.equal(await driver.currentUrl(), `${base}/form307#part`);
    assert.deepEqual(requests, [], 'no request');
    assert.equal(await driver.value(field), 'typed', 'the document, and what was typed, stay');
    await driver.visit(`${base}/form307`);
    assert.deepEqual(requests, ['GET /form307'], 'the address without a fragment loads the page again');
    await driver.back();
    assert.equal(await driver.currentUrl(), `${base}/form307#part`);
  });

  it('an empty fragment stays on the page; a link to the address shown replaces its entry, going to it adds one', async () => {
    await driver.visit(`${base}/page1`);
    requests.length = 0;
    await driver.visit(`${base}/page1#`);
    assert.equal(await driver.currentUrl(), `${base}/page1#`, 'as <a href="#"> does');
    await driver.visit(`${base}/page1#part`);
    await driver.visit(`${base}/page1#part`);
    const [, , fragment] = await driver.findAll({ css: 'a' });
    await driver.click(fragment);
    assert.deepEqual(requests, []);
    await driver.back();
    assert.equal(await driver.currentUrl(), `${base}/page1#part`, 'two entries for going to #part twice (as WebDriver in Chromium), none for the link');
    await driver.back();
    assert.equal(await driver.currentUrl(), `${base}/page1#`);
  });

  it('reload keeps the fragment the page moved to, and back from it stays within the reloaded page', async () => {
    await driver.visit(`${base}/page1`);
    const [, , fragment] = await driver.findAll({ css: 'a' });
    await driver.click(fragment);
    requests.length = 0;
    await driver.reload();
    assert.equal(await driver.currentUrl(), `${base}/page1#part`, 'as a browser reloads page1#part');
    assert.deepEqual(requests, ['GET /page1']);
    const [paragraph] = await driver.findAll({ css: '#t' });
    await driver.back();
    assert.equal(await driver.currentUrl(), `${base}/page1`);
    assert.deepEqual(requests, ['GET /page1'], 'back to the top of the page is a move within the page');
    assert.equal((await driver.text(paragraph)).trim(), 'one', 'the reloaded document, and its handles, stay');
  });

  it('back to a fragment entry of another document loads that document at its fragment', async () => {
    await driver.visit(`${base}/page1`);
    const [, , fragment] = await driver.findAll({ css: 'a' });
    await driver.click(fragment);
    await driver.visit(`${base}/page2`);
    requests.length = 0;
    await driver.back();
    assert.equal(await driver.currentUrl(), `${base}/page1#part`);
    await driver.back();
    assert.equal(await driver.currentUrl(), `${base}/page1`);
    assert.deepEqual(requests, ['GET /page1'], 'one load: the second move stays within the page');
  });

  it('reload repeats the request of the current entry', async () => {
    await driver.visit(`${base}/form307`);
    await press('Send');
    requests.length = 0;
    await driver.reload();
    assert.deepEqual(requests, ['POST /echo']);
    assert.equal((await echo()).body, 'a=1');
  });

  it('resolves a relative href against the document URL', async () => {
    await driver.visit(`${base}/page1`);
    const [, direct] = await driver.findAll({ css: 'a' });
    assert.equal(await driver.attribute(direct, 'href'), 'page2');
    await driver.click(direct);
    assert.equal(await driver.currentUrl(), `${base}/page2`);
  });
});

describe('URL resolution', () => {
  it('resolves links and form actions against <base href>', async () => {
    await driver.visit(`${base}/based`);
    const [relative, absolute] = await driver.findAll({ css: 'a' });
    await driver.click(relative);
    assert.equal(await driver.currentUrl(), `${base}/sub/dir/target?x=1`);
    await driver.back();
    const [again] = await driver.findAll({ css: 'a:nth-of-type(2)' });
    assert.equal(await driver.attribute(again, 'href'), '/abs');
    await assert.rejects(driver.click(absolute), /page changed since this element was found/);
    await driver.click(again);
    assert.equal(await driver.currentUrl(), `${base}/abs`);
    await driver.back();
    await press('Save');
    assert.deepEqual(requests.slice(-1), ['POST /sub/dir/save']);
  });
});

describe('decoding', () => {
  it('decodes with the charset of the Content-Type', async () => {
    await driver.visit(`${base}/latin1`);
    assert.equal(await driver.content(), '<p>café crème</p>');
    assert.equal((await driver.pageText()).trim(), 'café crème');
  });

  it('decodes with the charset of a <meta http-equiv> when the header has none', async () => {
    await driver.visit(`${base}/meta-charset`);
    assert.match(await driver.pageText(), /naïve € “q”/);
  });

  it('shows a JSON body as it is', async () => {
    await driver.visit(`${base}/json`);
    assert.equal(await driver.content(), '{"ok":true,"items":[1,2]}');
    assert.equal(await driver.pageText(), '{"ok":true,"items":[1,2]}');
    assert.deepEqual(await driver.findAll({ css: 'p' }), []);
  });
});

describe('elements', () => {
  it('explains clicks that need JavaScript', async () => {
    await driver.visit(`${base}/widgets`);
    const cases: Array<[string, string]> = [
      ['button[type=button]', 'Clicking <button type="button"> "Open menu" needs JavaScript: tag the scenario @javascript'],
      ['a:not([href])', 'Clicking <a> "No href" needs JavaScript: tag the scenario @javascript'],
      ['a[href^=javascript]', 'Clicking <a href="javascript:void(0)"> "JS link" needs JavaScript: tag the scenario @javascript'],
      ['div[onclick]', 'Clicking <div onclick> "Div" needs JavaScript: tag the scenario @javascript'],
      ['span[role=button]', 'Clicking <span role="button"> "Role" needs JavaScript: tag the scenario @javascript'],
    ];
    for (const [css, message] of cases) {
      const [element] = await driver.findAll({ css });
      await assert.rejects(driver.click(element), (error: Error) => {
        assert.ok(error instanceof UnsupportedDriverActionError);
        assert.equal(error.message, message);
        return true;
      });
    }
  });

  it('reads visible text only, and answers visibility from the markup', async () => {
    await driver.visit(`${base}/widgets`);
    const text = (await driver.pageText()).replace(/\s+/g, ' ');
    assert.match(text, /Open menu/);
    assert.doesNotMatch(text, /Secret|Inner|script text|Widgets/);
    const visibility = async (css: string): Promise<boolean> => driver.isVisible((await driver.findAll({ css }))[0]);
    assert.equal(await visibility('#shown'), true);
    assert.equal(await visibility('p[hidden]'), false);
    assert.equal(await visibility('#inner'), false);
    assert.equal(await visibility('title'), false);
    assert.equal(await visibility('input[type=hidden]'), false);
  });

  it('finds by CSS within an element and by named selectors (exact before partial)', async () => {
    await driver.visit(`${base}/widgets`);
    const saves = await driver.findAll({ named: 'button', locator: 'Save' });
    assert.deepEqual(saves.map((handle) => handle.description), ['button "Save"']);
    const partial = await driver.findAll({ named: 'button', locator: 'Save ch' });
    assert.deepEqual(partial.map((handle) => handle.description), ['button "Save changes"']);
    assert.ok((await driver.namedCandidates('button')).some(([label]) => label === 'Save changes'));
    const [hiddenDiv] = await driver.findAll({ css: 'div[style]' });
    assert.deepEqual((await driver.findAll({ css: 'span' }, hiddenDiv)).map((handle) => handle.description), ['span#inner']);
    await assert.rejects(driver.findAll({ css: 'p[' }), /Invalid CSS selector "p\["/);
  });

  it('refuses handles from a previous page', async () => {
    await driver.visit(`${base}/page1`);
    const [paragraph] = await driver.findAll({ css: '#t' });
    await driver.visit(`${base}/page2`);
    await assert.rejects(driver.text(paragraph), {
      name: 'StaleElementError',
      message: 'The page changed since this element was found (p#t): find it again',
    });
  });
});
