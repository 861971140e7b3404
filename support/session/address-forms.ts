/** The forms an address is compared in: Mink's path-only rule and the whole address, decoded. */

/** Mink's cleanUrl: only path and fragment count; a leading front controller (`/app.php/`) is dropped. */
export function pathAndFragment(url: string): string {
  const parsed = new URL(url, 'http://placeholder');
  const pathname = parsed.pathname.replace(/^\/[^/]+\.php\//, '/') || '/';
  return pathname + parsed.hash;
}

/** Path, query string and fragment, as they appear in the address bar after the host. */
export function pathQueryAndFragment(url: string): string {
  const parsed = new URL(url, 'http://placeholder');
  return parsed.pathname + parsed.search + parsed.hash;
}

/** Percent-decoded, or as written when it is not valid percent-encoding. */
export function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * An address in a form where equal addresses compare equal: path and fragment decoded, query
 * parameters decoded and sorted (a form's GET encodes ":" and " " as a hand-written address does not).
 */
export function comparableAddress(url: string, withOrigin: boolean): string {
  const parsed = new URL(url, 'http://placeholder');
  const pairs = [...parsed.searchParams].map(([name, value]) => `${name}=${value}`).sort();
  return `${withOrigin ? parsed.origin : ''}${decoded(parsed.pathname)}?${pairs.join('&')}#${decoded(parsed.hash.slice(1))}`;
}
