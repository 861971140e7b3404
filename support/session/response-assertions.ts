/**
 * Assertions on the response rather than on the page a user sees: status code, body, headers,
 * cookies (Mink's WebAssert and behatch's RestContext wording). Like every assertion they run
 * inside the session's synchronize(). WebAssert offers them beside the page assertions.
 */
import { ExpectationError } from './errors';
import type { Session } from './session';
import { patternText } from './text';

export class ResponseAssert {
  constructor(private readonly session: Session) {}

  /** A failure shows the response it checked: in a browser after an API request, that one, not the page. */
  private check(assertion: () => Promise<void>): Promise<void> {
    return this.session.synchronize(assertion, async (error) => {
      if (error instanceof ExpectationError && !error.context) error.withContext(await this.session.responseContext());
    });
  }

  // ---- status code -----------------------------------------------------------------------------

  // A browser reports a response a moment after its page, and a click may still be loading the
  // next page: status and header checks wait like any other (over HTTP they answer at once).

  statusCodeEquals(code: number): Promise<void> {
    return this.check(async () => {
      const actual = await this.session.statusCode();
      if (actual !== code) throw new ExpectationError(`Current response status code is ${actual}, but ${code} expected.`);
    });
  }

  statusCodeNotEquals(code: number): Promise<void> {
    return this.check(async () => {
      const actual = await this.session.statusCode();
      if (actual === code) throw new ExpectationError(`Current response status code is ${actual}, but should not be.`);
    });
  }

  // ---- response body ---------------------------------------------------------------------------

  responseContains(text: string): Promise<void> {
    return this.check(async () => {
      if (!(await this.session.responseContent()).toLowerCase().includes(text.toLowerCase())) {
        throw new ExpectationError(`The string "${text}" was not found anywhere in the HTML response of the current page.`);
      }
    });
  }

  /** The whole body, as behatch's "the response should be equal to:" (surrounding whitespace ignored). */
  responseEquals(expected: string): Promise<void> {
    return this.check(async () => {
      const actual = await this.session.responseContent();
      if (actual.trim() !== expected.trim()) {
        throw new ExpectationError('The response differs from the expected text.', [`It is: ${JSON.stringify(actual.length > 300 ? `${actual.slice(0, 300)}…` : actual)}`]);
      }
    });
  }

  responseEmpty(): Promise<void> {
    return this.check(async () => {
      const actual = await this.session.responseContent();
      if (actual.trim() !== '') throw new ExpectationError(`The response should be empty, but it has ${actual.length} characters.`);
    });
  }

  responseNotContains(text: string): Promise<void> {
    return this.check(async () => {
      if ((await this.session.responseContent()).toLowerCase().includes(text.toLowerCase())) {
        throw new ExpectationError(`The string "${text}" appears in the HTML response of this page, but it should not.`);
      }
    });
  }

  // ---- headers, cookies, JSON ------------------------------------------------------------------

  /** behatch's "the header … should be equal to" ignores case; Mink's "… response header should be" does not. */
  responseHeaderEquals(name: string, expected: string, ignoringCase = false): Promise<void> {
    return this.check(async () => {
      const actual = await this.header(name);
      if (ignoringCase ? actual.toLowerCase() !== expected.toLowerCase() : actual !== expected) throw new ExpectationError(`Current response header "${name}" is "${actual}", but "${expected}" expected.`);
    });
  }

  responseHeaderContains(name: string, text: string): Promise<void> {
    return this.check(async () => {
      const actual = await this.header(name);
      if (!actual.toLowerCase().includes(text.toLowerCase())) {
        throw new ExpectationError(`The text "${text}" was not found anywhere in the "${name}" response header.`, [`The header is "${actual}".`]);
      }
    });
  }

  responseHeaderMatches(name: string, pattern: RegExp): Promise<void> {
    return this.check(async () => {
      const actual = await this.header(name);
      if (!pattern.test(actual)) {
        throw new ExpectationError(`The pattern "${patternText(pattern)}" was not found anywhere in the "${name}" response header.`, [`The header is "${actual}".`]);
      }
    });
  }

  responseHeaderNotEquals(name: string, unexpected: string, ignoringCase = false): Promise<void> {
    return this.check(async () => {
      const actual = await this.header(name);
      if (ignoringCase ? actual.toLowerCase() === unexpected.toLowerCase() : actual === unexpected) throw new ExpectationError(`Current response header "${name}" is "${actual}", but it should not be.`);
    });
  }

  responseHeaderNotContains(name: string, text: string): Promise<void> {
    return this.check(async () => {
      const actual = await this.header(name);
      if (actual.toLowerCase().includes(text.toLowerCase())) {
        throw new ExpectationError(`The text "${text}" appears in the "${name}" response header, but it should not.`, [`The header is "${actual}".`]);
      }
    });
  }

  responseHeaderNotMatches(name: string, pattern: RegExp): Promise<void> {
    return this.check(async () => {
      const actual = await this.header(name);
      if (pattern.test(actual)) {
        throw new ExpectationError(`The pattern "${patternText(pattern)}" matches the "${name}" response header, but it should not.`, [`The header is "${actual}".`]);
      }
    });
  }

  responseHeaderSet(name: string): Promise<void> {
    return this.check(async () => {
      await this.header(name);
    });
  }

  responseHeaderNotSet(name: string): Promise<void> {
    return this.check(async () => {
      const values = (await this.session.responseHeaders())[name.toLowerCase()];
      if (values?.length) throw new ExpectationError(`Current response header "${name}" is "${values.join(', ')}", but it should not be set.`);
    });
  }

  async cookieEquals(name: string, expected: string): Promise<void> {
    const actual = await this.session.cookie(name);
    if (actual === null) throw await this.fail(`Cookie "${name}" is not set, but should be.`);
    if (actual !== expected) throw await this.fail(`Cookie "${name}" value is "${actual}", but should be "${expected}".`);
  }

  /** Set to any value, the empty one included. */
  async cookieSet(name: string): Promise<void> {
    if ((await this.session.cookie(name)) === null) throw await this.fail(`Cookie "${name}" is not set, but should be.`);
  }

  async cookieNotSet(name: string): Promise<void> {
    const actual = await this.session.cookie(name);
    if (actual !== null) throw await this.fail(`Cookie "${name}" is set to "${actual}", but should not be.`);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private async header(name: string): Promise<string> {
    const values = (await this.session.responseHeaders())[name.toLowerCase()];
    if (!values?.length) throw new ExpectationError(`Current response header "${name}" is not set, but should be.`);
    return values.join(', ');
  }

  private async fail(summary: string, hints: string[] = []): Promise<ExpectationError> {
    return new ExpectationError(summary, hints).withContext(await this.session.pageContext());
  }
}
