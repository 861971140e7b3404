/**
 * The cookie jar: tough-cookie decides domain, path, secure, expiry and HttpOnly rules.
 * Secure cookies are only sent over https, even to loopback hosts (as over plain http in a browser
 * that is not treating localhost specially), so tests see the real rules.
 */
import type { CookieJar } from 'tough-cookie';
import type { StoredCookie } from '../state';

/** Loaded with the first cookie: a run whose pages set none never loads tough-cookie at all. */
function toughCookie(): typeof import('tough-cookie') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('tough-cookie') as typeof import('tough-cookie');
}

export class CookieStore {
  /**
   * Null until a cookie may have been stored. Most scenarios never receive one, and asking
   * tough-cookie about an empty jar still costs more per request than the request itself.
   */
  private cookieJar: CookieJar | null = null;

  private get mayHoldCookies(): boolean {
    return this.cookieJar !== null;
  }

  private get jar(): CookieJar {
    this.cookieJar ??= new (toughCookie().CookieJar)(undefined, { allowSecureOnLocal: false, rejectPublicSuffixes: true });
    return this.cookieJar;
  }

  clear(): void {
    this.cookieJar = null;
  }

  /** The Cookie header for a request to `url`, or null when no cookie applies. */
  async headerFor(url: string): Promise<string | null> {
    if (!this.mayHoldCookies) return null;
    const header = await this.jar.getCookieString(url);
    return header === '' ? null : header;
  }

  /** Stores every Set-Cookie of one response hop; malformed or foreign cookies are ignored, as browsers do. */
  async storeFromResponse(url: string, setCookieHeaders: readonly string[]): Promise<void> {
    for (const header of setCookieHeaders) {
      await this.jar.setCookie(header, url, { ignoreError: true });
    }
  }

  /** A host-only cookie for the URL's host with path `/`, like a page setting `document.cookie`. */
  async set(name: string, value: string, forUrl: string): Promise<void> {
    await this.jar.setCookie(new (toughCookie().Cookie)({ key: name, value, path: '/' }), forUrl, { ignoreError: false });
  }

  /** Removes every cookie of that name the URL would receive (any path prefix, host or domain cookie). */
  async delete(name: string, forUrl: string): Promise<void> {
    if (!this.mayHoldCookies) return;
    const cookies = await this.jar.getCookies(forUrl, { allPaths: true });
    for (const cookie of cookies.filter((candidate) => candidate.key === name)) {
      await this.jar.store.removeCookie(cookie.domain, cookie.path, cookie.key);
    }
  }

  async get(name: string, forUrl: string): Promise<string | null> {
    if (!this.mayHoldCookies) return null;
    const cookies = await this.jar.getCookies(forUrl);
    return cookies.find((cookie) => cookie.key === name)?.value ?? null;
  }

  /** Every cookie of every domain, for a saved session state. */
  async all(): Promise<StoredCookie[]> {
    if (!this.mayHoldCookies) return [];
    const cookies = await this.jar.store.getAllCookies();
    return cookies.map((cookie) => ({
      name: cookie.key,
      value: cookie.value,
      domain: cookie.hostOnly ? String(cookie.domain) : `.${cookie.domain}`,
      path: cookie.path ?? '/',
      expires: cookie.expires instanceof Date ? Math.floor(cookie.expires.getTime() / 1000) : -1,
      httpOnly: cookie.httpOnly,
      secure: cookie.secure,
      ...(sameSiteOf(cookie.sameSite) ? { sameSite: sameSiteOf(cookie.sameSite) } : {}),
    }));
  }

  /** Put saved cookies back exactly as they were (domain, path, expiry and flags kept). */
  async restore(cookies: readonly StoredCookie[]): Promise<void> {
    for (const stored of cookies) {
      const cookie = new (toughCookie().Cookie)({
        key: stored.name,
        value: stored.value,
        domain: stored.domain.replace(/^\./, ''),
        hostOnly: !stored.domain.startsWith('.'),
        path: stored.path || '/',
        expires: stored.expires > 0 ? new Date(stored.expires * 1000) : 'Infinity',
        httpOnly: stored.httpOnly,
        secure: stored.secure,
        sameSite: stored.sameSite?.toLowerCase() ?? 'none',
      });
      await this.jar.store.putCookie(cookie);
    }
  }
}

function sameSiteOf(value: string | undefined): StoredCookie['sameSite'] {
  const known: Record<string, StoredCookie['sameSite']> = { strict: 'Strict', lax: 'Lax', none: 'None' };
  return value ? known[value.toLowerCase()] : undefined;
}
