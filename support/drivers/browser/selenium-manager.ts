/**
 * Selenium Manager, the finder that selenium-webdriver ships (bin/{linux,macos,windows}/): asked for
 * a browser and the driver that matches it when the local search found no pair. It finds installed
 * browsers where each system keeps them, and drivers on PATH or in its cache (~/.cache/selenium);
 * online, it downloads a missing driver into that cache. It never downloads a browser here
 * (`--avoid-browser-download`) and never sends usage statistics (`--avoid-stats`).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import type { BrowserName, SeleniumManagerMode } from '../../config/browser';
import { seleniumManagerEnvironment } from '../../config/environment';
import { SELENIUM_MANAGER_TIMEOUT_MS } from '../../config/timeouts';

export interface SeleniumManagerOptions {
  /** The executable: selenium-webdriver's own for this system by default. */
  binary: string;
  /** `online` may download a driver; `offline` only finds; `off` never runs it. */
  mode: SeleniumManagerMode;
  /** Its cache folder; `null`: its default (~/.cache/selenium). */
  cachePath: string | null;
  /** Milliseconds before it is stopped and its answer given up (default SELENIUM_MANAGER_TIMEOUT_MS). */
  timeoutMs?: number;
}

export type SeleniumManagerAnswer =
  | { readonly found: true; readonly driverPath: string; readonly browserPath: string | null }
  | { readonly found: false; readonly problem: string };

/** selenium-webdriver's Selenium Manager for `platform`. */
export function bundledSeleniumManager(platform: NodeJS.Platform): string {
  const folder = platform === 'darwin' ? 'macos' : platform === 'win32' ? 'windows' : 'linux';
  const binary = platform === 'win32' ? 'selenium-manager.exe' : 'selenium-manager';
  return path.join(path.dirname(require.resolve('selenium-webdriver/package.json')), 'bin', folder, binary);
}

/** The command line: `--browser-path` names a browser already found, so the driver matches its version. */
export function seleniumManagerArguments(browser: BrowserName, browserPath: string | null, options: SeleniumManagerOptions): string[] {
  const args = ['--browser', browser, '--output', 'json', '--avoid-stats', '--avoid-browser-download'];
  if (browserPath) args.push('--browser-path', browserPath);
  if (options.cachePath) args.push('--cache-path', options.cachePath);
  if (options.mode === 'offline') args.push('--offline');
  return args;
}

interface JsonOutput {
  result?: { code?: unknown; message?: unknown; driver_path?: unknown; browser_path?: unknown };
}

function firstLine(text: string): string {
  return text.trim().split('\n', 1)[0] ?? '';
}

/** Its `--output json` answer, or what went wrong, in one line. */
function readAnswer(stdout: string, stderr: string, failure: (Error & { code?: unknown; killed?: boolean }) | null, timeoutMs: number): SeleniumManagerAnswer {
  if (failure?.killed) return { found: false, problem: `no answer within ${timeoutMs / 1000} s` };
  if (failure && typeof failure.code === 'string') return { found: false, problem: `could not run it (${failure.code})` };
  let output: JsonOutput | null = null;
  try {
    output = JSON.parse(stdout) as JsonOutput;
  } catch {
    output = null;
  }
  const result = output?.result;
  if (!result) {
    const status = failure && typeof failure.code === 'number' ? `exited with status ${failure.code}` : 'answered no JSON';
    const detail = firstLine(stderr) || firstLine(stdout);
    return { found: false, problem: detail ? `${status}: ${detail}` : status };
  }
  const driverPath = typeof result.driver_path === 'string' ? result.driver_path : '';
  if (result.code !== 0 || !driverPath) {
    const message = typeof result.message === 'string' && result.message.trim() ? firstLine(result.message) : 'no driver found';
    return { found: false, problem: message };
  }
  const browserPath = typeof result.browser_path === 'string' && result.browser_path ? result.browser_path : null;
  return { found: true, driverPath, browserPath };
}

/** Asks Selenium Manager for `browser` (the one at `browserPath`, when known) and its driver. Never throws. */
export function askSeleniumManager(browser: BrowserName, browserPath: string | null, options: SeleniumManagerOptions): Promise<SeleniumManagerAnswer> {
  const timeoutMs = options.timeoutMs ?? SELENIUM_MANAGER_TIMEOUT_MS;
  return new Promise((resolve) => {
    execFile(
      options.binary,
      seleniumManagerArguments(browser, browserPath, options),
      { env: seleniumManagerEnvironment(), timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024, windowsHide: true },
      (failure, stdout, stderr) => resolve(readAnswer(String(stdout), String(stderr), failure, timeoutMs)),
    );
  });
}
