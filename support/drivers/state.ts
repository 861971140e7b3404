/**
 * A saved session state (Playwright's storageState): cookies of every origin, and the local and
 * session storage of each origin. Plain data in the Chrome DevTools cookie shape, so a state saved
 * by one driver can be restored into the other (storage only matters to a browser).
 */

export interface StoredCookie {
  name: string;
  value: string;
  /** `.example.com` for a domain cookie, `example.com` for a host-only one. */
  domain: string;
  path: string;
  /** Seconds since the epoch; -1 for a session cookie. */
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: 'Strict' | 'Lax' | 'None';
}

export interface StoredOrigin {
  /** `http://127.0.0.1:8080` */
  origin: string;
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
}

export interface SessionStateData {
  cookies: StoredCookie[];
  origins: StoredOrigin[];
}

/** A cookie past its expiry date is gone, as a browser would treat it. */
export function isExpired(cookie: StoredCookie, nowSeconds: number = Date.now() / 1000): boolean {
  return cookie.expires > 0 && cookie.expires <= nowSeconds;
}

/** The URL a cookie belongs to (for stores that set cookies by URL). */
export function cookieUrl(cookie: StoredCookie): string {
  return `${cookie.secure ? 'https' : 'http'}://${cookie.domain.replace(/^\./, '')}${cookie.path || '/'}`;
}
