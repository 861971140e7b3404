/**
 * The browser parameters: which browser, where it comes from and how it is shown. Configuration
 * reads and validates them (parameters.ts); the browser driver is given them as they are.
 */
const BROWSER_NAMES = ['chrome', 'firefox'] as const;

export type BrowserName = (typeof BROWSER_NAMES)[number];

export function isBrowserName(name: string): name is BrowserName {
  return (BROWSER_NAMES as readonly string[]).includes(name);
}

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
}
