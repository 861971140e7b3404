/**
 * Saving and restoring a session state in the browser. Cookies of every domain go through
 * Chromium's DevTools bridge when there is one (no navigation needed); without it WebDriver only
 * reaches the current page's cookies. Local and session storage are read from the current page and
 * written by opening a cheap page of each origin (`/favicon.ico`) in the current tab, since storage
 * can only be written from a document of its origin.
 */
import type { IWebDriverOptionsCookie, WebDriver } from 'selenium-webdriver';
import { cookieUrl, type SessionStateData, type StoredCookie, type StoredOrigin } from '../state';
import type { CookiesAndStorage, DevTools } from './cookies-and-storage';

const READ_STORAGE = `
  const read = (area) => { const items = {}; for (let i = 0; i < area.length; i++) { const key = area.key(i); items[key] = area.getItem(key); } return items; };
  return { origin: location.origin, localStorage: read(localStorage), sessionStorage: read(sessionStorage) };`;

const WRITE_STORAGE = `
  const [local, session] = arguments;
  for (const key of Object.keys(local)) localStorage.setItem(key, local[key]);
  for (const key of Object.keys(session)) sessionStorage.setItem(key, session[key]);`;

/** Network.getAllCookies answers in the stored shape, plus whether a cookie lives for the session only. */
type DevToolsCookie = StoredCookie & { session?: boolean };

export async function saveBrowserState(webDriver: WebDriver, storage: CookiesAndStorage): Promise<SessionStateData> {
  const currentUrl = await webDriver.getCurrentUrl();
  const onPage = /^https?:/.test(currentUrl);
  const devTools = storage.bridge();
  const cookies = devTools ? await allCookies(devTools) : onPage ? (await webDriver.manage().getCookies()).map(fromWebDriver(currentUrl)) : [];
  const origins: StoredOrigin[] = [];
  if (onPage) {
    const found = (await webDriver.executeScript(READ_STORAGE)) as StoredOrigin;
    if (Object.keys(found.localStorage).length || Object.keys(found.sessionStorage).length) origins.push(found);
  }
  return { cookies, origins };
}

export async function restoreBrowserState(webDriver: WebDriver, storage: CookiesAndStorage, state: SessionStateData): Promise<void> {
  const devTools = storage.bridge();
  if (devTools && state.cookies.length) {
    await devTools.sendDevToolsCommand('Network.setCookies', { cookies: state.cookies.map(toDevTools) });
    for (const cookie of state.cookies) storage.noteUrl(cookieUrl(cookie));
  } else {
    for (const [origin, cookies] of byOrigin(state.cookies)) {
      await openOrigin(webDriver, storage, origin);
      for (const cookie of cookies) await webDriver.manage().addCookie(toWebDriver(cookie));
    }
  }
  for (const { origin, localStorage, sessionStorage } of state.origins) {
    await openOrigin(webDriver, storage, origin);
    await webDriver.executeScript(WRITE_STORAGE, localStorage, sessionStorage);
  }
  if (state.origins.length || (!devTools && state.cookies.length)) await webDriver.get('about:blank');
}

async function allCookies(devTools: DevTools): Promise<StoredCookie[]> {
  const answer = (await devTools.sendAndGetDevToolsCommand('Network.getAllCookies')) as { cookies?: DevToolsCookie[] };
  return (answer?.cookies ?? []).map((cookie) => ({
    name: cookie.name,
    value: cookie.value,
    domain: cookie.domain,
    path: cookie.path,
    expires: cookie.session || cookie.expires <= 0 ? -1 : Math.floor(cookie.expires),
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    ...(cookie.sameSite ? { sameSite: cookie.sameSite } : {}),
  }));
}

/** Host-only cookies are set by URL (a `domain` would make them domain cookies). */
function toDevTools(cookie: StoredCookie): Record<string, unknown> {
  const where = cookie.domain.startsWith('.') ? { domain: cookie.domain } : { url: cookieUrl(cookie) };
  return {
    name: cookie.name,
    value: cookie.value,
    ...where,
    path: cookie.path,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    ...(cookie.sameSite ? { sameSite: cookie.sameSite } : {}),
    ...(cookie.expires > 0 ? { expires: cookie.expires } : {}),
  };
}

function fromWebDriver(currentUrl: string) {
  const host = new URL(currentUrl).hostname;
  return (cookie: IWebDriverOptionsCookie): StoredCookie => ({
    name: cookie.name,
    value: cookie.value,
    domain: cookie.domain && cookie.domain.startsWith('.') ? cookie.domain : host,
    path: cookie.path ?? '/',
    expires: typeof cookie.expiry === 'number' ? cookie.expiry : cookie.expiry instanceof Date ? Math.floor(cookie.expiry.getTime() / 1000) : -1,
    httpOnly: cookie.httpOnly ?? false,
    secure: cookie.secure ?? false,
    ...(cookie.sameSite ? { sameSite: cookie.sameSite as StoredCookie['sameSite'] } : {}),
  });
}

function toWebDriver(cookie: StoredCookie): IWebDriverOptionsCookie {
  return {
    name: cookie.name,
    value: cookie.value,
    path: cookie.path,
    ...(cookie.domain.startsWith('.') ? { domain: cookie.domain } : {}),
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    ...(cookie.expires > 0 ? { expiry: cookie.expires } : {}),
    ...(cookie.sameSite ? { sameSite: cookie.sameSite } : {}),
  };
}

function byOrigin(cookies: readonly StoredCookie[]): Map<string, StoredCookie[]> {
  const groups = new Map<string, StoredCookie[]>();
  for (const cookie of cookies) {
    const origin = new URL(cookieUrl(cookie)).origin;
    groups.set(origin, [...(groups.get(origin) ?? []), cookie]);
  }
  return groups;
}

/** A document of that origin whose loading does as little as possible on the server. */
async function openOrigin(webDriver: WebDriver, storage: CookiesAndStorage, origin: string): Promise<void> {
  storage.noteUrl(origin);
  await webDriver.get(`${origin}/favicon.ico`);
}
