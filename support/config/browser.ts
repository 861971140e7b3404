/**
 * The browser parameters: which browser, where it comes from and how it is shown. Configuration
 * reads and validates them (parameters.ts); the browser driver is given them as they are.
 */
const BROWSER_NAMES = ['chrome', 'firefox'] as const;

export type BrowserName = (typeof BROWSER_NAMES)[number];

export function isBrowserName(name: string): name is BrowserName {
  return (BROWSER_NAMES as readonly string[]).includes(name);
}

/**
 * What Selenium Manager may do when no local browser or driver is found otherwise: find and download
 * a driver (`online`), only find what is installed or already in its cache (`offline`), or not run.
 */
const SELENIUM_MANAGER_MODES = ['online', 'offline', 'off'] as const;

export type SeleniumManagerMode = (typeof SELENIUM_MANAGER_MODES)[number];

export function isSeleniumManagerMode(mode: string): mode is SeleniumManagerMode {
  return (SELENIUM_MANAGER_MODES as readonly string[]).includes(mode);
}

/** A capability's value: what JSON can hold, as it is sent to the WebDriver server. */
export type CapabilityValue = string | number | boolean | null | CapabilityValue[] | { [key: string]: CapabilityValue };

export type Capabilities = { [name: string]: CapabilityValue };

export interface BrowserParameters {
  /** Browser sessions: a remote Selenium (standalone, Grid hub, launchd service) or `null` to auto-detect. */
  seleniumUrl: string | null;
  browser: BrowserName;
  headless: boolean;
  /** The local WebDriver executable (chromedriver, geckodriver); `null`: found on PATH. */
  driverPath: string | null;
  /** The local browser executable (Chromium/Chrome, Firefox); `null`: found on PATH. */
  browserBinary: string | null;
  windowSize: { width: number; height: number };
  /**
   * W3C capabilities of every browser session, merged over the harness's own: `browserVersion`,
   * `platformName`, browser arguments (added to ours), vendor keys (`bstack:options`, `sauce:options`,
   * `LT:Options` …) as given. `{}` or absent: only ours.
   */
  capabilities?: Capabilities;
}
