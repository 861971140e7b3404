/**
 * Sharding across CI machines: `SHARD=i/n` (or the `shard` setting) runs a deterministic 1/n of the
 * scenarios. The selection is cucumber-js's own (12.x `shard` option): after tag, name and line
 * filters, scenario k (in file order) belongs to shard (k mod n) + 1, so shards are disjoint, their
 * union is the whole run, and their sizes differ by at most one scenario.
 */
import { currentEnvironment, readVariable, SHARD_VARIABLE } from './environment';
import { ConfigError } from './parameters';

interface Shard {
  index: number;
  total: number;
}

/** `i/n` with 1 ≤ i ≤ n, or null for no sharding. `source` names where the value came from. */
export function parseShard(value: string | undefined | null, source: string): Shard | null {
  if (value === undefined || value === null || value.trim() === '') return null;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const total = match ? Number(match[2]) : NaN;
  if (!match || total < 1 || index < 1 || index > total) {
    throw new ConfigError(
      `cucumber-mink configuration: shard (${source}) is "${value}". Write INDEX/TOTAL with 1 ≤ INDEX ≤ TOTAL, e.g. SHARD=2/4 for the second of four machines.`,
    );
  }
  return { index, total };
}

/** The environment variable wins over the setting, as for every other parameter. */
export function resolveShard(setting: string | undefined, env: NodeJS.ProcessEnv = currentEnvironment()): Shard | null {
  const fromEnvironment = readVariable(env, [SHARD_VARIABLE]);
  if (fromEnvironment) return parseShard(fromEnvironment.value, `environment variable ${fromEnvironment.variable}`);
  return parseShard(setting, 'shard setting');
}

/** Folder name of a shard's reports: `shard-2-of-4`. */
export function shardFolder(shard: Shard): string {
  return `shard-${shard.index}-of-${shard.total}`;
}

/** Whether the installed cucumber-js filters by `shard` (older 12.x releases silently ignore the key). */
function cucumberSupportsSharding(): boolean {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const defaults = require('@cucumber/cucumber/lib/configuration/default_configuration') as { DEFAULT_CONFIGURATION: Record<string, unknown> };
    return 'shard' in defaults.DEFAULT_CONFIGURATION;
  } catch {
    return false;
  }
}

export function requireShardingSupport(shard: Shard): void {
  if (!cucumberSupportsSharding()) {
    throw new ConfigError(
      `cucumber-mink configuration: shard ${shard.index}/${shard.total} needs a @cucumber/cucumber that can shard (12.9 does). ` +
        'Update it with `npm install --save-dev @cucumber/cucumber@12`.',
    );
  }
}
