/**
 * Assertions on the response rather than on the page a user sees: status code, body, headers,
 * cookies and JSON (Mink's WebAssert and behatch's RestContext wording). Like every assertion they run
 * inside the session's synchronize(). WebAssert offers them beside the page assertions.
 */
import { ExpectationError } from './errors';
import { readJsonPath } from './json-path';
import type { Session } from './session';
import { patternText } from './text';

export class ResponseAssert {
  constructor(private readonly session: Session) {}

  private check(assertion: () => Promise<void>): Promise<void> {
    return this.session.synchronize(assertion);
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

  responseNotContains(text: string): Promise<void> {
    return this.check(async () => {
      if ((await this.session.responseContent()).toLowerCase().includes(text.toLowerCase())) {
        throw new ExpectationError(`The string "${text}" appears in the HTML response of this page, but it should not.`);
      }
    });
  }

  // ---- headers, cookies, JSON ------------------------------------------------------------------

  responseHeaderEquals(name: string, expected: string): Promise<void> {
    return this.check(async () => {
      const actual = await this.header(name);
      if (actual !== expected) throw new ExpectationError(`Current response header "${name}" is "${actual}", but "${expected}" expected.`);
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

  async cookieNotSet(name: string): Promise<void> {
    const actual = await this.session.cookie(name);
    if (actual !== null) throw await this.fail(`Cookie "${name}" is set to "${actual}", but should not be.`);
  }

  async responseIsJson(): Promise<unknown> {
    const body = await this.session.responseContent();
    try {
      return JSON.parse(body);
    } catch (error) {
      throw await this.fail(`The response is not JSON: ${(error as Error).message}.`);
    }
  }

  async jsonPathEquals(jsonPath: string, expected: string): Promise<void> {
    const document = await this.responseIsJson();
    const found = readJsonPath(document, jsonPath);
    if (!found.exists) throw await this.fail(`The JSON response has nothing at "${jsonPath}" (${found.problem}).`);
    let wanted: unknown = expected;
    try {
      wanted = JSON.parse(expected);
    } catch {
      // Not a JSON literal: compare as a string.
    }
    if (JSON.stringify(found.value) !== JSON.stringify(wanted) && String(found.value) !== expected) {
      throw await this.fail(`The JSON response has ${JSON.stringify(found.value)} at "${jsonPath}", but ${JSON.stringify(wanted)} expected.`);
    }
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
