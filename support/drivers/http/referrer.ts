/**
 * Referer and Origin values under the browsers' default policy (strict-origin-when-cross-origin):
 * full URL to the same origin, only the origin elsewhere, nothing when going from https to http.
 */

export function referrerFor(documentUrl: string, targetUrl: string): string | null {
  const from = new URL(documentUrl);
  const to = new URL(targetUrl);
  if (from.protocol === 'https:' && to.protocol !== 'https:') return null;
  if (from.origin === to.origin) {
    from.hash = '';
    from.username = '';
    from.password = '';
    return from.href;
  }
  return `${from.origin}/`;
}
