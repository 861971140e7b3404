/**
 * A navigation step that meets a page asking before it is left (a leave-page dialog) navigates in
 * that step, as WebDriver does for a navigation, and says so in its output (a log line of the step,
 * in every report); a click leaves the dialog to the dialog steps.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT, useFeatureRunner } from './feature-run';

const FEATURE = path.join(PROJECT_ROOT, 'features', 'javascript', 'leaving-pages.feature');

describe('navigation steps and a page that asks before it is left', () => {
  const runner = useFeatureRunner();

  it('each navigation step leaves the page and logs that it accepted the leave-page dialog; a click leaves it to the dialog steps', async () => {
    const run = await runner.run([FEATURE]);
    assert.ok(run.success, JSON.stringify(run.steps.filter((step) => step.status !== 'PASSED'), null, 2));
    const notes = (scenario: string) =>
      run.attachments
        .filter((attachment) => attachment.scenario === scenario && attachment.mediaType === 'text/x.cucumber.log+plain')
        .map((attachment) => attachment.body.toString());
    const navigated = notes('Every navigation step leaves the editor');
    // reload, back, forward (to a page that does not ask), go to: three asked.
    assert.equal(navigated.length, 3, navigated.join('\n'));
    for (const note of navigated) {
      assert.match(note, /^http:\/\/127\.0\.0\.1:\d+\/wiki\/start\/edit asked before it is left \(a leave-page dialog\): accepted, as WebDriver does for a navigation$/);
    }
    assert.deepEqual(notes('A click meets the warning, and the dialog steps answer it'), []);
  });
});
