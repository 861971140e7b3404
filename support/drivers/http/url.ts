/** URL helpers shared by the client, the history and link/form resolution. */
import { DriverError } from '../driver';
import { maskUrlCredentials } from '../../config/mask';

/** Resolves a link or form target the way a browser does: against the document's base URL. */
export function resolveUrl(reference: string, baseUrl: string): string {
  try {
    return new URL(reference.trim(), baseUrl).href;
  } catch {
    throw new DriverError(maskUrlCredentials(`Cannot resolve "${reference}" against ${baseUrl}: not a valid URL`));
  }
}

/** Parses an absolute URL given to visit(); relative URLs are the Session's job (it joins base_url). */
export function parseAbsoluteUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DriverError(maskUrlCredentials(`Cannot visit "${url}": the HTTP driver needs an absolute http(s) URL`));
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new DriverError(maskUrlCredentials(`Cannot visit "${url}": the HTTP driver only speaks http and https`));
  }
  return parsed;
}

export function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

export function fragmentOf(url: string): string {
  return new URL(url).hash;
}

/** True when `target` is the same document as `current` and only the fragment may differ. */
export function isSameDocument(current: string, target: string): boolean {
  return withoutFragment(current) === withoutFragment(target);
}
