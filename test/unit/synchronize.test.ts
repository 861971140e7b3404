/**
 * The one wait: what synchronize retries, what it does not, and that a wait inside a wait does not
 * wait again. Attempts are fakes that fail a set number of times; nothing here reads the clock.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { error as seleniumError } from 'selenium-webdriver';
import { DriverError, TransientDriverError, type Driver } from '../../support/drivers/driver';
import { translateError } from '../../support/drivers/browser/element';
import { ElementNotFoundError, ExpectationError } from '../../support/session/errors';
import { Session } from '../../support/session/session';
import { isRetryable, synchronize } from '../../support/session/synchronize';

/** A wait long enough never to run out in these tests, with no pause between attempts. */
const WAITING = { timeoutMs: 60_000, intervalMs: 0 };

/** An attempt that throws `failures` errors made by `makeError`, then returns 'done'. */
function failingTimes(failures: number, makeError: (attempt: number) => Error) {
  const attempt = async () => {
    attempt.calls += 1;
    if (attempt.calls <= failures) throw makeError(attempt.calls);
    return 'done';
  };
  attempt.calls = 0;
  return attempt;
}

const stale = () => new TransientDriverError('StaleElementReferenceError', 'cannot click button "Save": the element went away');

describe('synchronize', () => {
  it('retries a transient driver error until the attempt passes', async () => {
    const attempt = failingTimes(3, stale);
    assert.equal(await synchronize(attempt, WAITING), 'done');
    assert.equal(attempt.calls, 4);
  });

  it('retries not-found until the attempt passes', async () => {
    const attempt = failingTimes(2, () => new ElementNotFoundError('Button "Save" not found.'));
    assert.equal(await synchronize(attempt, WAITING), 'done');
    assert.equal(attempt.calls, 3);
  });

  it('does not retry a plain driver error, a programming error or an expectation waiting cannot change', async () => {
    for (const error of [
      new DriverError('cannot click button "Save": invalid selector'),
      new TypeError('undefined is not a function'),
      new ExpectationError('"I check" needs a checkbox input', [], false),
    ]) {
      const attempt = failingTimes(1, () => error);
      await assert.rejects(synchronize(attempt, WAITING), error);
      assert.equal(attempt.calls, 1, `${error.name} was retried`);
    }
  });

  it('with a timeout of 0 (the HTTP driver) tries once, even a transient error', async () => {
    const attempt = failingTimes(1, stale);
    await assert.rejects(synchronize(attempt, { timeoutMs: 0 }), TransientDriverError);
    assert.equal(attempt.calls, 1);
  });

  it('when the deadline passes, throws the last attempt\'s error with its message intact', async () => {
    const attempt = failingTimes(Infinity, (n) => new ElementNotFoundError(`Button "Save" not found (attempt ${n}).`));
    await assert.rejects(synchronize(attempt, { timeoutMs: 1, intervalMs: 0 }), (error: Error) => {
      assert.equal(error.message, `Button "Save" not found (attempt ${attempt.calls}).`);
      return true;
    });
  });

  it('a synchronize inside a synchronize runs its attempt once and lets the outer one retry', async () => {
    const inner = failingTimes(2, stale);
    let outerCalls = 0;
    const result = await synchronize(async () => {
      outerCalls += 1;
      return synchronize(inner, WAITING);
    }, WAITING);
    assert.equal(result, 'done');
    // Had the inner call waited, it would have passed on the outer's first attempt.
    assert.equal(outerCalls, 3);
    assert.equal(inner.calls, 3);
  });

  it('two waits running side by side are not nested: each retries on its own', async () => {
    const first = failingTimes(2, stale);
    const second = failingTimes(3, stale);
    assert.deepEqual(await Promise.all([synchronize(first, WAITING), synchronize(second, WAITING)]), ['done', 'done']);
    assert.equal(first.calls, 3);
    assert.equal(second.calls, 4);
  });

  it('a waiting call inside one that does not wait (an HTTP session\'s) still waits for itself', async () => {
    const inner = failingTimes(2, stale);
    assert.equal(await synchronize(() => synchronize(inner, WAITING), { timeoutMs: 0 }), 'done');
    assert.equal(inner.calls, 3);
  });
});

describe('the browser driver declares which WebDriver errors are transient', () => {
  it('stale, intercepted, not interactable, no such frame/window, alert open: transient, named and explained', () => {
    const transient = [
      new seleniumError.StaleElementReferenceError('stale element reference: stale element not found'),
      new seleniumError.ElementClickInterceptedError('element click intercepted: Other element would receive the click: <div id="overlay">'),
      new seleniumError.ElementNotInteractableError('element not interactable'),
      new seleniumError.NoSuchFrameError('no such frame'),
      new seleniumError.NoSuchWindowError('no such window'),
      new seleniumError.UnexpectedAlertOpenError('unexpected alert open: {Alert text : Hello}'),
    ];
    for (const caught of transient) {
      const error = translateError(caught, 'click button "Save"');
      assert.ok(error instanceof TransientDriverError, `${caught.name} is not transient`);
      assert.ok(error instanceof DriverError);
      assert.equal(error.name, caught.name);
      assert.equal(error.cause, caught);
      assert.match(error.message, /^cannot click button "Save": /);
      assert.ok(isRetryable(error));
    }
    const intercepted = translateError(transient[1], 'click button "Save"') as Error;
    assert.equal(intercepted.message, 'cannot click button "Save": it is covered by <div#overlay>', 'in our words, the element that would get the click named briefly');
    const firefox = new seleniumError.ElementClickInterceptedError('Element <button id="save"> is not clickable at point (5,5) because another element <div class="modal-backdrop fade show"> obscures it');
    assert.equal((translateError(firefox, 'click button "Save"') as Error).message, 'cannot click button "Save": it is covered by <div.modal-backdrop.fade>');
    const unnamed = new seleniumError.ElementClickInterceptedError('element click intercepted');
    assert.equal((translateError(unnamed, 'click button "Save"') as Error).message, 'cannot click button "Save": another element would receive the click');
  });

  it('every other WebDriver error stays a plain DriverError, not retried, with the same message as before', () => {
    const invalid = translateError(new seleniumError.InvalidSelectorError('invalid selector: bad'), 'find "[x"');
    assert.ok(invalid instanceof DriverError && !(invalid instanceof TransientDriverError));
    assert.equal(invalid.message, 'cannot find "[x": invalid selector (invalid selector: bad)');
    const script = translateError(new seleniumError.JavascriptError('javascript error: boom\nstack'), 'run a script');
    assert.ok(script instanceof DriverError && !(script instanceof TransientDriverError));
    assert.equal(script.message, 'cannot run a script: JavascriptError: javascript error: boom');
    assert.equal(isRetryable(script), false);
  });
});

describe('Session.synchronize', () => {
  /** Just enough of a driver for waiting and failure context. */
  function fakeDriver(javascript: boolean): Driver {
    return {
      name: 'fake',
      capabilities: { javascript, statusCode: false, responseHeaders: false, requestHeaders: false, basicAuth: false, screenshots: false },
      isStarted: () => true,
      currentUrl: async () => 'http://127.0.0.1/page',
      pageText: async () => 'page text',
    } as unknown as Driver;
  }
  const settings = { baseUrl: 'http://127.0.0.1', filesPath: '.', waitTimeout: 60 };

  it('on a driver without JavaScript answers once, and says where it failed', async () => {
    const session = new Session('http', fakeDriver(false), settings);
    const attempt = failingTimes(1, stale);
    await assert.rejects(session.synchronize(attempt), /the element went away\n\+--\[ http:\/\/127\.0\.0\.1\/page \| fake \]/);
    assert.equal(attempt.calls, 1);
  });

  it('on a scripting driver retries, and a session call inside a session wait runs once per outer attempt', async () => {
    const session = new Session('browser', fakeDriver(true), settings);
    const inner = failingTimes(2, () => new ElementNotFoundError('Link "Next" not found.'));
    let outerCalls = 0;
    await session.synchronize(async () => {
      outerCalls += 1;
      return session.synchronize(inner);
    });
    assert.equal(outerCalls, 3);
    assert.equal(inner.calls, 3);
  });
});
