/**
 * The user's capabilities over ours. Their value wins, with three rules: objects are merged key by
 * key; the browser's argument list (`goog:chromeOptions.args`, `moz:firefoxOptions.args`) gets theirs
 * after ours, so both apply and on a repeated switch theirs is the one the browser keeps; and `null`
 * removes a capability of ours. Vendor keys (`bstack:options`, `sauce:options`, `LT:Options` …) are not
 * ours, so they go as given.
 */
import type { Capabilities as SeleniumCapabilities } from 'selenium-webdriver';
import type { BrowserName, Capabilities, CapabilityValue } from '../../config/browser';
import { isCapabilityObject } from '../../config/capabilities';

/** The capability holding each browser's own options, with its `args`. */
export const BROWSER_OPTIONS_KEY: Record<BrowserName, string> = { chrome: 'goog:chromeOptions', firefox: 'moz:firefoxOptions' };

/** The session's name on Selenium Grid (its UI, GraphQL and logs); set when the session is created. */
export const SESSION_NAME_CAPABILITY = 'se:name';

function merge(ours: CapabilityValue | undefined, theirs: CapabilityValue, argumentList: boolean): CapabilityValue {
  if (!isCapabilityObject(ours) || !isCapabilityObject(theirs)) return theirs;
  const merged: { [key: string]: CapabilityValue } = { ...ours };
  for (const [key, value] of Object.entries(theirs)) {
    if (value === null) delete merged[key];
    else if (argumentList && key === 'args' && Array.isArray(merged.args) && Array.isArray(value)) merged.args = [...merged.args, ...value];
    else merged[key] = merge(merged[key], value, false);
  }
  return merged;
}

/** `theirs` over `ours`, as the module comment says; neither is changed. */
export function mergeCapabilities(ours: Capabilities, theirs: Capabilities, browser: BrowserName): Capabilities {
  const merged: Capabilities = { ...ours };
  for (const [key, value] of Object.entries(theirs)) {
    if (value === null) delete merged[key];
    else merged[key] = merge(merged[key], value, key === BROWSER_OPTIONS_KEY[browser]);
  }
  return merged;
}

/** The same, applied to selenium-webdriver's options object that will be sent. */
export function applyCapabilities(options: SeleniumCapabilities, theirs: Capabilities, browser: BrowserName): void {
  const ours: Capabilities = {};
  for (const key of options.keys()) ours[key] = options.get(key) as CapabilityValue;
  const merged = mergeCapabilities(ours, theirs, browser);
  for (const key of Object.keys(ours)) if (!(key in merged)) options.delete(key);
  for (const [key, value] of Object.entries(merged)) options.set(key, value);
}
