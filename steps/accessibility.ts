/**
 * Accessibility checks with axe-core: in a browser on the live page, over HTTP on the parsed page
 * (the rules that need a rendered page are named, not run). Optional parts, in this order: the least
 * impact that counts (`of impact "serious"`), a region (`in the "main" element`), and rules left out
 * (`except "color-contrast, region"`). Nothing of axe-core or jsdom is loaded until the step runs.
 */
import { Then } from '@cucumber/cucumber';
import { assertNoAccessibilityViolations } from '../support/accessibility/check';
import { accessibilityOptions } from '../support/accessibility/options';
import type { MinkWorld } from '../support/world';
import { PLAIN, step } from './patterns';

Then(step(`the page should have no accessibility violations(?: of impact ${PLAIN})?(?: in the ${PLAIN} element)?(?: except ${PLAIN})?`), function (this: MinkWorld, impact?: string, region?: string, except?: string) {
  return assertNoAccessibilityViolations(this.session, accessibilityOptions(impact, region, except), this);
});
