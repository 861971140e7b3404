/**
 * A cap on V8's young generation for the whole run: 4 MB a semi-space, where Node lets it grow to
 * 16 MB. A scenario keeps its page, its parsed document and its exchanges alive across a few
 * scavenges, so V8 doubles the young generation up to its limit; the larger one does not make the run
 * faster (measured in bench/RESULTS.md: the same CPU) but costs 20–25 MB of peak memory, and as much
 * again in every shard or worker. `--max-semi-space-size` is read only when Node starts, so a run
 * started as `npx cucumber-js` cannot give it to itself. V8 reads its growth factor at each growth
 * instead: once the young generation has reached the cap, a factor of 1 stops it there.
 *
 * A young-generation option the user gave Node (command line or NODE_OPTIONS) is left as it is.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** Both semi-spaces of the young generation at the cap (V8 reports them together). */
const CAPPED_NEW_SPACE_BYTES = 2 * 4 * 1024 * 1024;

const YOUNG_GENERATION_OPTION = /--(max|min)[-_]semi[-_]space[-_]size|--max[-_]new[-_]space[-_]size|--semi[-_]space[-_]growth[-_]factor/;

export function userSetYoungGeneration(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return execArgv.some((flag) => YOUNG_GENERATION_OPTION.test(flag)) || YOUNG_GENERATION_OPTION.test(nodeOptions ?? '');
}

function newSpaceBytes(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

/** After each garbage collection until the cap is reached: a growth beyond it then does not happen. */
export function capYoungGeneration(): void {
  if (userSetYoungGeneration(process.execArgv, process.env.NODE_OPTIONS)) return;
  const stopGrowing = (): boolean => {
    if (newSpaceBytes() < CAPPED_NEW_SPACE_BYTES) return false;
    setFlagsFromString('--semi-space-growth-factor=1');
    return true;
  };
  if (stopGrowing()) return;
  const observer = new PerformanceObserver(() => {
    if (stopGrowing()) observer.disconnect();
  });
  observer.observe({ entryTypes: ['gc'] });
}

capYoungGeneration();
