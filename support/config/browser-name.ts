/**
 * The browsers the harness drives. Configuration parses the name and picks each browser's own
 * variables by it; the browser driver picks its executables and options by it.
 */
export const BROWSER_NAMES = ['chrome', 'firefox'] as const;

export type BrowserName = (typeof BROWSER_NAMES)[number];

export function isBrowserName(name: string): name is BrowserName {
  return (BROWSER_NAMES as readonly string[]).includes(name);
}
