/** How the HTTP transport tunes V8 for undici's WebAssembly HTTP parser (support/drivers/http/transport.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parserTieringFlag } from '../../support/drivers/http/transport';

test('the parser compile is deferred unless the user tuned WebAssembly tiering', () => {
  assert.equal(parserTieringFlag([]), '--wasm-tiering-budget=1800000000');
  assert.equal(parserTieringFlag(['--max-old-space-size=4096', '--enable-source-maps']), '--wasm-tiering-budget=1800000000');
  assert.equal(parserTieringFlag(['--liftoff-only']), null);
  assert.equal(parserTieringFlag(['--wasm-tiering-budget=100']), null);
  assert.equal(parserTieringFlag(['--no-wasm-dynamic-tiering']), null);
});
