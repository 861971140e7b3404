/**
 * Rows behat-dist and behat-sources: the same generated features through Behat + BrowserKit and
 * through cucumber-mink (installed as compiled dist/, and from this repository's TypeScript
 * sources), whole processes against one `php -S` server, interleaved round by round.
 */
import { missingBehat, runBehat, writeBehatProject } from '../lib/behat';
import { writeConfig } from '../lib/configs';
import { interleave, mb, medianCost, pairedWallRatio, type Variant } from '../lib/interleave';
import { CUCUMBER_BIN, measureProcess, type ProcessCost } from '../lib/processes';
import { ms, ratio, type Row } from '../lib/report';
import { scenariosPerFile, writeFeature } from '../lib/workload';

const DIST_BUDGET = 1.2;
const SOURCES_BUDGET = 1.5;

export async function measureVersusBehat(baseUrl: string, count: number, rounds: number): Promise<{ rows: Row[]; raw: unknown }> {
  const feature = writeFeature(`http-${count}`, count);
  const timeout = 10 * 60_000;
  const cucumber = (name: string, loading: 'mink-compiled' | 'mink-ts-node' | 'bare'): Variant => {
    const config = writeConfig(`versus-${name}`, { loading, paths: [feature], worldParameters: { baseUrl } });
    return { name, run: () => measureProcess([CUCUMBER_BIN, '--config', config], timeout) };
  };
  const behatMissing = missingBehat();
  const variants: Variant[] = [];
  if (!behatMissing) {
    const project = writeBehatProject(`http-${count}`, feature, { baseUrl });
    variants.push({ name: 'behat', run: () => runBehat(project, timeout) });
  }
  variants.push(cucumber('dist', 'mink-compiled'), cucumber('sources', 'mink-ts-node'), cucumber('bare', 'bare'));
  const costs = await interleave(variants, rounds);
  const get = (name: string): ProcessCost[] => costs.get(name) ?? [];
  const dist = medianCost(get('dist'));
  const sources = medianCost(get('sources'));
  const bare = medianCost(get('bare'));
  const figures = (label: string, cost: ProcessCost): string => `${label} ${ms(cost.elapsedMs)}, ${mb(cost.peakRssMb)}`;
  const note =
    `${count} scenarios (${scenariosPerFile() || count} a feature file), serial, whole process, ${rounds} interleaved rounds (median of per-round ratios); ` +
    `${figures('bare cucumber-js with no-op JS steps', bare)}`;

  const row = (name: string, label: string, runs: ProcessCost[], budget: number): Row => {
    const cost = medianCost(runs);
    if (behatMissing) {
      return { row: name, measured: `${figures(label, cost)}; ${behatMissing}`, target: `≤ ${budget}× Behat's wall time`, verdict: 'skipped', note };
    }
    const behat = medianCost(get('behat'));
    const wallRatio = pairedWallRatio(runs, get('behat'));
    return {
      row: name,
      measured: `${figures(label, cost)}; ${figures('Behat 3.15 + BrowserKit', behat)}: **${ratio(wallRatio)}**`,
      target: `≤ ${budget}× Behat's wall time`,
      verdict: wallRatio <= budget ? 'met' : 'not met',
      note,
    };
  };
  return {
    rows: [
      row('behat-dist', 'cucumber-mink installed (dist/)', get('dist'), DIST_BUDGET),
      row('behat-sources', 'cucumber-mink from TypeScript sources (ts-node)', get('sources'), SOURCES_BUDGET),
    ],
    raw: { count, behat: behatMissing ?? 'measured', dist, sources, bare, runs: Object.fromEntries(costs) },
  };
}
