/**
 * One measuring process: loads each suite's support code once, then runs the rounds
 * (floor replay, then every suite, back to back) and writes the timings as JSON.
 *   node -r ./support/typescript-hook.cjs bench/cucumber-runner.ts <spec.json>
 */
import fs from 'node:fs';
import { loadConfiguration, loadSupport, runCucumber, type IConfiguration, type IRunOptions, type ISupportCodeLibrary } from '@cucumber/cucumber/api';
import { replayFloor } from './lib/floor';
import { TimingCollector, type RunTimings } from './lib/run-messages';

export interface SuiteSpec {
  name: string;
  paths: string[];
  require: string[];
  requireModule: string[];
  worldParameters: Record<string, unknown>;
  tags?: string;
  /** Rounds this suite takes part in; fewer than the others for slow suites. Default: all. */
  rounds?: number;
}

export interface RunnerSpec {
  /** When set, each round starts with the bare-undici replay of `floorCount` scenarios. */
  floorBaseUrl?: string;
  floorCount?: number;
  suites: SuiteSpec[];
  /** Unmeasured rounds first: module compilation, JIT and connection set-up are not the steady state. */
  warmupRounds: number;
  rounds: number;
  output: string;
}

export interface SuiteResult {
  runsMs: number[];
  ok: boolean[];
  timings: RunTimings;
}

export interface RunnerResult {
  floorMs: number[];
  suites: Record<string, SuiteResult>;
  maxRssMb: number;
}

const supportLibraries = new Map<string, ISupportCodeLibrary>();

async function prepare(suite: SuiteSpec): Promise<IRunOptions> {
  const { runConfiguration } = await loadConfiguration({
    file: false,
    provided: {
      paths: suite.paths,
      require: suite.require,
      requireModule: suite.requireModule,
      // Built from JSON, so already a JsonObject; the spec keeps the looser type for its writers.
      worldParameters: suite.worldParameters as IConfiguration['worldParameters'],
      tags: suite.tags ?? '',
      format: [],
    },
  });
  // Node loads a module once: a second loadSupport of the same files would find no steps, so
  // suites that share their support files share one library.
  const key = JSON.stringify([suite.require, suite.requireModule]);
  let support = supportLibraries.get(key);
  if (!support) {
    support = await loadSupport(runConfiguration);
    supportLibraries.set(key, support);
  }
  return { ...runConfiguration, support };
}

async function runSuite(options: IRunOptions, result: SuiteResult, measured: boolean): Promise<void> {
  const collector = new TimingCollector();
  const started = performance.now();
  const outcome = await runCucumber(options, undefined, measured ? collector.onMessage : undefined);
  const elapsed = performance.now() - started;
  if (!measured) return;
  result.runsMs.push(elapsed);
  result.ok.push(outcome.success);
  for (const [kind, values] of Object.entries(collector.timings.steps)) (result.timings.steps[kind] ??= []).push(...values);
  result.timings.scenarios.push(...collector.timings.scenarios);
  result.timings.beforeHooks.push(...collector.timings.beforeHooks);
  if (result.timings.failures.length === 0) result.timings.failures.push(...collector.timings.failures);
}

async function main(): Promise<void> {
  const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as RunnerSpec;
  const prepared = new Map<string, IRunOptions>();
  for (const suite of spec.suites) prepared.set(suite.name, await prepare(suite));
  const result: RunnerResult = { floorMs: [], suites: {}, maxRssMb: 0 };
  for (const suite of spec.suites) {
    result.suites[suite.name] = { runsMs: [], ok: [], timings: { steps: {}, scenarios: [], beforeHooks: [], failures: [] } };
  }

  for (let round = 0; round < spec.warmupRounds + spec.rounds; round += 1) {
    const measured = round >= spec.warmupRounds;
    if (spec.floorBaseUrl !== undefined) {
      const elapsed = await replayFloor(spec.floorBaseUrl, spec.floorCount ?? 1);
      if (measured) result.floorMs.push(elapsed);
    }
    for (const suite of spec.suites) {
      const rounds = suite.rounds ?? spec.rounds;
      if (measured && round - spec.warmupRounds >= rounds) continue;
      await runSuite(prepared.get(suite.name) as IRunOptions, result.suites[suite.name], measured);
    }
  }
  result.maxRssMb = process.resourceUsage().maxRSS / 1024;
  fs.writeFileSync(spec.output, JSON.stringify(result));
}

main().then(
  // A leftover keep-alive socket or browser handle must not keep the measurement open.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
