/** MinkContext in sv: MinkExtension's i18n/sv.xliff (MIT licence), written by scripts/import-mink-translations.ts. */
import { defineStep } from '@cucumber/cucumber';
import { translateMinkSteps } from '../translations';

const steps = translateMinkSteps('sv', {
  'am-on-page': String.raw`/^(?:|jag )är på "(?P<page>[^"]+)"$/`,
  'go-to-page': String.raw`/^(?:|jag )gå till "(?P<page>[^"]+)"$/`,
  'reload-the-page': String.raw`/^(?:|jag )ladda om sidan$/`,
  'move-backward-one-page': String.raw`/^(?:|jag )gå tillbaka en sida$/`,
  'move-forward-one-page': String.raw`/^(?:|jag )gå en sida framåt$/`,
  'press-button': String.raw`/^(?:|jag )trycka "(?P<button>(?:[^"]|\\")*)"$/`,
  'follow-link': String.raw`/^(?:|jag )följa "(?P<link>(?:[^"]|\\")*)"$/`,
  'fill-in-field-with-value': String.raw`/^(?:|jag )fylla in "(?P<field>(?:[^"]|\\")*)" med "(?P<value>(?:[^"]|\\")*)"$/`,
  'fill-in-value-for-field': String.raw`/^(?:|jag )fylla in "(?P<value>(?:[^"]|\\")*)" för "(?P<field>(?:[^"]|\\")*)"$/`,
  'fill-in-the-following': String.raw`/^(?:|jag )fylla in följande:$/`,
  'select-option-from-select': String.raw`/^(?:|jag )välja "(?P<option>(?:[^"]|\\")*)" från "(?P<select>(?:[^"]|\\")*)"$/`,
  'check-option': String.raw`/^(?:|jag )markera "(?P<option>(?:[^"]|\\")*)"$/`,
  'uncheck-option': String.raw`/^(?:|jag )avmarkera "(?P<option>(?:[^"]|\\")*)"$/`,
  'attach-the-file-to-field': String.raw`/^(?:|jag )bifoga filen "(?P<path>[^"]*)" till "(?P<field>(?:[^"]|\\")*)"$/`,
  'should-see-text': String.raw`/^(?:|jag )skulle se "(?P<text>(?:[^"]|\\")*)"$/`,
  'the-response-should-contain': String.raw`/^responsen skulle innehålla "(?P<text>(?:[^"]|\\")*)"$/`,
  'should-not-see-text': String.raw`/^(?:|jag )skulle inte se "(?P<text>(?:[^"]|\\")*)"$/`,
  'the-response-should-not-contain': String.raw`/^responsen skulle inte innehålla "(?P<text>(?:[^"]|\\")*)"$/`,
  'the-field-should-contain-value': String.raw`/^fältet "(?P<field>(?:[^"]|\\")*)" skulle inehålla "(?P<value>(?:[^"]|\\")*)"$/`,
  'the-field-should-not-contain-value': String.raw`/^fältet "(?P<field>(?:[^"]|\\")*)" skulle inte innehålla "(?P<value>(?:[^"]|\\")*)"$/`,
  'the-checkbox-should-be-checked': String.raw`/^kryssrutan "(?P<checkbox>(?:[^"]|\\")*)" skulle vara markerat$/`,
  'the-checkbox-should-not-be-checked': String.raw`/^kryssrutan "(?P<checkbox>(?:[^"]|\\")*)" skulle inte vara markerat$/`,
  'should-be-on-page': String.raw`/^(?:|jag )skulle vara på "(?P<page>[^"]+)"$/`,
  'the-url-should-match': String.raw`/^webbadressen skulle matcha (?P<pattern>"(?:[^"]|\\")*")$/`,
  'the-element-should-contain': String.raw`/^elementen "(?P<element>[^"]*)" skulle innehålla "(?P<value>(?:[^"]|\\")*)"$/`,
  'should-see-text-in-element': String.raw`/^(?:|jag )skulle se "(?P<text>(?:[^"]|\\")*)" i "(?P<element>[^"]*)" elementet$/`,
  'should-see-element': String.raw`/^(?:|jag )skulle se ett "(?P<element>[^"]*)" element$/`,
  'should-not-see-element': String.raw`/^(?:|jag )skulle inte se ett "(?P<element>[^"]*)" element$/`,
  'the-response-status-code-should-be': String.raw`/^status code responsen skulle vara (?P<code>\d+)$/`,
  'print-last-response': String.raw`/^skriva ut sista respons$/`,
  'show-last-response': String.raw`/^visa sista respons$/`,
});
for (const [pattern, handler] of steps) defineStep(pattern, handler as never);
