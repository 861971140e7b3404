import type { IncomingHttpHeaders, ServerResponse } from 'node:http';

/** One request as the pages see it: the body is read up front so handlers stay synchronous. */
export interface DemoRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly rawHeaders: string[];
  readonly body: Buffer;
  /** The port the request arrived on, so pages can link to the other loopback host. */
  readonly localPort: number;
  /** The host name the server listens on; the other loopback name reaches it as another origin. */
  readonly listenHost: string;
}

export type Handler = (request: DemoRequest, response: ServerResponse) => void;

export interface Route {
  /** Exact path, or a pattern whose groups are handed to nothing: handlers read `request.url`. */
  readonly path: string | RegExp;
  /** Listed on the index page when set. */
  readonly title?: string;
  readonly handle: Handler;
}

export function sendHtml(
  response: ServerResponse,
  html: string,
  status = 200,
  headers: Record<string, string | string[]> = {},
): void {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
  response.end(html);
}

/** A route that always answers the same HTML page. */
export function staticPage(path: string, html: string, title?: string): Route {
  return { path, title, handle: (_req, res) => sendHtml(res, html) };
}

export function sendText(response: ServerResponse, text: string, status = 200): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

export function sendJson(response: ServerResponse, value: unknown, status = 200): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(value, null, 2));
}

export function redirect(response: ServerResponse, status: number, location: string): void {
  response.writeHead(status, { Location: location, 'Content-Type': 'text/html; charset=utf-8' });
  response.end(`<!DOCTYPE html><title>Redirecting</title><p>Redirecting to <a href="${location}">${location}</a></p>`);
}

/** Tells features which origin a request came through, since "should be on" compares paths only. */
export function hostRole(request: DemoRequest): string {
  const hostname = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  return hostname === request.listenHost.toLowerCase()
    ? "Requested as the demo app's own host"
    : 'Requested as the other loopback host';
}

/** 127.0.0.1 ⇄ localhost: the same server seen from another origin. */
export function otherLoopbackOrigin(request: DemoRequest): string {
  const host = (request.headers.host ?? '').toLowerCase();
  const otherHost = host.startsWith('localhost') ? '127.0.0.1' : 'localhost';
  return `http://${otherHost}:${request.localPort}`;
}

/** A group of routes; the index page lists each titled route under the heading. */
export interface Section {
  readonly heading: string;
  readonly routes: Route[];
}
