/**
 * The Node options of the cucumber-js processes `cucumber-mink run` starts: the user's NODE_OPTIONS,
 * plus what a run gains from and cannot set for itself (Node reads these only when it starts).
 *
 * - V8's thread pool (`--v8-pool-size`, Node's default 4) sized to leave the machine a core: V8
 *   optimises hot code and collects garbage on those threads, which on a small machine (a 2-core CI
 *   runner) take the cores from the application under test and its server; measured on 1 000 short
 *   scenarios against `php -S` on 2 cores, one pool thread made the whole run 0.90× the time at 0.98×
 *   the CPU (bench/RESULTS.md), and changed nothing on browser scenarios. One core a process, less one,
 *   at most Node's 4.
 * - For shards, V8's young generation at 4 MB a semi-space instead of Node's 16: with N processes at
 *   once memory counts N times (20–26 MB less a process, the same time). A serial run caps it itself
 *   (support/young-generation.ts).
 *
 * An option the user gave Node is left as it is.
 */
import os from 'node:os';
import { userSetYoungGeneration } from '../young-generation';

const NODE_POOL_DEFAULT = 4;
const YOUNG_GENERATION_FLAG = '--max-semi-space-size=4';

/** Pool threads for each of `processes` runs on `cores` cores: a core each, less one, from 1 to Node's 4. */
export function v8PoolSize(cores: number, processes: number): number {
  return Math.max(1, Math.min(NODE_POOL_DEFAULT, Math.floor(cores / processes) - 1));
}

/** The pool size option, spelt with dashes or underscores (Node takes either), quoted or not. */
const V8_POOL_OPTION = /--v8[-_]pool[-_]size\b/;

export interface RunNodeOptions {
  /** How many cucumber-js processes run at once. */
  readonly processes: number;
  readonly cores?: number;
}

export function runNodeOptions(nodeOptions: string | undefined, { processes, cores = os.availableParallelism() }: RunNodeOptions): string {
  const given = nodeOptions?.trim() ?? '';
  const added: string[] = [];
  if (!V8_POOL_OPTION.test(given)) added.push(`--v8-pool-size=${v8PoolSize(cores, processes)}`);
  if (processes > 1 && !(given && userSetYoungGeneration([], given))) added.push(YOUNG_GENERATION_FLAG);
  return [given, ...added].filter(Boolean).join(' ');
}
