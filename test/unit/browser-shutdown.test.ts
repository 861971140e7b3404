/**
 * How a local Chromium of ours ends: killed at the run's end (asked to quit, it would first save the
 * profile deleted next), asked to quit mid-run (its processes are then reaped by itself, not left as
 * zombies for init), and its profile removed either way. Fakes stand for the browser: no process here
 * uses the profile folder, so the kill finds nothing to kill.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { WebDriver } from 'selenium-webdriver';
import { shutDownBrowser, type LaunchedBrowser } from '../../support/drivers/browser/launch';

function fakeBrowser(endsByKill: boolean): { launched: LaunchedBrowser; calls: string[] } {
  const calls: string[] = [];
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shutdown-test-'));
  const webDriver = { quit: async () => void calls.push('quit') } as unknown as WebDriver;
  const stopService = async () => void calls.push('stop the driver');
  return { launched: { webDriver, local: { record: { driverPid: null, profileDir }, stopService, endsByKill }, profileDir, downloads: null }, calls };
}

describe('ending a local browser', () => {
  it('at the run\'s end a Chromium on our profile is not asked to quit; mid-run it is', async () => {
    const atEnd = fakeBrowser(true);
    await shutDownBrowser(atEnd.launched, true);
    assert.deepEqual(atEnd.calls, ['stop the driver']);
    assert.equal(fs.existsSync(atEnd.launched.profileDir ?? ''), false, 'the profile is removed');

    const midRun = fakeBrowser(true);
    await shutDownBrowser(midRun.launched);
    assert.deepEqual(midRun.calls, ['quit', 'stop the driver']);
    assert.equal(fs.existsSync(midRun.launched.profileDir ?? ''), false);
  });

  it('a browser that is not on our profile (Firefox, a user\'s own) quits even at the run\'s end', async () => {
    const theirs = fakeBrowser(false);
    await shutDownBrowser(theirs.launched, true);
    assert.deepEqual(theirs.calls, ['quit', 'stop the driver']);
  });
});
