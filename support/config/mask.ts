/**
 * Credentials are for the server, not for terminals, CI logs or reports. Every URL the harness prints
 * or attaches goes through maskUrlCredentials first; the run's own secrets (a grid's access key in the
 * capabilities, the password or token of SELENIUM_URL) are registered once and masked by maskSecrets
 * in whatever the harness writes about the browser and in every failure a step or hook reports.
 */
import type { CapabilityValue } from './browser';

/** scheme://user:password@ — greedy up to the last `@` of the authority, as URL parsers read it. */
const CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#:@]*):([^\s/?#]*)@/gi;

/** An absolute URL inside a text, up to whitespace or a quote. */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*/gi;
/** `?token=…`, `&access_key=…`: a query parameter, whose name may say it holds a secret. */
const QUERY_PARAMETER = /([?&;])([^=&#]+)=([^&#]*)/g;

const MASK = '***';

/**
 * Whether a capability or query parameter of this name holds a secret: a password, secret, token,
 * credential, auth or key (`accessKey`, `access_key`, `apiKey`, `key`, `browserstack.key`).
 */
export function isSecretName(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    /password|passwd|passphrase|secret|token|credential|authorization/.test(lower) ||
    /(^|[^a-z])(pass|auth)$/.test(lower) ||
    /(access|api|auth|private)[-_.]?key$/.test(lower) ||
    /(^|[-_.])key$/.test(lower)
  );
}

/**
 * `http://user:secret@host/` → `http://user:***@host/`, and `?token=abc` → `?token=***`, for a URL or
 * for every URL inside a longer text (messages of other libraries); a URL without either is unchanged.
 */
export function maskUrlCredentials(text: string): string {
  return text.replace(CREDENTIALS, `$1$2:${MASK}@`).replace(URL_IN_TEXT, maskQueryOf);
}

/**
 * A URL as a header carries it (Location, Content-Location, Referer), relative or not:
 * `/reset?token=abc` → `/reset?token=***`, with credentials masked as in maskUrlCredentials.
 */
export function maskUrlReference(reference: string): string {
  return maskQueryOf(maskUrlCredentials(reference));
}

/** The secret-named parameters of a URL's query masked; the rest of it as it is. */
function maskQueryOf(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const masked = url.slice(query).replace(QUERY_PARAMETER, (whole, separator: string, name: string, value: string) =>
    value !== '' && isSecretName(decodeSafely(name)) ? `${separator}${name}=${MASK}` : whole,
  );
  return url.slice(0, query) + masked;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Shorter values are left alone: masking every "a" or "12" would garble the output, and they guard nothing. */
const SHORTEST_SECRET = 4;

const secrets = new Set<string>();

/** The forms a secret may take in output: as given, inside a JSON string, in a URL. */
function formsOf(secret: string): string[] {
  return [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)];
}

/** Remember the run's secrets: from here on maskSecrets replaces each of them, wherever it appears. */
export function registerSecrets(values: Iterable<string>): void {
  for (const value of values) {
    if (value.length < SHORTEST_SECRET) continue;
    for (const form of formsOf(value)) secrets.add(form);
  }
}

/** URL credentials and every registered secret masked. */
export function maskSecrets(text: string): string {
  let masked = maskUrlCredentials(text);
  // Longest first: a secret that contains another is masked whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (masked.includes(secret)) masked = masked.split(secret).join(MASK);
  }
  return masked;
}

/** The error, its message and stack masked (in place, so its class and fields stay). */
export function maskErrorSecrets<E>(error: E): E {
  if (!(error instanceof Error)) return error;
  const message = maskSecrets(error.message);
  if (message !== error.message) error.message = message;
  if (typeof error.stack === 'string') {
    const stack = maskSecrets(error.stack);
    if (stack !== error.stack) error.stack = stack;
  }
  return error;
}

/** Every string held under a secret name in `capabilities`, at any depth (all of a secret-named object's strings). */
export function secretsInCapabilities(capabilities: CapabilityValue | undefined, underSecretName = false): string[] {
  if (typeof capabilities === 'string') return underSecretName ? [capabilities] : [];
  if (Array.isArray(capabilities)) return capabilities.flatMap((item) => secretsInCapabilities(item, underSecretName));
  if (typeof capabilities !== 'object' || capabilities === null) return [];
  return Object.entries(capabilities).flatMap(([name, value]) => secretsInCapabilities(value, underSecretName || isSecretName(name)));
}

/** The password of a URL and the values of its secret-named query parameters. */
export function secretsInUrl(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const found = [parsed.password, decodeSafely(parsed.password)];
  for (const [name, value] of parsed.searchParams) if (isSecretName(name)) found.push(value);
  return found.filter((value) => value !== '');
}
