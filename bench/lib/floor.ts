/**
 * The physical floor: the scenario's HTTP request sequence replayed with bare undici on one
 * keep-alive connection, bodies read in full but never parsed, no cucumber.
 */
import { Agent, request } from 'undici';
import { scenarioValues, textFormBody } from './workload';

async function fetchBody(agent: Agent, url: string, init: { method: 'GET' | 'POST'; body?: string; contentType?: string }): Promise<number> {
  const response = await request(url, {
    dispatcher: agent,
    method: init.method,
    body: init.body,
    headers: init.contentType ? { 'content-type': init.contentType } : undefined,
  });
  await response.body.arrayBuffer();
  return response.statusCode;
}

/** Replays N scenarios and returns the elapsed milliseconds. */
export async function replayFloor(baseUrl: string, count: number): Promise<number> {
  const agent = new Agent({ keepAliveTimeout: 10_000, connections: 1 });
  try {
    const started = performance.now();
    for (let index = 1; index <= count; index += 1) {
      await fetchBody(agent, `${baseUrl}/forms/text`, { method: 'GET' });
      await fetchBody(agent, `${baseUrl}/echo`, {
        method: 'POST',
        body: textFormBody(scenarioValues(index)),
        contentType: 'application/x-www-form-urlencoded',
      });
      const status = await fetchBody(agent, `${baseUrl}/`, { method: 'GET' });
      if (status !== 200) throw new Error(`Floor replay: GET / answered ${status}`);
    }
    return performance.now() - started;
  } finally {
    await agent.close();
  }
}
