/**
 * Cookies of any origin, and clearing the cookies and storage of every origin the browser talked
 * to. Chromium's DevTools bridge reaches all origins at once, and the HTTP cache; plain WebDriver
 * only sees the current page's, so without it each origin is visited in turn and its page clears
 * what scripts can reach (the HTTP cache is then bypassed instead: see reset.ts).
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

/** A cookie as Network.getCookies answers. */
interface DevToolsCookie {
  name: string;
  value: string;
  path: string;
}

/**
 * Every kind of data an origin keeps but cookies (cleared for every domain at once). 'all' adds
 * cookies and the GPU shader cache to these, and takes 15–30 ms an origin where these take 5.
 */
const ORIGIN_STORAGE = 'local_storage,indexeddb,cache_storage,service_workers,websql,file_systems,shared_storage,storage_buckets,interest_groups,other';

/** tough-cookie's SameSite values as DevTools writes them. */
const SAME_SITE: Readonly<Record<string, string>> = { strict: 'Strict', lax: 'Lax', none: 'None' };

/** Loaded with the first cookie a request sets: most runs never need it in the browser. */
function toughCookie(): typeof import('tough-cookie') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('tough-cookie') as typeof import('tough-cookie');
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

  /**
   * The Cookie header the browser would send to `url`, HttpOnly cookies included, for a request sent
   * on its behalf while no page of that origin is open. Without DevTools, WebDriver reaches the
   * cookies of the open page only: the request then needs a page of its origin.
   */
  async cookieHeader(url: string): Promise<string> {
    const devTools = this.requireBridge(url);
    const answer = (await devTools.sendAndGetDevToolsCommand('Network.getCookies', { urls: [url] })) as { cookies?: DevToolsCookie[] };
    // As browsers order them: longer paths first (the sort is stable, so creation order stays within a path).
    const cookies = [...(answer?.cookies ?? [])].sort((a, b) => b.path.length - a.path.length);
    return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  }

  /** Stores, or deletes, the cookies that the Set-Cookie headers of a response from `url` set, as the browser would. */
  async storeSetCookies(setCookies: string[], url: string): Promise<void> {
    if (setCookies.length === 0) return;
    const devTools = this.requireBridge(url);
    this.visitedOrigins.add(originOf(url));
    // tough-cookie applies the rules (domain the URL may set, default path, Max-Age over Expires); a cookie they reject is dropped.
    const jar = new (toughCookie().CookieJar)(undefined, { rejectPublicSuffixes: true, allowSecureOnLocal: false });
    for (const header of setCookies) {
      const cookie = await jar.setCookie(header, url, { ignoreError: true });
      if (!cookie?.domain) continue;
      // A host-only cookie is set by URL (which also records its scheme and port); a domain cookie by its domain.
      const where = cookie.hostOnly ? { url: `${originOf(url)}${cookie.path ?? '/'}` } : { domain: `.${cookie.domain}` };
      const expiry = cookie.expiryTime() ?? Infinity;
      if (expiry <= Date.now()) {
        await devTools.sendDevToolsCommand('Network.deleteCookies', { name: cookie.key, ...where, path: cookie.path });
        continue;
      }
      const sameSite = SAME_SITE[cookie.sameSite ?? ''];
      await devTools.sendDevToolsCommand('Network.setCookie', {
        name: cookie.key,
        value: cookie.value,
        ...where,
        path: cookie.path,
        secure: cookie.secure,
        httpOnly: cookie.httpOnly,
        ...(sameSite ? { sameSite } : {}),
        ...(expiry !== Infinity ? { expires: expiry / 1000 } : {}),
      });
    }
  }

  private requireBridge(url: string): DevTools {
    if (this.devTools) return this.devTools;
    throw new DriverError(
      `In this browser an API request is sent by a page, with the cookies of its origin (WebDriver only reaches the cookies ` +
        `of the open page, and this browser offers no DevTools to send it without one), so a page of ${originOf(url)} must be ` +
        `open first: start with a step like 'Given I am on "/"'`,
    );
  }

  /**
   * Cookies of every domain, and the storage of every origin seen here or in `moreOrigins`; then
   * forgets them. `via`: the reset's own DevTools connection, used instead of the bridge (which is
   * still tried when that connection has broken).
   */
  async clearAll(moreOrigins: Iterable<string>, via?: DevTools): Promise<void> {
    const origins = [...new Set([...this.visitedOrigins, ...moreOrigins])];
    await this.clearCookiesAndStorage(origins, via);
    this.visitedOrigins.clear();
  }

  private async clearCookiesAndStorage(origins: string[], via?: DevTools): Promise<void> {
    const devTools = via ?? this.devTools;
    if (devTools) {
      try {
        // Sent together: the bridge runs them one after the other anyway; a connection of our own does not.
        await Promise.all([
          devTools.sendDevToolsCommand('Network.clearBrowserCookies'),
          // A page kept in the HTTP cache would be revalidated in the next scenario (a 304), not loaded.
          devTools.sendDevToolsCommand('Network.clearBrowserCache'),
          ...origins.map((origin) => devTools.sendDevToolsCommand('Storage.clearDataForOrigin', { origin, storageTypes: ORIGIN_STORAGE })),
        ]);
        return;
      } catch {
        // The reset's own connection broke: the bridge still reaches the browser.
        if (via) return this.clearCookiesAndStorage(origins);
        // The endpoint does not forward DevTools commands: fall back to plain WebDriver below.
        this.devTools = null;
      }
    }
    const webDriver = this.webDriver();
    for (const origin of origins) {
      try {
        await webDriver.get(`${origin}/`);
        await webDriver.manage().deleteAllCookies();
        await webDriver.executeScript(scripts.CLEAR_ORIGIN_STORAGE);
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
