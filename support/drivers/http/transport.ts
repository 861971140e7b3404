/**
 * The two parts of undici the driver uses: a connection-pooling Agent and the `request` API.
 * undici's main entry also loads fetch, WebSocket, EventSource, the cache and mock layers (about
 * 0.15 s of every run's start); these modules are the same code that entry re-exports.
 */
import type { Agent as UndiciAgent, Dispatcher } from 'undici';
import { setFlagsFromString } from 'node:v8';

/**
 * undici parses HTTP with llhttp compiled to WebAssembly, whose parser is one very large function.
 * V8 recompiles a hot WebAssembly function with its optimising compiler once it has run a "tiering
 * budget" (default 1.8 million units, spent within the first few responses): for llhttp that is about
 * 0.3 s of CPU and 35 MB, and the process waits for the compile to finish before it exits. A run of a
 * few scenarios pays all of it and gains nothing; a thousand-scenario run was as fast without it.
 * A budget a thousand times larger defers the compile to runs long enough to use it. Only the speed of
 * WebAssembly changes, and a tiering flag the user gave node is left alone (node refuses these flags
 * in NODE_OPTIONS, so its command line is the only place to look).
 */
export function parserTieringFlag(nodeFlags: readonly string[]): string | null {
  if (nodeFlags.some((flag) => /wasm-tiering-budget|liftoff|wasm-tier-up|wasm-dynamic-tiering/.test(flag))) return null;
  return '--wasm-tiering-budget=1800000000';
}

const tieringFlag = parserTieringFlag(process.execArgv);
if (tieringFlag) setFlagsFromString(tieringFlag);

/* eslint-disable @typescript-eslint/no-require-imports */
const AgentClass = require('undici/lib/dispatcher/agent') as typeof UndiciAgent;
const requestOnDispatcher = require('undici/lib/api/api-request') as (
  this: Dispatcher,
  options: Dispatcher.RequestOptions,
) => Promise<Dispatcher.ResponseData>;
/* eslint-enable @typescript-eslint/no-require-imports */

export const Agent = AgentClass;
export type Agent = UndiciAgent;

type RequestOptions = Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { dispatcher: Dispatcher };

/** undici's `request(url, options)`: the URL split into origin and path, sent through `dispatcher`. */
export function request(url: string | URL, options: RequestOptions): Promise<Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = options;
  const target = typeof url === 'string' ? new URL(url) : url;
  return requestOnDispatcher.call(dispatcher, { ...rest, origin: target.origin, path: target.pathname + target.search });
}
