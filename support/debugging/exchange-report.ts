/**
 * The "HTTP exchanges" attachment of a failed scenario: one block per exchange, oldest first, as
 * plain text that reads the same in cucumber's HTML report and in a terminal:
 *
 *   GET http://127.0.0.1:4321/login → 302 Found (3 ms, 0 B)
 *     > cookie: session=***
 *     < location: /home
 *
 * (`>` request headers, `<` response headers, as curl -v writes them). Secrets never reach it:
 * cookie values, credentials, secret-named headers and the run's registered secrets are masked.
 */
import { STATUS_CODES } from 'node:http';
import { isSecretName, maskSecrets, maskUrlReference } from '../config/mask';
import type { ExchangeLog, RecordedExchange, RecordedHeaders } from '../drivers/exchange-log';
import { capText, escapeControlCharacters } from '../session/printable';

export const EXCHANGES_ATTACHMENT_NAME = 'HTTP exchanges';

/** Characters of the whole attachment: past them the oldest exchanges are left out, and it says so. */
export const EXCHANGES_ATTACHMENT_LIMIT = 200_000;
/** A single header value (a long Content-Security-Policy) is cut past this. */
const HEADER_VALUE_LIMIT = 2_000;
const MASK = '***';

/** Headers whose every value is a secret but for its first word (the scheme: Basic, Bearer …). */
const AUTHORIZATION_HEADERS = new Set(['authorization', 'proxy-authorization']);

/** The attachment's text for a driver's log; null when it has nothing to say (or the driver keeps none). */
export function exchangesAttachment(log: ExchangeLog | undefined): string | null {
  if (log === undefined || log.isEmpty) return null;
  const { exchanges, leftOut } = log.read();
  return formatExchanges(exchanges, leftOut);
}

export function formatExchanges(
  exchanges: readonly RecordedExchange[],
  leftOut: number,
  limit: number = EXCHANGES_ATTACHMENT_LIMIT,
): string {
  const blocks = exchanges.map(formatExchange);
  // The newest exchanges are the ones nearest the failure: the oldest go first when it is too long.
  let cut = 0;
  let length = blocks.reduce((sum, block) => sum + block.length + 2, 0);
  while (cut < blocks.length - 1 && length > limit) {
    length -= blocks[cut].length + 2;
    cut += 1;
  }
  const shown = blocks.slice(cut);
  const omitted = leftOut + cut;
  const count = `${exchanges.length + leftOut} HTTP exchange${exchanges.length + leftOut === 1 ? '' : 's'} in this scenario, oldest first`;
  const note = omitted === 0 ? '' : ` (the first ${omitted} left out, to keep this attachment short)`;
  const text = [`${count}${note}:`, ...shown].join('\n\n');
  return `${capText(text, limit)}\n`;
}

function formatExchange(exchange: RecordedExchange): string {
  const lines = [`${exchange.method} ${printable(maskSecrets(exchange.url))} → ${outcome(exchange)}`];
  for (const [name, value] of headerPairs(exchange.requestHeaders)) lines.push(`  > ${name}: ${maskHeader(name, value)}`);
  if (exchange.responseHeaders) {
    for (const [name, value] of headerPairs(exchange.responseHeaders)) lines.push(`  < ${name}: ${maskHeader(name, value)}`);
  }
  return lines.join('\n');
}

function outcome(exchange: RecordedExchange): string {
  const details = [
    exchange.durationMs === undefined ? null : duration(exchange.durationMs),
    exchange.size === undefined ? null : bytes(exchange.size),
    exchange.fromCache ? 'from the browser cache' : null,
  ].filter((detail) => detail !== null);
  const after = details.length === 0 ? '' : ` (${details.join(', ')})`;
  if (exchange.status === null) {
    if (exchange.failure !== undefined) return `failed${after}: ${printable(maskSecrets(exchange.failure))}`;
    return `no response yet when the scenario ended${after}`;
  }
  const reason = exchange.statusText || STATUS_CODES[exchange.status] || '';
  return `${exchange.status}${reason ? ` ${printable(reason)}` : ''}${after}`;
}

function headerPairs(headers: RecordedHeaders): [string, string][] {
  const pairs: [string, string][] = [];
  if (Array.isArray(headers)) {
    // Chromium's BiDi events may list a header twice (once more when its network stack adds the
    // headers it sent): each name and value is shown once.
    const seen = new Set<string>();
    for (const header of headers as readonly { name: string; value: { value: string } }[]) {
      const name = header.name.toLowerCase();
      const key = `${name}\n${header.value.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([name, header.value.value]);
    }
    return pairs;
  }
  for (const [name, value] of Object.entries(headers as Record<string, string | readonly string[]>)) {
    if (typeof value === 'string') pairs.push([name.toLowerCase(), value]);
    else for (const each of value) pairs.push([name.toLowerCase(), each]);
  }
  return pairs;
}

/** Cookie names and attributes stay (they say which cookie went where); values, credentials and tokens do not. */
/** Headers whose value is one URL, often relative. */
const URL_HEADERS = new Set(['location', 'content-location', 'referer']);

export function maskHeader(name: string, value: string): string {
  let masked: string;
  if (name === 'cookie') masked = value.split(';').map((pair) => maskCookiePair(pair.trim())).join('; ');
  else if (name === 'set-cookie') masked = [maskCookiePair(value.split(';')[0].trim()), ...value.split(';').slice(1).map((part) => part.trim())].join('; ');
  else if (AUTHORIZATION_HEADERS.has(name)) masked = /^\S+\s/.test(value) ? `${value.split(/\s/)[0]} ${MASK}` : MASK;
  else if (isSecretName(name)) masked = MASK;
  // A redirect's Location is mostly relative, which the masking of URLs in text does not see as a URL.
  else if (URL_HEADERS.has(name)) masked = maskSecrets(maskUrlReference(value));
  else masked = maskSecrets(value);
  const cut = masked.length > HEADER_VALUE_LIMIT ? `${masked.slice(0, HEADER_VALUE_LIMIT)}… (${masked.length - HEADER_VALUE_LIMIT} more characters)` : masked;
  return printable(cut);
}

function maskCookiePair(pair: string): string {
  const equals = pair.indexOf('=');
  return equals < 0 ? pair : `${pair.slice(0, equals)}=${MASK}`;
}

function printable(text: string): string {
  return escapeControlCharacters(text);
}

function duration(ms: number): string {
  return ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function bytes(count: number): string {
  if (count < 1000) return `${count} B`;
  if (count < 1_000_000) return `${(count / 1000).toFixed(1)} kB`;
  return `${(count / 1_000_000).toFixed(1)} MB`;
}
