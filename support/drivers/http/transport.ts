/**
 * The two parts of undici the driver uses: a connection-pooling Agent and the `request` API.
 * undici's main entry also loads fetch, WebSocket, EventSource, the cache and mock layers (about
 * 0.15 s of every run's start); these modules are the same code that entry re-exports.
 */
import type { Agent as UndiciAgent, Dispatcher } from 'undici';

/* eslint-disable @typescript-eslint/no-require-imports */
const AgentClass = require('undici/lib/dispatcher/agent') as typeof UndiciAgent;
const requestOnDispatcher = require('undici/lib/api/api-request') as (
  this: Dispatcher,
  options: Dispatcher.RequestOptions,
) => Promise<Dispatcher.ResponseData>;
/* eslint-enable @typescript-eslint/no-require-imports */

export const Agent = AgentClass;
export type Agent = UndiciAgent;

export type RequestOptions = Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { dispatcher: Dispatcher };

/** undici's `request(url, options)`: the URL split into origin and path, sent through `dispatcher`. */
export function request(url: string, options: RequestOptions): Promise<Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = options;
  const target = new URL(url);
  return requestOnDispatcher.call(dispatcher, { ...rest, origin: target.origin, path: target.pathname + target.search });
}
