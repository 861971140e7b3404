/**
 * The harness's cost per request, without cucumber: the generated scenario driven through the
 * Session API (the calls its steps make) against the demo app, beside the same requests sent with
 * bare undici (bench/lib/floor.ts), round after round in one process.
 *   node -r ./support/typescript-hook.cjs bench/session-cost.ts
 *
 * Environment: BENCH_N (scenarios a round, default 1000), BENCH_ROUNDS (default 7, after one warm-up
 * round), BENCH_URL (a server already running with the demo app's workload pages, such as `php -S`
 * with bench/fixtures/router.php, instead of the demo app in this process), BENCH_BASELINE (another checkout of the project, e.g. `git archive` of an earlier commit
 * with a node_modules link: its Session runs as a third variant in the same rounds, so a change is
 * measured interleaved against what it replaced).
 *
 * Prints, per variant, the paired median of (variant / floor) per round, and per step kind the median
 * microseconds above the floor's matching request (visit, press and follow each send one request).
 */
import path from 'node:path';
import { Agent, request } from 'undici';
import type { Session as SessionType } from '../support/session/session';
import type { WebAssert as WebAssertType } from '../support/session/assertions';
import type { HttpDriver as HttpDriverType } from '../support/drivers/http';
import { startDemoServer } from './lib/processes';
import { median } from './lib/stats';
import { scenarioValues, textFormBody } from './lib/workload';

type StepKind = 'visit' | 'fill' | 'press' | 'see' | 'follow' | 'status';
const REQUEST_KINDS = ['visit', 'press', 'follow'] as const;

interface Variant {
  readonly name: string;
  /** One round of N scenarios; per-step microseconds are added to `steps`. */
  run(count: number, steps: Record<string, number[]>): Promise<number>;
}

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] || fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

function floorVariant(baseUrl: string): Variant {
  const agent = new Agent({ keepAliveTimeout: 10_000, connections: 1 });
  const fetchBody = async (url: string, method: 'GET' | 'POST', body?: string): Promise<number> => {
    const response = await request(url, {
      dispatcher: agent,
      method,
      body,
      headers: body === undefined ? undefined : { 'content-type': 'application/x-www-form-urlencoded' },
    });
    await response.body.arrayBuffer();
    return response.statusCode;
  };
  return {
    name: 'floor',
    async run(count, steps) {
      const started = performance.now();
      for (let index = 1; index <= count; index += 1) {
        let at = performance.now();
        const lap = (kind: StepKind): void => {
          const now = performance.now();
          (steps[kind] ??= []).push((now - at) * 1000);
          at = now;
        };
        await fetchBody(`${baseUrl}/forms/text`, 'GET');
        lap('visit');
        await fetchBody(`${baseUrl}/echo`, 'POST', textFormBody(scenarioValues(index)));
        lap('press');
        if ((await fetchBody(`${baseUrl}/`, 'GET')) !== 200) throw new Error('floor: GET / did not answer 200');
        lap('follow');
      }
      return performance.now() - started;
    },
  };
}

/** The Session, WebAssert and HttpDriver of the project checked out at `root`. */
function sessionVariant(name: string, root: string, baseUrl: string): Variant {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { Session } = require(path.join(root, 'support/session/session')) as { Session: typeof SessionType };
  const { WebAssert } = require(path.join(root, 'support/session/assertions')) as { WebAssert: typeof WebAssertType };
  const { HttpDriver } = require(path.join(root, 'support/drivers/http')) as { HttpDriver: typeof HttpDriverType };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const session = new Session('default', new HttpDriver(), { baseUrl, filesPath: root, waitTimeout: 5 });
  const assert = new WebAssert(session);
  return {
    name,
    async run(count, steps) {
      const started = performance.now();
      for (let index = 1; index <= count; index += 1) {
        const { name: fullName, email } = scenarioValues(index);
        await session.reset();
        let at = performance.now();
        const lap = (kind: StepKind): void => {
          const now = performance.now();
          (steps[kind] ??= []).push((now - at) * 1000);
          at = now;
        };
        await session.visit('/forms/text');
        lap('visit');
        await session.fillField('Full name', fullName);
        await session.fillField('Email address', email);
        lap('fill');
        await session.pressButton('Send');
        lap('press');
        await assert.pageTextContains(`name = ${fullName}`);
        lap('see');
        await session.clickLink('Demo index');
        lap('follow');
        await assert.statusCodeEquals(200);
        lap('status');
      }
      return performance.now() - started;
    },
  };
}

async function main(): Promise<void> {
  const count = numberFromEnv('BENCH_N', 1000);
  const rounds = numberFromEnv('BENCH_ROUNDS', 7);
  // BENCH_URL: another server with the same pages (e.g. `php -S` with bench/fixtures/router.php, which closes every connection).
  const server = process.env.BENCH_URL ? { url: process.env.BENCH_URL, stop: async () => undefined } : await startDemoServer();
  try {
    const variants: Variant[] = [floorVariant(server.url), sessionVariant('harness', path.resolve(__dirname, '..'), server.url)];
    const baseline = process.env.BENCH_BASELINE;
    if (baseline) variants.push(sessionVariant('baseline', path.resolve(baseline), server.url));
    const totals = new Map<string, number[]>(variants.map((variant) => [variant.name, []]));
    const steps = new Map<string, Record<string, number[]>>(variants.map((variant) => [variant.name, {}]));
    for (let round = 0; round <= rounds; round += 1) {
      for (const variant of variants) {
        const roundSteps: Record<string, number[]> = {};
        const elapsed = await variant.run(count, roundSteps);
        if (round === 0) continue;
        totals.get(variant.name)?.push(elapsed);
        const kept = steps.get(variant.name) as Record<string, number[]>;
        for (const [kind, values] of Object.entries(roundSteps)) (kept[kind] ??= []).push(median(values));
      }
    }
    const floor = totals.get('floor') as number[];
    const floorSteps = steps.get('floor') as Record<string, number[]>;
    for (const variant of variants) {
      const runs = totals.get(variant.name) as number[];
      const ratio = median(runs.map((elapsed, index) => elapsed / floor[index]));
      const perScenario = median(runs.map((elapsed, index) => ((elapsed - floor[index]) / count) * 1000));
      const kept = steps.get(variant.name) as Record<string, number[]>;
      const stepText = Object.entries(kept)
        .map(([kind, values]) => {
          const above = (REQUEST_KINDS as readonly string[]).includes(kind) && variant.name !== 'floor'
            ? ` (+${median(values.map((value, index) => value - floorSteps[kind][index])).toFixed(0)} over floor)`
            : '';
          return `${kind} ${median(values).toFixed(0)} µs${above}`;
        })
        .join(', ');
      process.stdout.write(
        `${variant.name.padEnd(8)} ${ratio.toFixed(2)}× floor, +${perScenario.toFixed(0)} µs a scenario (median ${median(runs).toFixed(0)} ms a round)\n         ${stepText}\n`,
      );
    }
    const baselineRuns = totals.get('baseline');
    if (baselineRuns) {
      const harness = totals.get('harness') as number[];
      process.stdout.write(`harness / baseline: ${median(harness.map((elapsed, index) => elapsed / baselineRuns[index])).toFixed(3)} (paired, ${rounds} rounds)\n`);
    }
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
