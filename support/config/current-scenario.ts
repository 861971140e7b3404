/**
 * The scenario this process is running, for what a driver names after it: a browser session started
 * for a scenario is called by that scenario's name on a grid (`se:name`). Set by the Before hook;
 * `null` outside a run (a driver used on its own).
 */
let current: string | null = null;

export function noteCurrentScenario(name: string | null): void {
  current = name;
}

export function currentScenarioName(): string | null {
  return current;
}
