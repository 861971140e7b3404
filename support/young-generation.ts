/**
 * A cap on V8's young generation for the whole run: 4 MB a semi-space, where Node lets it grow to
 * 16 MB. A scenario keeps its page, its parsed document and its exchanges alive across a few
 * scavenges, so V8 doubles the young generation up to its limit; the larger one does not make the run
 * faster (measured in bench/RESULTS.md: the same CPU) but costs 20–25 MB of peak memory, and as much
 * again in every shard or worker. `--max-semi-space-size` is read only when Node starts, so a run
 * started as `npx cucumber-js` cannot give it to itself. V8 reads its growth factor at each growth
 * instead: a factor of 1 stops the young generation where it is (see capYoungGeneration).
 *
 * A young-generation option the user gave Node (command line or NODE_OPTIONS) is left as it is.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import { nodeOptions } from './config/environment';

/** Both semi-spaces of the young generation at the cap (V8 reports them together). */
const CAPPED_NEW_SPACE_BYTES = 2 * 4 * 1024 * 1024;
/**
 * Growth stops from half the cap: Node reports a collection a turn or two of the event loop after it,
 * so a growth V8 decides meanwhile (a busy stretch, a worker thread's start) doubles at most to the
 * cap. A long synchronous stretch can still pass it.
 */
const STOP_GROWING_AT_BYTES = CAPPED_NEW_SPACE_BYTES / 2;

const YOUNG_GENERATION_OPTION = /--(max|min)[-_]semi[-_]space[-_]size|--max[-_]new[-_]space[-_]size|--max[-_]heap[-_]size|--semi[-_]space[-_]growth[-_]factor/;

/** Whether the user sized the young generation (or the whole heap, which sizes it) on Node's command line or in NODE_OPTIONS. */
export function userSetYoungGeneration(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return execArgv.some((flag) => YOUNG_GENERATION_OPTION.test(flag)) || YOUNG_GENERATION_OPTION.test(nodeOptions ?? '');
}

function newSpaceBytes(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

/**
 * After every garbage collection: growth stops (factor 1) from half the cap and is allowed again
 * below it (V8's 2), because V8 shrinks an idle young generation, which must be able to grow back,
 * and a new isolate (a worker thread) puts the process-wide factor back to 2.
 */
export function capYoungGeneration(): void {
  if (userSetYoungGeneration(process.execArgv, nodeOptions())) return;
  let factor = 2;
  const steer = (): void => {
    const wanted = newSpaceBytes() >= STOP_GROWING_AT_BYTES ? 1 : 2;
    // Set on every collection at the cap: a worker thread's start may have put V8's factor back.
    if (wanted === 1 || wanted !== factor) setFlagsFromString(`--semi-space-growth-factor=${wanted}`);
    factor = wanted;
  };
  steer();
  new PerformanceObserver(steer).observe({ entryTypes: ['gc'] });
  // A new isolate raises V8's factor when its heap is set up: taken back as soon as its thread runs.
  process.on('worker', (worker: Worker) => worker.once('online', steer).once('exit', steer));
}

