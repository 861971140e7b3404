/**
 * Row behat-short: the speed issue's own shape. About 1 000 short scenarios (1–7 steps: small static
 * pages, small forms, links, a few uploads and basic-auth pages) through Behat + BrowserKit and
 * through a project made by `cucumber-mink init` with the package installed (dist/), whole
 * processes against one `php -S` server, interleaved round by round. Beside them, the same harness
 * with a plain config and no formatters, which tells what the project's reports add, and cucumber-js
 * alone with steps that do nothing: the floor under any harness built on cucumber-js.
 */
import { BEHAT_BASIC_AUTH_CONTEXT, shortRequestCount, UPLOAD_FILES_DIR, writeShortFeatures } from '../lib/short-workload';
import { missingBehat, runBehat, writeBehatProject } from '../lib/behat';
import { writeConfig } from '../lib/configs';
import { initTestCommand, writeInitProject } from '../lib/init-project';
import { interleave, mb, medianCost, pairedWallRatio } from '../lib/interleave';
import { CUCUMBER_BIN, measureProcess, type ProcessCost } from '../lib/processes';
import { ms, ratio, type Row } from '../lib/report';
import { median } from '../lib/stats';
import { scenariosPerFile } from '../lib/workload';

const BUDGET = 1.2;
const TARGET = `≤ ${BUDGET}× Behat's wall time`;

/**
 * On a quiet machine the two ratios are close (1.95× wall, 2.2× CPU by hand); when they are far apart, other
 * work stretched one side's runs more than the other's and the wall ratio is not to be trusted.
 */
export function loadWarning(wallRatio: number, cpuRatio: number): string {
  const apart = Math.max(wallRatio / cpuRatio, cpuRatio / wallRatio);
  return apart > 1.5 ? ` (wall and CPU ratios ${apart.toFixed(1)}× apart: the machine's load skewed the wall times; measure again on a quiet machine)` : '';
}

export async function measureShortVersusBehat(baseUrl: string, count: number, rounds: number): Promise<{ rows: Row[]; raw: unknown }> {
  const features = writeShortFeatures(`short-${count}`, count);
  const requests = shortRequestCount(count);
  const note =
    `${count} scenarios of 1–7 steps, ${requests} page requests (${(requests / count).toFixed(2)} a scenario: visits, forms, links, uploads, basic auth), ` +
    `${scenariosPerFile() || count} a feature file, serial, whole process against \`php -S\`, ${rounds} interleaved rounds (median of per-round ratios)`;
  const behatMissing = missingBehat();
  if (behatMissing) return { rows: [{ row: 'behat-short', measured: behatMissing, target: TARGET, verdict: 'skipped', note }], raw: { count, behat: behatMissing } };

  const timeout = 10 * 60_000;
  const initProject = writeInitProject(features);
  const plainConfig = writeConfig('short-plain', { loading: 'mink-compiled', paths: [features], worldParameters: { baseUrl, filesPath: UPLOAD_FILES_DIR } });
  const bareConfig = writeConfig('short-bare', { loading: 'bare', paths: [features] });
  const behatProject = writeBehatProject(`short-${count}`, features, { baseUrl, filesPath: UPLOAD_FILES_DIR, context: BEHAT_BASIC_AUTH_CONTEXT });
  const costs = await interleave(
    [
      { name: 'behat', run: () => runBehat(behatProject, timeout) },
      // `npm test` in the project (`cucumber-mink run`): its cucumber.cjs and reports, its BASE_URL and FILES_PATH.
      { name: 'init', run: () => measureProcess(initTestCommand(initProject), timeout, { cwd: initProject, env: { BASE_URL: baseUrl, FILES_PATH: UPLOAD_FILES_DIR } }) },
      // The same harness with a plain config and no formatters (as the behat-dist row runs it): what init's reports and progress line add.
      { name: 'plain', run: () => measureProcess([CUCUMBER_BIN, '--config', plainConfig], timeout) },
      { name: 'bare', run: () => measureProcess([CUCUMBER_BIN, '--config', bareConfig], timeout) },
    ],
    rounds,
  );
  const runs = (name: string): ProcessCost[] => costs.get(name) ?? [];
  const ours = medianCost(runs('init'));
  const behat = medianCost(runs('behat'));
  const plain = medianCost(runs('plain'));
  const bare = medianCost(runs('bare'));
  const wallRatio = pairedWallRatio(runs('init'), runs('behat'));
  // CPU time is less disturbed than wall time by other work on a shared machine (the server's is not in it).
  const cpuRatio = median(runs('init').map((cost, round) => cost.cpuMs / runs('behat')[round].cpuMs));
  const figures = (label: string, cost: ProcessCost): string =>
    `${label} ${ms(cost.elapsedMs)} (${ms(cost.elapsedMs / count)} a scenario, CPU ${ms(cost.cpuMs)}), ${mb(cost.peakRssMb)}`;
  return {
    rows: [
      {
        row: 'behat-short',
        measured: `${figures('cucumber-mink, `init` project, installed (dist/)', ours)}; ${figures('Behat 3.15 + BrowserKit', behat)}: **${ratio(wallRatio)}**`,
        target: TARGET,
        verdict: wallRatio <= BUDGET ? 'met' : 'not met',
        note:
          `${note}; CPU time ${ratio(cpuRatio)} Behat's${loadWarning(wallRatio, cpuRatio)}; ` +
          `the same harness with a plain config and no formatters: ${ms(plain.elapsedMs)}, CPU ${ms(plain.cpuMs)} (${ratio(pairedWallRatio(runs('plain'), runs('behat')))} Behat's wall time); ` +
          `cucumber-js alone, steps that do nothing, no formatters: ${ms(bare.elapsedMs)}, CPU ${ms(bare.cpuMs)} (${ratio(pairedWallRatio(runs('bare'), runs('behat')))} Behat's wall time, ` +
          `the floor under any cucumber-js harness: ${BUDGET}× Behat leaves the harness ${ms(BUDGET * behat.elapsedMs - bare.elapsedMs)} above it, ${ms(ours.elapsedMs - bare.elapsedMs)} now)`,
      },
    ],
    raw: { count, requests, ours, plain, bare, behat, runs: Object.fromEntries(costs) },
  };
}
