/** MinkContext in sk: MinkExtension's i18n/sk.xliff (MIT licence), written by scripts/import-mink-translations.ts. */
import { defineStep } from '@cucumber/cucumber';
import { translateMinkSteps } from '../translations';

// Left out: 'should-not-see-text' (not a valid pattern in sk.xliff).
const steps = translateMinkSteps('sk', {
  'am-on-page': String.raw`/^(?:som|nachádzam sa) na(?:| stránke) "(?P<page>[^"]+)"$/`,
  'go-to-page': String.raw`/^(?:prej|pôj)dem na(?:| stránku) "(?P<page>[^"]+)"$/`,
  'reload-the-page': String.raw`/^obnovím stránku$/`,
  'move-backward-one-page': String.raw`/^(?:prej|pôj)dem o jednu stránku (?:|na)späť$/`,
  'move-forward-one-page': String.raw`/^(?:prej|pôj)dem o jednu stránku (?:vpred|vopred|dopredu)$/`,
  'press-button': String.raw`/^(?:stlačím|stisnem|kliknem na) (?:tlačídko|tlačidlo|tlačítko) "(?P<button>(?:[^"]|\\")*)"$/`,
  'follow-link': String.raw`/^kliknem na(?:| odkaz| link) "(?P<link>(?:[^"]|\\")*)"$/`,
  'fill-in-field-with-value': String.raw`/^(?:vyplním|zadám do) "(?P<field>(?:[^"]|\\")*)" (?:hodnotou|hodnotu) "(?P<value>(?:[^"]|\\")*)"$/`,
  'fill-in-value-for-field': String.raw`/^(?:zadám|vyplním) "(?P<value>(?:[^"]|\\")*)" (?:hodnotu|hodnotou) "(?P<field>(?:[^"]|\\")*)"$/`,
  'fill-in-the-following': String.raw`/^vyplním formulár(?:| nasledujúco):$/`,
  'select-option-from-select': String.raw`/^(?:vyberiem|zvolím)(?:| možnosť) "(?P<option>(?:[^"]|\\")*)" z "(?P<select>(?:[^"]|\\")*)"$/`,
  'additionally-select-option-from-select': String.raw`/^ešte (?:vyberiem|zvolím)(?:| možnosť) "(?P<option>(?:[^"]|\\")*)" z "(?P<select>(?:[^"]|\\")*)"$/`,
  'check-option': String.raw`/^(?:zaškrtnem|označím) "(?P<option>(?:[^"]|\\")*)"$/`,
  'uncheck-option': String.raw`/^(?:odškrtnem|odznačím) "(?P<option>(?:[^"]|\\")*)"$/`,
  'attach-the-file-to-field': String.raw`/^(?:vyberiem|zvolím|zadám|nahrajem|načítam) súbor "(?P<path>[^"]*)" do "(?P<field>(?:[^"]|\\")*)"$/`,
  'should-see-text': String.raw`/^(?:by som mal(?:|a)|mal(?:|a) by som|musím) (?:|u)vidieť(?:| text| hlášku| správu) "(?P<text>(?:[^"]|\\")*)"$/`,
  'should-see-text-matching': String.raw`/^(?:mal(?:|a) by som|by som mal(?:|a)|musím) (?:|u)vidieť(?:| text| hlášku| správu) zodpovedajúcu(?:| vzoru) (?P<pattern>"(?:[^"]|\\")*")$/`,
  'should-not-see-text-matching': String.raw`/^(?:nemal(?:|a) by som|by som nemal(?:|a)|nesmiem) (?:|u)vidieť(?:| text| hlášku| správu) zodpovedajúcu(?:| vzoru) (?P<pattern>"(?:[^"]|\\")*")$/`,
  'the-response-should-contain': String.raw`/^(?:odpoveď|stránka) (?:musí|by mala) obsahovať(?:| text) "(?P<text>(?:[^"]|\\")*)"$/`,
  'the-response-should-not-contain': String.raw`/^(?:odpoveď|stránka) (?:by nemala|nesmie) obsahovať(?:| text) "(?P<text>(?:[^"]|\\")*)"$/`,
  'the-field-should-contain-value': String.raw`/^pole "(?P<field>(?:[^"]|\\")*)" (?:musí obsahovať|malo by obsahovať|by malo obsahovať|obsahuje)(?:| text| hodnotu) "(?P<value>(?:[^"]|\\")*)"$/`,
  'the-field-should-not-contain-value': String.raw`/^pole "(?P<field>(?:[^"]|\\")*)" (?:nesmie obsahovať|nemalo by obsahovať|by nemalo obsahovať|neobsahuje)(?:| text| hodnotu) "(?P<value>(?:[^"]|\\")*)"$/`,
  'the-checkbox-should-be-checked': String.raw`/^(?:pole|políčko|zaškrtávacie pole|zaškrtávacie políčko) "(?P<checkbox>(?:[^"]|\\")*)" (?:by malo byť|je) (?:zaškrtnuté|označené)$/`,
  'the-checkbox-should-not-be-checked': String.raw`/^(?:pole|políčko|zaškrtávacie pole|zaškrtávacie políčko) "(?P<checkbox>(?:[^"]|\\")*)" (?:by nemalo byť|nie je) (?:zaškrtnuté|označené)$/`,
  'should-be-on-page': String.raw`/^(?:mal(?:|a) by som byť|by som mal(?:|a) byť|som|musím byť) na(?:| stránke) "(?P<page>[^"]+)"$/`,
  'the-url-should-match': String.raw`/^(?:url|adresa|link) (?:by mal(?:|a)|mal(?:|a) by|musí) zodpovedať(?:| vzoru) (?P<pattern>"(?:[^"]|\\")*")$/`,
  'the-element-should-contain': String.raw`/^element "(?P<element>[^"]*)" (?:by mal|mal by|musí) obsahovať(?:| text| hodnotu) "(?P<value>(?:[^"]|\\")*)"$/`,
  'should-see-text-in-element': String.raw`/^(?:mal(?:|a) by som|by som mal(?:|a)|musím) (?:|u)vidieť(?:| text| hodnotu| hlášku| správu) "(?P<text>(?:[^"]|\\")*)" v elemente "(?P<element>[^"]*)"$/`,
  'should-see-element': String.raw`/^(?:mal(?:|a) by|by som mal(?:|a)|musím) (?:|u)vidieť element "(?P<element>[^"]*)"$/`,
  'should-not-see-element': String.raw`/^(?:nemal(?:|a) by som|by som nemal(?:|a)|nesmiem) (?:|u)vidieť element "(?P<element>[^"]*)"$/`,
  'should-see-num-elements': String.raw`/^(?:mal(?:|a) by som|by som mal(?:|a)|musím) (?:|u)vidieť (?P<num>\d+) elementov "(?P<element>[^"]*)"$/`,
  'the-response-status-code-should-be': String.raw`/^(?:|stavový )kód odpovede (?:je|by mal byť|musí byť) (?P<code>\d+)$/`,
  'the-response-status-code-should-not-be': String.raw`/^(?:|stavový )kód odpovede (?:nie je|by nemal byť|nesmie byť) (?P<code>\d+)$/`,
  'print-last-response': String.raw`/^vyťlač poslednú odpoveď$/`,
  'show-last-response': String.raw`/^ukáž poslednú odpoveď$/`,
});
for (const [pattern, handler] of steps) defineStep(pattern, handler as never);
