/**
 * Writes steps/i18n/<language>.ts from MinkExtension's translations of MinkContext (its i18n/*.xliff,
 * MIT licence): `node -r ./support/typescript-hook.cjs scripts/import-mink-translations.ts PATH/i18n`.
 * Each trans-unit's English source names the step (MinkContext's pattern, as MinkExtension wrote it);
 * its target is kept as written, PCRE and all: steps/translations.ts reads it at load time.
 */
import fs from 'node:fs';
import path from 'node:path';

/** MinkExtension's English source of each MinkContext step → our step's id (steps/translations.ts). */
const STEP_IDS: Record<string, string> = {
  '/^(?:|I )am on (?:|the )homepage$/': 'am-on-homepage',
  '/^(?:|I )go to (?:|the )homepage$/': 'go-to-homepage',
  '/^(?:|I )am on "(?P<page>[^"]+)"$/': 'am-on-page',
  '/^(?:|I )go to "(?P<page>[^"]+)"$/': 'go-to-page',
  '/^(?:|I )reload the page$/': 'reload-the-page',
  '/^(?:|I )move backward one page$/': 'move-backward-one-page',
  '/^(?:|I )move forward one page$/': 'move-forward-one-page',
  '/^(?:|I )press "(?P<button>(?:[^"]|\\\\")*)"$/': 'press-button',
  '/^(?:|I )follow "(?P<link>(?:[^"]|\\\\")*)"$/': 'follow-link',
  '/^(?:|I )fill in "(?P<field>(?:[^"]|\\\\")*)" with "(?P<value>(?:[^"]|\\\\")*)"$/': 'fill-in-field-with-value',
  '/^(?:|I )fill in "(?P<field>(?:[^"]|\\\\")*)" with:$/': 'fill-in-field-with',
  '/^(?:|I )fill in "(?P<value>(?:[^"]|\\\\")*)" for "(?P<field>(?:[^"]|\\\\")*)"$/': 'fill-in-value-for-field',
  '/^(?:|I )fill in the following:$/': 'fill-in-the-following',
  '/^(?:|I )select "(?P<option>(?:[^"]|\\\\")*)" from "(?P<select>(?:[^"]|\\\\")*)"$/': 'select-option-from-select',
  '/^(?:|I )additionally select "(?P<option>(?:[^"]|\\\\")*)" from "(?P<select>(?:[^"]|\\\\")*)"$/': 'additionally-select-option-from-select',
  '/^(?:|I )check "(?P<option>(?:[^"]|\\\\")*)"$/': 'check-option',
  '/^(?:|I )uncheck "(?P<option>(?:[^"]|\\\\")*)"$/': 'uncheck-option',
  '/^(?:|I )attach the file "(?P<path>[^"]*)" to "(?P<field>(?:[^"]|\\\\")*)"$/': 'attach-the-file-to-field',
  '/^(?:|I )should be on "(?P<page>[^"]+)"$/': 'should-be-on-page',
  '/^(?:|I )should be on (?:|the )homepage$/': 'should-be-on-homepage',
  '/^the (?i)url(?-i) should match (?P<pattern>"(?:[^"]|\\\\")*")$/': 'the-url-should-match',
  '/^the (?i)url(?-i) should match (?P<pattern>"([^"]|\\\\")*")$/': 'the-url-should-match',
  '/^the response status code should be (?P<code>\\d+)$/': 'the-response-status-code-should-be',
  '/^the response status code should not be (?P<code>\\d+)$/': 'the-response-status-code-should-not-be',
  '/^(?:|I )should see "(?P<text>(?:[^"]|\\\\")*)"$/': 'should-see-text',
  '/^(?:|I )should not see "(?P<text>(?:[^"]|\\\\")*)"$/': 'should-not-see-text',
  '/^(?:|I )should see text matching (?P<pattern>"(?:[^"]|\\\\")*")$/': 'should-see-text-matching',
  '/^(?:|I )should not see text matching (?P<pattern>"(?:[^"]|\\\\")*")$/': 'should-not-see-text-matching',
  '/^the response should contain "(?P<text>(?:[^"]|\\\\")*)"$/': 'the-response-should-contain',
  '/^the response should not contain "(?P<text>(?:[^"]|\\\\")*)"$/': 'the-response-should-not-contain',
  '/^(?:|I )should see "(?P<text>(?:[^"]|\\\\")*)" in the "(?P<element>[^"]*)" element$/': 'should-see-text-in-element',
  '/^(?:|I )should not see "(?P<text>(?:[^"]|\\\\")*)" in the "(?P<element>[^"]*)" element$/': 'should-not-see-text-in-element',
  '/^the "(?P<element>[^"]*)" element should contain "(?P<value>(?:[^"]|\\\\")*)"$/': 'the-element-should-contain',
  '/^the "(?P<element>[^"]*)" element should not contain "(?P<value>(?:[^"]|\\\\")*)"$/': 'the-element-should-not-contain',
  '/^(?:|I )should see an? "(?P<element>[^"]*)" element$/': 'should-see-element',
  '/^(?:|I )should not see an? "(?P<element>[^"]*)" element$/': 'should-not-see-element',
  '/^(?:|I )should see (?P<num>\\d+) "(?P<element>[^"]*)" elements?$/': 'should-see-num-elements',
  '/^the "(?P<field>(?:[^"]|\\\\")*)" field should contain "(?P<value>(?:[^"]|\\\\")*)"$/': 'the-field-should-contain-value',
  '/^the "(?P<field>(?:[^"]|\\\\")*)" field should not contain "(?P<value>(?:[^"]|\\\\")*)"$/': 'the-field-should-not-contain-value',
  '/^the "(?P<checkbox>(?:[^"]|\\\\")*)" checkbox should be checked$/': 'the-checkbox-should-be-checked',
  '/^the "(?P<checkbox>(?:[^"]|\\\\")*)" checkbox should not be checked$/': 'the-checkbox-should-not-be-checked',
  '/^the checkbox "(?P<checkbox>(?:[^"]|\\\\")*)" (?:is|should be) checked$/': 'the-checkbox-is-checked',
  '/^the checkbox "(?P<checkbox>(?:[^"]|\\\\")*)" should (?:be unchecked|not be checked)$/': 'the-checkbox-should-be-unchecked',
  '/^the checkbox "(?P<checkbox>(?:[^"]|\\\\")*)" is (?:unchecked|not checked)$/': 'the-checkbox-is-unchecked',
  '/^print current URL$/': 'print-current-url',
  '/^print last response$/': 'print-last-response',
  '/^show last response$/': 'show-last-response',
};

const UNIT = /<trans-unit id="[^"]*">\s*<source><!\[CDATA\[(.*?)\]\]><\/source>\s*<target><!\[CDATA\[(.*?)\]\]><\/target>/gs;

function translations(xliff: string, file: string): Array<[string, string]> {
  return [...xliff.matchAll(UNIT)].map(([, source, target]) => {
    const id = STEP_IDS[source];
    if (!id) throw new Error(`${file}: no MinkContext step is known by the source ${source}`);
    return [id, target] as [string, string];
  });
}

/** Steps of one meaning, which a language may word alike. */
const SAME_MEANING = [
  ['the-checkbox-should-be-checked', 'the-checkbox-is-checked'],
  ['the-checkbox-should-not-be-checked', 'the-checkbox-should-be-unchecked', 'the-checkbox-is-unchecked'],
];

/** The pattern between its delimiters compiles (a group left open, say, does not). */
function compiles(target: string): boolean {
  try {
    new RegExp(target.replace(/^\/(.*)\/[a-z]*$/s, '$1').replace(/\(\?i\)|\(\?-i\)/g, ''));
    return true;
  } catch {
    return false;
  }
}

function meaning(id: string): string {
  return SAME_MEANING.find((group) => group.includes(id))?.[0] ?? id;
}

/**
 * A translation worded as another step of another meaning is left out (Romanian words "should not see
 * text matching" as "should see text matching"), and so is one that is no valid pattern: the English
 * wording still works, and no sentence means two things.
 */
function withoutClashes(entries: Array<[string, string]>, file: string): { kept: Array<[string, string]>; left: string[] } {
  const byWording = new Map<string, string>();
  const kept: Array<[string, string]> = [];
  const left: string[] = [];
  for (const [id, target] of entries) {
    const wording = target.replace(/\(\?P<\w+>/g, '(');
    if (!compiles(wording)) {
      left.push(`'${id}' (not a valid pattern in ${file})`);
      continue;
    }
    const earlier = byWording.get(wording);
    if (earlier && meaning(earlier) !== meaning(id)) {
      left.push(`'${id}' (worded as '${earlier}' in ${file})`);
      continue;
    }
    byWording.set(wording, id);
    kept.push([id, target]);
  }
  return { kept, left };
}

function moduleText(language: string, file: string, all: Array<[string, string]>): string {
  const { kept: entries, left } = withoutClashes(all, file);
  const lines = entries.map(([id, target]) => `  '${id}': String.raw\`${target.replace(/`/g, '\\`')}\`,`);
  return [
    `/** MinkContext in ${language}: MinkExtension's i18n/${file} (MIT licence), written by scripts/import-mink-translations.ts. */`,
    "import { defineStep } from '@cucumber/cucumber';",
    "import { translateMinkSteps } from '../translations';",
    '',
    ...left.map((note) => `// Left out: ${note}.`),
    `const steps = translateMinkSteps('${language}', {`,
    ...lines,
    '});',
    'for (const [pattern, handler] of steps) defineStep(pattern, handler as never);',
    '',
  ].join('\n');
}

const [folder] = process.argv.slice(2);
if (!folder) throw new Error('usage: scripts/import-mink-translations.ts PATH_TO_MinkExtension/i18n');
const target = path.join(__dirname, '..', 'steps', 'i18n');
for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.xliff')).sort()) {
  const language = file.replace(/\.xliff$/, '');
  const entries = translations(fs.readFileSync(path.join(folder, file), 'utf8'), file);
  fs.writeFileSync(path.join(target, `${language}.ts`), moduleText(language, file, entries));
  process.stdout.write(`steps/i18n/${language}.ts: ${entries.length} steps\n`);
}
