/**
 * Assertions on what only a scripting browser has: an open dialog, the value of a page expression.
 * On the HTTP driver each fails at once, saying to tag the scenario @javascript; in a browser each
 * waits, like every assertion, inside the session's synchronize().
 */
import { ExpectationError } from './errors';
import type { Session } from './session';
import { containsIgnoringCase } from './text';

export class BrowserAssert {
  constructor(private readonly session: Session) {}

  /** The open alert, confirm or prompt says `text` (case and whitespace ignored). */
  dialogSays(text: string): Promise<void> {
    return this.session.inBrowser(async (browser) => {
      const shown = await browser.dialogText();
      if (shown === null) throw new ExpectationError(`No dialog is open; expected one saying "${text}".`);
      if (!containsIgnoringCase(shown, text)) throw new ExpectationError(`The dialog says "${shown}", but "${text}" expected.`);
    });
  }

  /** A page expression's value, a string as it is and anything else as JSON, equals `expected`. */
  expressionReturns(expression: string, expected: string): Promise<void> {
    return this.session.inBrowser(async (browser) => {
      const result = await browser.evaluateScript(expression);
      const shown = typeof result === 'string' ? result : JSON.stringify(result);
      if (shown !== expected) {
        throw new ExpectationError(`The expression "${expression}" returned ${JSON.stringify(result)}, but "${expected}" expected.`);
      }
    });
  }
}
