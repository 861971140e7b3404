/**
 * Row cold-start: one scenario as a whole process. The headline is a project exactly as
 * `cucumber-mink init` writes it against bare cucumber-js with plain JS no-op steps; the other
 * ways of loading the harness, and Behat when assembled, are reported beside it.
 */
import { missingBehat, runBehat, writeBehatProject } from '../lib/behat';
import { writeConfig, type Loading } from '../lib/configs';
import { initTestCommand, writeInitProject } from '../lib/init-project';
import { interleave, mb, medianCost, signedMb, type Variant } from '../lib/interleave';
import { CUCUMBER_BIN, measureProcess, type ProcessCost } from '../lib/processes';
import { ms, signedMs, type Row } from '../lib/report';
import { writeFeature } from '../lib/workload';

const LOADINGS: ReadonlyArray<{ loading: Loading; label: string }> = [
  { loading: 'mink-ts-node', label: 'harness from TypeScript sources (ts-node, as this repository runs)' },
  { loading: 'mink-compiled', label: 'harness compiled (dist/), plain JS project steps and config' },
  { loading: 'mink-compiled+user-ts', label: 'harness compiled (dist/), ts-node only for TypeScript project steps' },
];

const BUDGET_MS = 300;
const BUDGET_MB = 40;

export async function measureColdStart(baseUrl: string, rounds: number): Promise<{ rows: Row[]; raw: unknown }> {
  const feature = writeFeature('one', 1);
  const timeout = 120_000;
  const bareConfig = writeConfig('cold-bare', { loading: 'bare', paths: [feature] });
  const initProject = writeInitProject(feature);
  const variants: Variant[] = [
    { name: 'bare', run: () => measureProcess([CUCUMBER_BIN, '--config', bareConfig], timeout) },
    // `npx cucumber-js` in the project: its cucumber.cjs, its BASE_URL.
    // `npm test` in the project (`cucumber-mink run`, npm's own start left out).
    { name: 'init', run: () => measureProcess(initTestCommand(initProject), timeout, { cwd: initProject, env: { BASE_URL: baseUrl } }) },
    ...LOADINGS.map(({ loading }) => {
      const config = writeConfig(`cold-${loading}`, { loading, paths: [feature], worldParameters: { baseUrl } });
      return { name: loading, run: () => measureProcess([CUCUMBER_BIN, '--config', config], timeout) };
    }),
  ];
  const behatMissing = missingBehat();
  if (!behatMissing) {
    const project = writeBehatProject('cold', feature, { baseUrl });
    variants.push({ name: 'behat', run: () => runBehat(project, timeout) });
  }

  const costs = await interleave(variants, rounds);
  const medians = new Map([...costs].map(([name, list]) => [name, medianCost(list)]));
  const bare = medians.get('bare') as ProcessCost;
  const init = medians.get('init') as ProcessCost;
  const extraMs = init.elapsedMs - bare.elapsedMs;
  const extraMb = init.peakRssMb - bare.peakRssMb;
  const rows: Row[] = [
    {
      row: 'cold-start',
      measured:
        `project made by \`init\` (TypeScript config and steps, dist/ installed): ${ms(init.elapsedMs)}, ${mb(init.peakRssMb)}; ` +
        `bare cucumber-js, JS no-op steps: ${ms(bare.elapsedMs)}, ${mb(bare.peakRssMb)}: **${signedMs(extraMs)}, ${signedMb(extraMb)}**`,
      target: `≤ +${BUDGET_MS / 1000} s and ≤ +${BUDGET_MB} MB`,
      verdict: extraMs <= BUDGET_MS && extraMb <= BUDGET_MB ? 'met' : 'not met',
      note: `one scenario, whole process, ${rounds} interleaved rounds, medians; peak RSS by GNU time`,
    },
    ...LOADINGS.map(({ loading, label }): Row => {
      const cost = medians.get(loading) as ProcessCost;
      return {
        row: `cold-start (${loading})`,
        measured: `${label}: ${ms(cost.elapsedMs)}, ${mb(cost.peakRssMb)}: ${signedMs(cost.elapsedMs - bare.elapsedMs)}, ${signedMb(cost.peakRssMb - bare.peakRssMb)}`,
        target: 'report',
        verdict: 'report',
      };
    }),
  ];
  const behat = medians.get('behat');
  rows.push(
    behat
      ? { row: 'cold-start (Behat)', measured: `Behat 3.15 + BrowserKit, same scenario: ${ms(behat.elapsedMs)}, ${mb(behat.peakRssMb)}`, target: 'report', verdict: 'report' }
      : { row: 'cold-start (Behat)', measured: behatMissing as string, target: 'report', verdict: 'skipped' },
  );
  return { rows, raw: Object.fromEntries(costs) };
}
