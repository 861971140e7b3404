/** Row parallel: the HTTP suite as a whole process, serial vs `--parallel 2`. */
import { CUCUMBER_BIN, timeProcess } from '../lib/processes';
import { ms, ratio, type Row } from '../lib/report';
import { median, pairedRatio } from '../lib/stats';
import { writeConfig } from '../lib/configs';
import { writeFeature } from '../lib/workload';

export async function measureParallel(baseUrl: string, count: number, rounds: number): Promise<{ rows: Row[]; raw: unknown }> {
  const feature = writeFeature(`http-${count}`, count);
  // Compiled harness: each worker would otherwise pay ts-node's start-up again.
  const config = writeConfig('parallel', { loading: 'mink-compiled', paths: [feature], worldParameters: { baseUrl } });
  const serial: number[] = [];
  const parallel: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    serial.push(await timeProcess([CUCUMBER_BIN, '--config', config], 600_000));
    parallel.push(await timeProcess([CUCUMBER_BIN, '--config', config, '--parallel', '2'], 600_000));
  }
  const speedup = pairedRatio(serial, parallel);
  return {
    rows: [
      {
        row: 'parallel',
        measured: `serial ${ms(median(serial))}, --parallel 2 ${ms(median(parallel))} (${count} scenarios, whole process): **${ratio(speedup)}**`,
        target: '≥ 1.7×',
        verdict: speedup >= 1.7 ? 'met' : 'not met',
      },
    ],
    raw: { serial, parallel },
  };
}
