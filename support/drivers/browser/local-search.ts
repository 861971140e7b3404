/**
 * A local browser and its driver, when no Selenium is used: the configured paths, else PATH, else
 * where macOS keeps browsers (app bundles in /Applications and ~/Applications) and Homebrew puts
 * drivers, else Selenium Manager. Everything it looks at is in a `LocalSearch`, so tests give it a
 * fake layout; the real one comes from this process (`defaultLocalSearch`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserName, SeleniumManagerMode } from '../../config/browser';
import { executableSearchPath, pathVariables, seleniumManagerMode, SELENIUM_MANAGER_VARIABLE } from '../../config/environment';
import { askSeleniumManager, bundledSeleniumManager, type SeleniumManagerOptions } from './selenium-manager';

export interface LocalSearch {
  platform: NodeJS.Platform;
  /** The directories searched first (PATH). */
  path: string;
  /** Folders of `.app` bundles (macOS: /Applications, ~/Applications). */
  applicationsDirs: readonly string[];
  /** Where Homebrew links drivers (macOS: /opt/homebrew/bin on Apple silicon, /usr/local/bin on Intel). */
  homebrewDirs: readonly string[];
  /** Asked last; `null`: never. */
  seleniumManager: SeleniumManagerOptions | null;
}

export interface LocalBrowser {
  driverPath: string;
  browserBinary: string;
  /** Set when Selenium Manager found the driver or the browser. */
  foundBy?: 'Selenium Manager';
}

export interface LocalSearchRequest {
  browser: BrowserName;
  /** Configured: must be an executable file; `null`: searched for. */
  driverPath: string | null;
  browserBinary: string | null;
}

/** Executable names on PATH. */
const BROWSER_BINARIES: Record<BrowserName, string[]> = {
  chrome: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  firefox: ['firefox', 'firefox-esr'],
};
export const DRIVER_BINARIES: Record<BrowserName, string> = { chrome: 'chromedriver', firefox: 'geckodriver' };

/** macOS app bundles, in order of preference, and the executable inside each. */
const APP_BUNDLES: Record<BrowserName, { app: string; binary: string }[]> = {
  chrome: [
    { app: 'Google Chrome.app', binary: 'Google Chrome' },
    { app: 'Google Chrome for Testing.app', binary: 'Google Chrome for Testing' },
    { app: 'Chromium.app', binary: 'Chromium' },
  ],
  firefox: [{ app: 'Firefox.app', binary: 'firefox' }],
};

/** The search as this process would run it; each part replaceable. */
export function defaultLocalSearch(
  overrides: { platform?: NodeJS.Platform; home?: string; path?: string; seleniumManager?: SeleniumManagerMode } = {},
): LocalSearch {
  const platform = overrides.platform ?? process.platform;
  const home = overrides.home ?? os.homedir();
  const mac = platform === 'darwin';
  const mode = overrides.seleniumManager ?? seleniumManagerMode();
  return {
    platform,
    path: overrides.path ?? executableSearchPath(),
    applicationsDirs: mac ? ['/Applications', path.join(home, 'Applications')] : [],
    homebrewDirs: mac ? ['/opt/homebrew/bin', '/usr/local/bin'] : [],
    seleniumManager: { binary: bundledSeleniumManager(platform), mode, cachePath: null },
  };
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first of `names` in the first of `directories` that holds one. */
function findIn(directories: readonly string[], names: string[]): string | null {
  for (const name of names) {
    for (const directory of directories) {
      const candidate = path.join(directory, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

/** How a path is set, for messages: `driverPath, DRIVER_PATH or CHROMEDRIVER`. */
function settingOf(key: 'driverPath' | 'browserBinary', browser: BrowserName): string {
  const [generic, alternative] = pathVariables(key, browser);
  return `${key}, ${generic} or ${alternative}`;
}

/** One place after another; each place that had nothing adds a line to `tried`. */
class Search {
  readonly tried: string[] = [];

  constructor(private readonly search: LocalSearch) {}

  configured(file: string, setting: string): string | null {
    if (isExecutable(file)) return file;
    this.tried.push(`${file} (${setting}): not an executable file`);
    return null;
  }

  onPath(names: string[]): string | null {
    const found = findIn(this.search.path.split(path.delimiter).filter(Boolean), names);
    if (!found) this.tried.push(`${names.join(', ')} on PATH: not found`);
    return found;
  }

  inHomebrew(name: string): string | null {
    if (this.search.homebrewDirs.length === 0) return null;
    const found = findIn(this.search.homebrewDirs, [name]);
    if (!found) this.tried.push(`${name} in ${this.search.homebrewDirs.join(', ')}: not found`);
    return found;
  }

  inApplications(browser: BrowserName): string | null {
    if (this.search.applicationsDirs.length === 0) return null;
    for (const { app, binary } of APP_BUNDLES[browser]) {
      const found = findIn(this.search.applicationsDirs, [path.join(app, 'Contents', 'MacOS', binary)]);
      if (found) return found;
    }
    const apps = APP_BUNDLES[browser].map(({ app }) => app).join(', ');
    this.tried.push(`${apps} in ${this.search.applicationsDirs.join(', ')}: not found`);
    return null;
  }
}

/**
 * The local driver and browser for `request`, or the list of what was tried. A configured path that
 * is not an executable is not replaced by another: the search stops there.
 */
export async function searchLocalBrowser(request: LocalSearchRequest, search: LocalSearch): Promise<{ found: LocalBrowser } | { tried: string[] }> {
  const { browser } = request;
  const places = new Search(search);
  let driverPath = request.driverPath
    ? places.configured(request.driverPath, settingOf('driverPath', browser))
    : (places.onPath([DRIVER_BINARIES[browser]]) ?? places.inHomebrew(DRIVER_BINARIES[browser]));
  let browserBinary = request.browserBinary
    ? places.configured(request.browserBinary, settingOf('browserBinary', browser))
    : (places.onPath(BROWSER_BINARIES[browser]) ?? places.inApplications(browser));
  if (driverPath && browserBinary) return { found: { driverPath, browserBinary } };
  const configuredMissing = (request.driverPath !== null && !driverPath) || (request.browserBinary !== null && !browserBinary);
  const manager = search.seleniumManager;
  if (configuredMissing) return { tried: places.tried };
  if (!manager || manager.mode === 'off') {
    places.tried.push(`Selenium Manager: not asked (${SELENIUM_MANAGER_VARIABLE}=off)`);
    return { tried: places.tried };
  }
  const answer = await askSeleniumManager(browser, browserBinary, manager);
  if (!answer.found) {
    places.tried.push(`Selenium Manager (${manager.mode}): ${answer.problem}`);
    return { tried: places.tried };
  }
  driverPath ??= answer.driverPath;
  browserBinary ??= answer.browserPath;
  if (!browserBinary) {
    places.tried.push(`Selenium Manager (${manager.mode}): found ${answer.driverPath}, but no ${browser} browser`);
    return { tried: places.tried };
  }
  return { found: { driverPath, browserBinary, foundBy: 'Selenium Manager' } };
}

/** What the user can do about a missing browser, on this system. */
export function noBrowserFixes(browser: BrowserName, platform: NodeJS.Platform, mode: SeleniumManagerMode | null): string[] {
  const [driverVariable, driverAlternative] = pathVariables('driverPath', browser);
  const [binaryVariable, binaryAlternative] = pathVariables('browserBinary', browser);
  const setPaths = `set ${driverVariable} and ${binaryVariable} (or ${driverAlternative} and ${binaryAlternative})`;
  const online = mode === 'offline' || mode === 'off' ? ` or let Selenium Manager download the driver (${SELENIUM_MANAGER_VARIABLE}=online, with a network),` : '';
  if (platform === 'darwin') {
    const install =
      browser === 'chrome'
        ? 'install Google Chrome (brew install --cask google-chrome) and chromedriver (brew install --cask chromedriver; ' +
          `if macOS will not open it, clear its quarantine flag: ${quarantineCommand('chromedriver')})`
        : 'install Firefox (brew install --cask firefox) and geckodriver (brew install geckodriver)';
    return [
      `${install},${online} or ${setPaths}`,
      'install Selenium as a launchd service (scripts/install-selenium-macos.sh), or set SELENIUM_URL',
    ];
  }
  const packages = browser === 'chrome' ? 'Chromium and its driver (Debian/Ubuntu: apt install chromium chromium-driver)' : 'Firefox and geckodriver';
  return [`install ${packages},${online} or ${setPaths}`, 'start Selenium (npm run selenium:start) or set SELENIUM_URL'];
}

/** The command that lets macOS open a driver downloaded through a browser or Homebrew's cask. */
function quarantineCommand(driver: string): string {
  return `xattr -d com.apple.quarantine "$(command -v ${driver})"`;
}

/**
 * Why a local driver may have failed to start, where the system explains it: macOS refuses to run a
 * driver it has quarantined (a cask's chromedriver, on its first run). `null` elsewhere.
 */
export function driverStartHint(driverPath: string, platform: NodeJS.Platform): string | null {
  if (platform !== 'darwin') return null;
  return `if macOS refused to open ${path.basename(driverPath)} ("cannot be opened because the developer cannot be verified"), clear its quarantine flag: xattr -d com.apple.quarantine "${driverPath}"`;
}
