/**
 * A page that cannot be reached usually means a server that is not running or a setting that
 * points to the wrong place: the failure then names the setting to check.
 */
const UNREACHABLE = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|connection refused|host name not found|address unreachable/i;

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The hint for a failed visit of `url`, or `null` when the failure or the URL is not the base URL's. */
export function unreachableBaseUrlHint(failure: string, url: string, baseUrl: string): string | null {
  if (!UNREACHABLE.test(failure)) return null;
  const origin = originOf(url);
  if (origin === null || origin !== originOf(baseUrl)) return null;
  // The origin only: a base URL may carry credentials.
  return `Nothing answers at ${origin}, the base URL: is the server running? Check BASE_URL (worldParameters.baseUrl).`;
}
