/**
 * The progress formatter's characters reach the terminal (or the pipe a CI runner reads) in few
 * writes rather than one a step, in the order they were made.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { gatheredLog } from '../../support/formatters/progress';

test('step characters are gathered into one write; a longer text writes them first, so the order stays', () => {
  const writes: string[] = [];
  const { log, flush } = gatheredLog((text) => writes.push(String(text)), 60_000);
  for (const character of ['.', '.', '\u001b[31mF\u001b[39m', '.']) log(character);
  assert.deepEqual(writes, [], 'nothing written per step');
  log('\n\n1) Scenario: A failing one\n');
  log('.');
  flush();
  assert.deepEqual(writes, ['..\u001b[31mF\u001b[39m.', '\n\n1) Scenario: A failing one\n', '.']);
  flush();
  assert.equal(writes.length, 3, 'a flush with nothing gathered writes nothing');
});

test('gathered characters are written by themselves a moment later, with no flush', async () => {
  const writes: string[] = [];
  const { log } = gatheredLog((text) => writes.push(String(text)), 5);
  log('.');
  log('.');
  await sleep(50);
  assert.deepEqual(writes, ['..']);
});
