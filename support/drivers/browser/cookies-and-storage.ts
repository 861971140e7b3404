/**
 * Cookies of any origin, and clearing the cookies and storage of every origin the browser talked
 * to. Chromium's DevTools bridge reaches all origins at once; plain WebDriver only sees the
 * current page's, so without it each origin is visited in turn.
 */
import { error as seleniumError, type WebDriver } from 'selenium-webdriver';
import { DriverError } from '../driver';
import * as scripts from './page-scripts';

/** Chromium's DevTools bridge through WebDriver (chromedriver and Selenium both forward it). */
export interface DevTools {
  sendDevToolsCommand(command: string, params?: Record<string, unknown>): Promise<void>;
  sendAndGetDevToolsCommand(command: string, params?: Record<string, unknown>): Promise<unknown>;
}

/** The DevTools bridge when this session offers one (Chromium only), else `null`. */
export function devToolsOf(webDriver: WebDriver, browser: string): DevTools | null {
  const candidate = webDriver as unknown as Partial<DevTools>;
  return browser === 'chrome' && typeof candidate.sendDevToolsCommand === 'function' ? (candidate as DevTools) : null;
}

export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    throw new DriverError(`"${url}" is not an absolute URL`);
  }
}

export class CookiesAndStorage {
  /** Origins seen without BiDi (visits, current URLs): clearing covers their storage too. */
  private readonly visitedOrigins = new Set<string>();
  private devTools: DevTools | null = null;

  constructor(
    private readonly webDriver: () => WebDriver,
    private readonly currentUrl: () => Promise<string>,
  ) {}

  /** A browser started: its DevTools bridge, when it offers one. */
  attach(devTools: DevTools | null): void {
    this.devTools = devTools;
  }

  /** The browser stopped: nothing of it is left to clear. */
  detach(): void {
    this.devTools = null;
    this.visitedOrigins.clear();
  }

  /** The DevTools bridge of the running browser, if it has one. */
  bridge(): DevTools | null {
    return this.devTools;
  }

  /** Origins whose storage the next clear would cover. */
  originsToClear(moreOrigins: Iterable<string>): string[] {
    return [...new Set([...this.visitedOrigins, ...moreOrigins])];
  }

  noteUrl(url: string): void {
    if (/^https?:/.test(url)) this.visitedOrigins.add(new URL(url).origin);
  }

  async setCookie(name: string, value: string | null, forUrl: string): Promise<void> {
    const origin = originOf(forUrl);
    this.visitedOrigins.add(origin);
    if (this.devTools) {
      if (value === null) await this.devTools.sendDevToolsCommand('Network.deleteCookies', { name, url: `${origin}/` });
      else await this.devTools.sendDevToolsCommand('Network.setCookie', { name, value, url: `${origin}/`, path: '/' });
      return;
    }
    await this.onOriginOf(forUrl, 'setting a cookie');
    if (value === null) await this.webDriver().manage().deleteCookie(name);
    else await this.webDriver().manage().addCookie({ name, value, path: '/' });
  }

  async getCookie(name: string, forUrl: string): Promise<string | null> {
    if (this.devTools) {
      const answer = (await this.devTools.sendAndGetDevToolsCommand('Network.getCookies', { urls: [forUrl] })) as {
        cookies?: Array<{ name: string; value: string }>;
      };
      return answer?.cookies?.find((cookie) => cookie.name === name)?.value ?? null;
    }
    await this.onOriginOf(forUrl, 'reading a cookie');
    try {
      return (await this.webDriver().manage().getCookie(name))?.value ?? null;
    } catch (caught) {
      if (caught instanceof seleniumError.NoSuchCookieError) return null;
      throw caught;
    }
  }

  /** Cookies of every domain, and the storage of every origin seen here or in `moreOrigins`; then forgets them. */
  async clearAll(moreOrigins: Iterable<string>): Promise<void> {
    const origins = [...new Set([...this.visitedOrigins, ...moreOrigins])];
    await this.clearCookiesAndStorage(origins);
    this.visitedOrigins.clear();
  }

  private async clearCookiesAndStorage(origins: string[]): Promise<void> {
    const devTools = this.devTools;
    if (devTools) {
      try {
        await devTools.sendDevToolsCommand('Network.clearBrowserCookies');
        for (const origin of origins) {
          await devTools.sendDevToolsCommand('Storage.clearDataForOrigin', {
            origin,
            storageTypes: 'local_storage,indexeddb,cache_storage,service_workers,websql,file_systems',
          });
        }
        return;
      } catch {
        // The endpoint does not forward DevTools commands: fall back to plain WebDriver below.
        this.devTools = null;
      }
    }
    const webDriver = this.webDriver();
    for (const origin of origins) {
      try {
        await webDriver.get(`${origin}/`);
        await webDriver.manage().deleteAllCookies();
        await webDriver.executeScript(scripts.CLEAR_STORAGE);
      } catch {
        // An origin that no longer answers keeps nothing worth clearing.
      }
    }
    await webDriver.get('about:blank');
  }

  private async onOriginOf(forUrl: string, what: string): Promise<void> {
    const current = await this.currentUrl();
    if (!/^https?:/.test(current) || new URL(current).origin !== originOf(forUrl)) {
      throw new DriverError(
        `${what} for ${originOf(forUrl)} needs the browser on a page of that origin (WebDriver only reaches the ` +
          `cookies of the current page), but it is on ${current}: visit a page there first`,
      );
    }
  }
}
