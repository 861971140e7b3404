/**
 * A failure's stack trace ends with the user's own frames: the harness's frames (this package's
 * support and steps code, and the WebDriver and HTTP clients under it) say nothing to a reader of a
 * red step, who wants the line of their feature's step file that failed. cucumber-js already leaves
 * out its own frames. And a failure never carries the run's secrets into the output or the reports.
 */
import path from 'node:path';
import { maskErrorSecrets } from './config/mask';

const PACKAGE_ROOT = path.resolve(__dirname, '..');
const HARNESS_FOLDERS = ['support', 'steps'].map((folder) => path.join(PACKAGE_ROOT, folder) + path.sep);
const HARNESS_PACKAGES = /[\\/]node_modules[\\/](?:selenium-webdriver|undici|parse5|css-select|tough-cookie)[\\/]/;
const FRAME = /^\s+at /;

function isHarnessFrame(line: string): boolean {
  return HARNESS_FOLDERS.some((folder) => line.includes(folder)) || HARNESS_PACKAGES.test(line) || line.includes('node:internal');
}

/** The error, its stack without the harness's frames (the message is kept whole). */
export function withoutHarnessFrames<E>(error: E): E {
  if (!(error instanceof Error) || typeof error.stack !== 'string') return error;
  const lines = error.stack.split('\n');
  const firstFrame = lines.findIndex((line) => FRAME.test(line));
  if (firstFrame < 0) return error;
  const frames = lines.slice(firstFrame).filter((line) => !isHarnessFrame(line));
  error.stack = [...lines.slice(0, firstFrame), ...frames].join('\n');
  return error;
}

type Code = (this: unknown, ...args: unknown[]) => unknown;

/** What a failure shows: the user's frames only, the run's secrets masked (config/mask.ts). */
function forReport<E>(error: E): E {
  return withoutHarnessFrames(maskErrorSecrets(error));
}

/** For cucumber's setDefinitionFunctionWrapper: every step and hook fails with the user's frames only, secrets masked. */
export function trimHarnessFrames(code: Code): Code {
  return function (this: unknown, ...args: unknown[]) {
    let result: unknown;
    try {
      result = code.apply(this, args);
    } catch (error) {
      throw forReport(error);
    }
    if (result instanceof Promise) return result.catch((error: unknown) => Promise.reject(forReport(error)));
    return result;
  };
}
