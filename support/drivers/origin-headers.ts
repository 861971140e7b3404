/**
 * Request headers and basic-auth credentials the scenario set, each bound to one origin so that a
 * redirect or a link to another origin never carries them along. One rule for both drivers: the
 * HTTP client adds them to its requests, the browser to the requests it intercepts.
 */

function originOf(url: string): string {
  return new URL(url).origin;
}

export class OriginHeaders {
  private readonly headers = new Map<string, Map<string, { name: string; value: string }>>();
  private readonly authorizations = new Map<string, string>();

  clear(): void {
    this.headers.clear();
    this.authorizations.clear();
  }

  setHeader(name: string, value: string, forUrl: string): void {
    const origin = originOf(forUrl);
    const forOrigin = this.headers.get(origin) ?? new Map<string, { name: string; value: string }>();
    forOrigin.set(name.toLowerCase(), { name, value });
    this.headers.set(origin, forOrigin);
  }

  setBasicAuth(credentials: { user: string; password: string } | null, forUrl: string): void {
    const origin = originOf(forUrl);
    if (credentials === null) {
      this.authorizations.delete(origin);
      return;
    }
    const token = Buffer.from(`${credentials.user}:${credentials.password}`, 'utf8').toString('base64');
    this.authorizations.set(origin, `Basic ${token}`);
  }

  /** Header name (lower-case) → value for a request to `url`; authorization last so it wins. */
  forUrl(url: string): Record<string, string> {
    // Most runs set none: no URL to parse for every request then.
    if (this.headers.size === 0 && this.authorizations.size === 0) return {};
    const origin = originOf(url);
    const result: Record<string, string> = {};
    for (const [lowerName, header] of this.headers.get(origin) ?? []) result[lowerName] = header.value;
    const authorization = this.authorizations.get(origin);
    if (authorization !== undefined) result.authorization = authorization;
    return result;
  }
}
