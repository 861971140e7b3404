/**
 * The unit run's guard (test/unit/guard.cjs): a test that would need a browser, Java, a cucumber run
 * or another host fails at once with where it belongs; servers on 127.0.0.1 stay usable.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';
import { test } from 'node:test';

import './guard.cjs';

test('starting a browser, its driver, Java or cucumber-js is refused, naming the folder the test belongs in', () => {
  for (const program of ['/usr/bin/chromium', 'chromedriver', 'java', 'node_modules/.bin/cucumber-js']) {
    assert.throws(() => spawn(program, ['--version']), /test:unit runs pure code and local HTTP only, but this test starts \S+: move it to test\/browser .* or test\/e2e/);
  }
  assert.equal(execFileSync(process.execPath, ['-e', 'process.stdout.write("node is fine")'], { encoding: 'utf8' }), 'node is fine');
});

test('a connection to another host is refused; one to 127.0.0.1 goes through', async () => {
  assert.throws(() => net.connect(443, 'example.com'), /but this test connects to example\.com: serve what it needs from 127\.0\.0\.1/);
  const server = net.createServer((socket) => socket.end('hello'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const socket = net.connect((server.address() as AddressInfo).port, '127.0.0.1');
    const greeting = await new Promise<Buffer>((resolve) => socket.once('data', resolve));
    assert.equal(greeting.toString(), 'hello');
  } finally {
    server.close();
  }
});
