/** `cucumber-mink demo`, the one command line that starts the demo app (the bench starts it this way too). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main } from '../../support/cli/main';

test('cucumber-mink demo serves the demo app, prints its address first, and stops on SIGTERM', async () => {
  const lines: string[] = [];
  let printed: () => void = () => undefined;
  const firstLine = new Promise<void>((resolve) => (printed = resolve));
  const out = (line: string) => {
    lines.push(line);
    printed();
  };
  const running = main(['demo', '--port', '0', '--host', '127.0.0.1'], process.cwd(), { out, err: out });
  await firstLine;
  const url = /^cucumber-mink demo app: (http:\/\/127\.0\.0\.1:\d+) \(Ctrl-C stops it\)$/.exec(lines[0])?.[1];
  assert.ok(url, `first line names the address: ${lines[0]}`);
  const page = await fetch(`${url}/`);
  assert.match(await page.text(), /<title>cucumber-mink demo<\/title>/);
  process.emit('SIGTERM');
  assert.equal(await running, 0);
  await assert.rejects(fetch(`${url}/`), 'the server is closed once the command returns');
});
