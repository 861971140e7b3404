/**
 * Assertions on form fields by their name: a field's value (whole, or part of it), whether it is
 * disabled, whether a checkbox is checked. WebAssert offers them under its own names; they are apart
 * because they read a field as a control (its value, its state) where the rest of WebAssert reads the
 * page's text and markup.
 */
import { ElementFinder } from './element-finder';
import { ExpectationError } from './errors';
import type { Session } from './session';
import { containsIgnoringCase } from './text';

export class FieldAssert {
  private readonly finder: ElementFinder;

  constructor(private readonly session: Session) {
    this.finder = new ElementFinder(session.driver);
  }

  private get driver() {
    return this.session.driver;
  }

  private check(assertion: () => Promise<void>): Promise<void> {
    return this.session.synchronize(assertion);
  }

  fieldValueEquals(locator: string, expected: string, regionCss?: string): Promise<void> {
    return this.check(async () => {
      const actual = await this.fieldValue(locator, regionCss);
      if (actual.toLowerCase() !== expected.toLowerCase()) {
        throw new ExpectationError(`The field "${locator}" value is "${actual}", but "${expected}" expected.`, [
          `The whole value is compared (ignoring case); to look for part of it, write: the "${locator}" field should contain text "${expected}".`,
        ]);
      }
    });
  }

  /** Part of a field's value (a textarea's line, a word), compared as page text is: case and whitespace ignored. */
  fieldValueContains(locator: string, text: string): Promise<void> {
    return this.check(async () => {
      const actual = await this.fieldValue(locator);
      if (!containsIgnoringCase(actual, text)) {
        throw new ExpectationError(`The text "${text}" was not found in the value of the field "${locator}".`, [`Its value is "${actual}".`]);
      }
    });
  }

  fieldValueNotContains(locator: string, text: string): Promise<void> {
    return this.check(async () => {
      const actual = await this.fieldValue(locator);
      if (containsIgnoringCase(actual, text)) {
        throw new ExpectationError(`The text "${text}" appears in the value of the field "${locator}", but it should not.`, [`Its value is "${actual}".`]);
      }
    });
  }

  fieldValueNotEquals(locator: string, unexpected: string, regionCss?: string): Promise<void> {
    return this.check(async () => {
      const actual = await this.fieldValue(locator, regionCss);
      if (actual.toLowerCase() === unexpected.toLowerCase()) {
        throw new ExpectationError(`The field "${locator}" value is "${actual}", but it should not be.`);
      }
    });
  }

  /** Disabled as the browser decides (its own attribute, or a disabled fieldset around it). */
  fieldDisabled(locator: string, disabled: boolean): Promise<void> {
    return this.check(async () => {
      const field = await this.finder.named('field', locator);
      if ((await this.driver.controlFacts(field)).disabled !== disabled) {
        throw new ExpectationError(`The field "${locator}" is ${disabled ? 'enabled' : 'disabled'}, but it should be ${disabled ? 'disabled' : 'enabled'}.`);
      }
    });
  }

  checkboxChecked(locator: string, regionCss?: string): Promise<void> {
    return this.check(async () => {
      const field = await this.finder.namedInRegion('field', locator, regionCss);
      if (!(await this.driver.isChecked(field))) throw new ExpectationError(`Checkbox "${locator}" is not checked, but it should be.`);
    });
  }

  checkboxNotChecked(locator: string, regionCss?: string): Promise<void> {
    return this.check(async () => {
      const field = await this.finder.namedInRegion('field', locator, regionCss);
      if (await this.driver.isChecked(field)) throw new ExpectationError(`Checkbox "${locator}" is checked, but it should not be.`);
    });
  }

  /** A field's value as these assertions compare it: a list joined by commas, no value as empty. */
  private async fieldValue(locator: string, regionCss?: string): Promise<string> {
    const field = await this.finder.namedInRegion('field', locator, regionCss);
    const value = await this.driver.value(field);
    if (Array.isArray(value)) return value.join(', ');
    if (value === null || typeof value === 'boolean') return '';
    return value;
  }
}
