/** MinkContext steps about elements located by CSS. */
import { Then } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { I, PLAIN, QUOTED, step } from './patterns';
import { minkStep } from './translations';

Then(...minkStep('should-see-text-in-element', `${I}should see ${QUOTED} in the ${PLAIN} element`, function (this: MinkWorld, text: string, css: string) {
  return this.assert.elementTextContains(css, arg(text));
}));
Then(...minkStep('should-not-see-text-in-element', `${I}should not see ${QUOTED} in the ${PLAIN} element`, function (this: MinkWorld, text: string, css: string) {
  return this.assert.elementTextNotContains(css, arg(text));
}));
Then(...minkStep('the-element-should-contain', `the ${PLAIN} element should contain ${QUOTED}`, function (this: MinkWorld, css: string, html: string) {
  return this.assert.elementContains(css, arg(html));
}));
Then(...minkStep('the-element-should-not-contain', `the ${PLAIN} element should not contain ${QUOTED}`, function (this: MinkWorld, css: string, html: string) {
  return this.assert.elementNotContains(css, arg(html));
}));
Then(...minkStep('should-see-element', `${I}should see an? ${PLAIN} element`, function (this: MinkWorld, css: string) {
  return this.assert.elementExists(css);
}));
Then(...minkStep('should-not-see-element', `${I}should not see an? ${PLAIN} element`, function (this: MinkWorld, css: string) {
  return this.assert.elementNotExists(css);
}));
Then(step(`${I}should see at (least|most) (\\d+) ${PLAIN} elements?`), function (this: MinkWorld, bound: string, count: string, css: string) {
  return this.assert.elementsCountBounded(css, bound as 'least' | 'most', Number(count));
});
// behatch's wording: what a user sees, where the two above check presence in the page (as Mink does).
Then(step(`the ${PLAIN} element should be visible`), function (this: MinkWorld, css: string) {
  return this.assert.elementVisible(css);
});
Then(step(`the ${PLAIN} element should not be visible`), function (this: MinkWorld, css: string) {
  return this.assert.elementNotVisible(css);
});
Then(...minkStep('should-see-num-elements', `${I}should see (\\d+) ${PLAIN} elements?`, function (this: MinkWorld, count: string, css: string) {
  return this.assert.elementsCount(css, Number(count));
}));
