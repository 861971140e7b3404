/**
 * The `capabilities` parameter (SELENIUM_CAPABILITIES as JSON text): W3C capabilities merged over the
 * harness's own for every browser session. Checked before the first scenario, so that a typo is one
 * clear line instead of a grid's refusal, or a key selenium-webdriver silently drops. A message never
 * quotes a value: capabilities hold access keys.
 */
import type { BrowserName, Capabilities, CapabilityValue } from './browser';

/** The names W3C WebDriver defines; any other needs a vendor prefix (`goog:`, `se:`, `bstack:` …). */
const W3C_CAPABILITIES = [
  'acceptInsecureCerts',
  'browserName',
  'browserVersion',
  'platformName',
  'pageLoadStrategy',
  'proxy',
  'setWindowRect',
  'strictFileInteractability',
  'timeouts',
  'unhandledPromptBehavior',
  'userAgent',
  'webSocketUrl',
];

export type CapabilitiesCheck = { readonly capabilities: Capabilities } | { readonly key: string; readonly problem: string; readonly fix: string };

const EXAMPLE = `e.g. {"platformName": "linux", "se:name": "checkout"}`;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** V8 quotes the text it could not parse ("… is not valid JSON"): left out, as it may hold a secret. */
function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Unexpected token '(.)', [\s\S]* is not valid JSON$/, 'unexpected character $1');
}

/** The first place under `value` that JSON cannot carry, as a key path and what is wrong there. */
function notJson(value: unknown, where: string): { key: string; problem: string } | null {
  if (value === undefined) return { key: where, problem: 'is undefined' };
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : { key: where, problem: `is ${value}` };
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = notJson(item, `${where}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (!isPlainObject(value)) return { key: where, problem: `is a ${typeof value}, not a JSON value` };
  for (const [name, item] of Object.entries(value)) {
    const found = notJson(item, `${where}.${name}`);
    if (found) return found;
  }
  return null;
}

/**
 * The capabilities from `value` (an object, or JSON text from the environment), or what is wrong
 * with them: not an object, not JSON, a name W3C does not define without a vendor prefix, or a
 * `browserName` that is not the `browser` parameter's.
 */
export function checkCapabilities(value: unknown, browser: BrowserName): CapabilitiesCheck {
  let capabilities = value;
  if (typeof value === 'string') {
    try {
      capabilities = JSON.parse(value);
    } catch (error) {
      return { key: 'capabilities', problem: `is not valid JSON (${jsonProblem(error)})`, fix: `Give one JSON object, ${EXAMPLE}.` };
    }
  }
  if (!isPlainObject(capabilities)) {
    const what = Array.isArray(capabilities) ? 'an array' : capabilities === null ? 'null' : `a ${typeof capabilities}`;
    return { key: 'capabilities', problem: `is ${what}, not an object`, fix: `Give an object of W3C capabilities, ${EXAMPLE}.` };
  }
  for (const name of Object.keys(capabilities)) {
    if (!name.includes(':') && !W3C_CAPABILITIES.includes(name)) {
      return {
        key: `capabilities.${name}`,
        problem: 'is not a W3C capability (a WebDriver server refuses it, and selenium-webdriver would drop it unsent)',
        fix:
          `A vendor's settings go under its own prefixed key: a session name in se:name (Selenium Grid), ` +
          `bstack:options.sessionName, sauce:options.name or LT:Options.name. W3C names: ${W3C_CAPABILITIES.join(', ')}.`,
      };
    }
  }
  const invalid = notJson(capabilities, 'capabilities');
  if (invalid) {
    return {
      key: invalid.key,
      problem: invalid.problem,
      fix: 'Give JSON values only (a variable read with process.env may be unset: check it is exported).',
    };
  }
  const browserName = capabilities.browserName;
  if (browserName !== undefined && browserName !== browser) {
    return {
      key: 'capabilities.browserName',
      problem: `is ${JSON.stringify(browserName)}, another browser than the browser parameter's (${browser})`,
      fix: 'Leave browserName out (it follows browser), or set browser (BROWSER) to chrome or firefox.',
    };
  }
  return { capabilities: capabilities as Capabilities };
}

/** The value's own type, for the merge: a plain JSON object. */
export function isCapabilityObject(value: CapabilityValue | undefined): value is { [key: string]: CapabilityValue } {
  return isPlainObject(value);
}
