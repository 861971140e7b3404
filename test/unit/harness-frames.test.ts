/** A failure's stack trace keeps the user's frames and leaves out the harness's. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { trimHarnessFrames, withoutHarnessFrames } from '../../support/harness-frames';

const ROOT = path.resolve(__dirname, '..', '..');

function errorWithFrames(files: string[]): Error {
  const error = new Error('The text "x" was not found.\n+--[ HTTP 200 | http://127.0.0.1:1/ | http ]');
  error.stack = [`Error: ${error.message}`, ...files.map((file, index) => `    at step${index} (${file}:1:1)`)].join('\n');
  return error;
}

test("the harness's frames are left out, the user's kept, the message whole", () => {
  const error = withoutHarnessFrames(
    errorWithFrames([
      path.join(ROOT, 'support', 'session', 'assertions.ts'),
      path.join(ROOT, 'node_modules', 'selenium-webdriver', 'lib', 'webdriver.js'),
      '/home/ada/shop/steps/basket.steps.ts',
      path.join(ROOT, 'steps', 'page-text.ts'),
    ]),
  );
  assert.equal(error.stack, 'Error: The text "x" was not found.\n+--[ HTTP 200 | http://127.0.0.1:1/ | http ]\n    at step2 (/home/ada/shop/steps/basket.steps.ts:1:1)');
});

test('a wrapped step fails with the trimmed error, thrown or rejected, and passes as before', async () => {
  const thrown = errorWithFrames([path.join(ROOT, 'support', 'session', 'session.ts'), '/home/ada/shop/steps/a.ts']);
  assert.throws(() => trimHarnessFrames(() => { throw thrown; })(), (error: Error) => !error.stack?.includes(`${path.sep}support${path.sep}`));
  const rejected = errorWithFrames([path.join(ROOT, 'support', 'session', 'session.ts'), '/home/ada/shop/steps/a.ts']);
  await assert.rejects(trimHarnessFrames(async () => { throw rejected; })() as Promise<unknown>, (error: Error) => error.stack?.endsWith('a.ts:1:1)') === true);
  assert.equal(await (trimHarnessFrames(async () => 'done')() as Promise<unknown>), 'done');
});
