/**
 * The part of undici the driver uses, its one-connection `Client`, and the dispatcher that keeps a
 * Client per origin (OriginClients); requests go through it with exchange-handler.ts. undici's main
 * entry also loads fetch, WebSocket, EventSource, the cache and mock layers (about 0.15 s of every
 * run's start); this module is the same code that entry re-exports.
 */
import type { Client as UndiciClient, Dispatcher } from 'undici';
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

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ClientClass = require('undici/lib/dispatcher/client') as typeof UndiciClient;

/**
 * One undici Client (one connection, opened again when needed) per origin, kept when the server
 * closes the connection. undici's Agent closes an origin's Client at every disconnect and makes a
 * new one for the next request: against a server that closes each connection after its answer
 * (`php -S`, many test servers) that was a new Client, its listeners and a ClientDestroyedError for
 * every request. The driver sends one request at a time, so one connection per origin is always the
 * warm one.
 */
export class OriginClients {
  private readonly clients = new Map<string, UndiciClient>();

  constructor(private readonly options: UndiciClient.Options) {}

  /** The Dispatcher method undici's `request` calls. */
  dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    const origin = String(options.origin);
    let client = this.clients.get(origin);
    if (!client || client.destroyed || client.closed) {
      client = new ClientClass(origin, this.options);
      this.clients.set(origin, client);
    }
    return client.dispatch(options, handler);
  }

  /** Drops every connection at once: a graceful close would wait for a request that never ends. */
  async destroy(): Promise<void> {
    const clients = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(clients.map((client) => client.destroy()));
  }
}
