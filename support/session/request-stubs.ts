/**
 * What the request-stub steps mean: which URL a path stands for, what a stub answers, and which
 * words are refused. The driver only installs the stub (support/drivers/browser/network-stubs.ts).
 *
 * Over HTTP the steps refuse: the HTTP driver runs no page scripts, so no page of its would send the
 * request a stub answers, and a stub that answered the scenario's own API requests would only test
 * the stub.
 */
import { NEEDS_BROWSER, UnsupportedDriverActionError, requestStubbingOf, type Driver, type RequestStub } from '../drivers/driver';

/** What the Session lends: its driver, started on demand, and its rule for paths. */
export interface StubHost {
  readonly driver: Driver;
  ensureStarted(): Promise<void>;
  /** A path joined to the base URL; an absolute URL as it is. */
  locatePath(page: string): string;
}

export class RequestStubError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RequestStubError';
  }
}

export class RequestStubs {
  constructor(private readonly host: StubHost) {}

  /** Answer with `status` and an empty body. */
  async answerStatus(path: string, status: number): Promise<void> {
    return this.install(path, { answer: { status: checkedStatus(path, status), headers: {}, body: '' } });
  }

  /** Answer with `json` (checked to be JSON) as application/json, with `status` (200 when not given). */
  async answerJson(path: string, json: string, status = 200): Promise<void> {
    try {
      JSON.parse(json);
    } catch (error) {
      throw new RequestStubError(`the JSON answer for the request to "${path}" is not JSON (${(error as Error).message}): check the doc string`);
    }
    return this.install(path, { answer: { status: checkedStatus(path, status), headers: { 'content-type': 'application/json' }, body: json } });
  }

  /** Hold the request `seconds` before it is answered (by its stub, or by the server). */
  async delay(path: string, seconds: number): Promise<void> {
    if (!Number.isFinite(seconds) || seconds <= 0) {
      throw new RequestStubError(`the request to "${path}" cannot be delayed by ${seconds} seconds: give a number of seconds above 0`);
    }
    return this.install(path, { delayMs: Math.round(seconds * 1000) });
  }

  private async install(path: string, change: RequestStub): Promise<void> {
    const stubbing = requestStubbingOf(this.host.driver);
    if (!stubbing) {
      throw new UnsupportedDriverActionError(
        `stubbing the request to "${path}": ${NEEDS_BROWSER} (the HTTP driver runs no page scripts, so no page would send that request)`,
      );
    }
    if (!/^(https?:\/\/|\/)/i.test(path)) {
      throw new RequestStubError(`the request to "${path}" cannot be stubbed: give a path starting with "/" (on the base URL) or a full http(s) URL`);
    }
    await this.host.ensureStarted();
    await stubbing.stub(this.host.locatePath(path), change);
  }
}

function checkedStatus(path: string, status: number): number {
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    throw new RequestStubError(`the request to "${path}" cannot be answered ${status}: give a status from 200 to 599`);
  }
  return status;
}
