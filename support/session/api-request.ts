/** A request a scenario sends (behatch's RestContext), encoded the way the drivers send it. */

export interface ApiRequest {
  readonly method: string;
  /** A path (joined to the base URL) or an absolute URL. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** A raw body (a doc string); Content-Type application/json when it is JSON and none is given. */
  readonly body?: string;
  /** Form fields, sent as application/x-www-form-urlencoded. */
  readonly form?: ReadonlyArray<readonly [string, string]>;
}

interface EncodedRequest {
  readonly method: string;
  /** Names lower-cased. */
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/**
 * The method checked and upper-cased, the scenario's headers under the request's own, and the body:
 * form fields URL-encoded, a JSON body labelled as JSON when no Content-Type is given.
 */
export function encodeApiRequest(request: ApiRequest, scenarioHeaders: ReadonlyMap<string, string>): EncodedRequest {
  const method = request.method.toUpperCase();
  if (!/^[A-Z]+$/.test(method)) {
    throw new Error(`"${request.method}" is not an HTTP method: write one like GET, POST, PUT, PATCH or DELETE.`);
  }
  const headers: Record<string, string> = Object.fromEntries(scenarioHeaders);
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  let body = request.body;
  if (request.form !== undefined) {
    body = new URLSearchParams(request.form.map(([name, value]) => [name, value])).toString();
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  } else if (body !== undefined && headers['content-type'] === undefined && looksLikeJson(body)) {
    headers['content-type'] = 'application/json';
  }
  return { method, headers, body };
}

function looksLikeJson(body: string): boolean {
  if (!/^\s*[[{]/.test(body)) return false;
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}
