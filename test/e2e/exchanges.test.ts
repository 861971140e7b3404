/**
 * A failed scenario's report lists its HTTP exchanges ("what did the server actually say?"), in
 * order, redirect hops included, secrets masked; a passing scenario gets no such attachment.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT, useFeatureRunner, type FeatureRun } from './feature-run';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'exchanges');
const ATTACHMENT = 'HTTP exchanges';

function exchangesOf(run: FeatureRun, scenario: string): string[] {
  return run.attachments.filter((attachment) => attachment.scenario === scenario && attachment.fileName === ATTACHMENT).map((attachment) => {
    // Shown as text by the HTML report; named, not printed whole, under a failure in the terminal.
    assert.equal(attachment.mediaType, 'text/plain; charset=utf-8');
    return attachment.body.toString('utf8');
  });
}

/** The first line of each exchange's block: `METHOD URL → STATUS …`. */
function requestLines(report: string): string[] {
  return report.split('\n').filter((line) => /^[A-Z]+ \S+ → /.test(line));
}

describe('the HTTP exchanges of a failed scenario', () => {
  const runner = useFeatureRunner();

  it('over HTTP: every request in order, each redirect hop, headers, sizes and times, secrets masked; nothing for a passing scenario', async () => {
    const run = await runner.run([path.join(FIXTURES, 'http.feature')]);
    assert.equal(run.success, false);
    const [report, ...more] = exchangesOf(run, 'A sign-in whose page lacks the expected text');
    assert.ok(report, `no "${ATTACHMENT}" attachment: ${JSON.stringify(run.attachments.map((a) => [a.scenario, a.fileName]))}`);
    assert.equal(more.length, 0);
    const lines = requestLines(report);
    assert.equal(lines.length, 3, report);
    assert.match(lines[0], /^GET http:\/\/127\.0\.0\.1:\d+\/exchanges\/sign-in → 302 Found \(\d+ ms, 0 B\)$/);
    assert.match(lines[1], /^GET http:\/\/127\.0\.0\.1:\d+\/exchanges\/account → 200 OK \(\d+ ms, \d+(\.\d)? k?B\)$/);
    assert.match(lines[2], /^GET http:\/\/127\.0\.0\.1:\d+\/exchanges\/balance → 200 OK /);
    assert.match(report, /^ {2}< location: \/exchanges\/account$/m);
    assert.match(report, /^ {2}< set-cookie: exchanges-session=\*\*\*; Path=\/; HttpOnly$/m);
    assert.match(report, /^ {2}> cookie: exchanges-session=\*\*\*$/m);
    assert.match(report, /^ {2}> authorization: Basic \*\*\*$/m);
    assert.match(report, /^ {2}> x-api-key: \*\*\*$/m);
    assert.match(report, /^ {2}< content-type: text\/html; charset=utf-8$/m);
    for (const secret of ['demo-session-secret-value', 'basic-auth-password', 'api-key-secret-value', Buffer.from('reporter:basic-auth-password').toString('base64')]) {
      assert.ok(!report.includes(secret), `the report shows ${secret}:\n${report}`);
    }
    assert.deepEqual(exchangesOf(run, 'A sign-in that passes'), []);
  });

  it('recordedExchanges 0 records nothing, so a failed scenario has no such attachment', async () => {
    const run = await runner.run([path.join(FIXTURES, 'http.feature')], { recordedExchanges: 0 });
    assert.equal(run.success, false);
    assert.deepEqual(exchangesOf(run, 'A sign-in whose page lacks the expected text'), []);
  });

  it('in a browser: the navigation, its redirect and the request a script made, from the browser\'s own network events', async () => {
    const run = await runner.run([path.join(FIXTURES, 'browser.feature')]);
    assert.equal(run.success, false);
    const [report] = exchangesOf(run, 'The balance a page fetched is not the one expected');
    assert.ok(report, `no "${ATTACHMENT}" attachment: ${JSON.stringify(run.attachments.map((a) => [a.scenario, a.fileName]))}`);
    const lines = requestLines(report);
    const signIn = lines.findIndex((line) => /^GET http:\/\/127\.0\.0\.1:\d+\/exchanges\/sign-in → 302 Found \(\d+ ms/.test(line));
    const account = lines.findIndex((line) => /^GET http:\/\/127\.0\.0\.1:\d+\/exchanges\/account → 200 OK \(\d+ ms/.test(line));
    const balance = lines.findIndex((line) => /^GET http:\/\/127\.0\.0\.1:\d+\/exchanges\/balance → 200 OK \(\d+ ms/.test(line));
    assert.ok(signIn >= 0 && account > signIn && balance > account, report);
    // The cookie the redirect set goes with the next requests, masked. (Chromium's own event for the
    // 302 carries its Set-Cookie only when its raw headers arrived first: not asserted.)
    assert.match(report.slice(report.indexOf('/exchanges/account →')), /> cookie: exchanges-session=\*\*\*/);
    assert.ok(!report.includes('demo-session-secret-value'), report);
  });
});
