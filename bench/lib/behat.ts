/**
 * The PHP reference the bench compares against: Behat 3.15 + MinkExtension + BrowserKit (and
 * Selenium2Driver for @javascript), assembled outside this repository, run on the same generated
 * features against the same `php -S` server.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { measureProcess, type ProcessCost } from './processes';
import { WORK_DIR } from './workload';

/** Where assemble.sh puts Behat unless told otherwise. */
export const DEFAULT_BEHAT_REFERENCE = '/tmp/behat-reference';
export const ASSEMBLE_HINT =
  'run ../shared/tools/behat-reference/assemble.sh MIRRORS_DIR (see "Assembling Behat" in bench/RESULTS.md), or set BEHAT_REFERENCE';

export function behatReference(): string {
  return process.env.BEHAT_REFERENCE || DEFAULT_BEHAT_REFERENCE;
}

export function behatLauncher(): string {
  return path.join(behatReference(), 'bin-behat');
}

/** PHP's command-line binary, or null when this machine has none. */
export function phpBinary(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v php'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || null;
  } catch {
    return null;
  }
}

/** Why Behat cannot run here, in the words a bench row prints; null when it can. */
export function missingBehat(): string | null {
  if (!phpBinary()) return `PHP not installed (Debian: apt-get install php-cli), so no Behat reference: ${ASSEMBLE_HINT}`;
  if (!fs.existsSync(behatLauncher())) return `Behat reference not assembled at ${behatReference()}: ${ASSEMBLE_HINT}`;
  return null;
}

export interface BehatProjectOptions {
  readonly baseUrl: string;
  /** The WebDriver endpoint @javascript scenarios go to, and the browser it starts. */
  readonly webDriver?: { readonly url: string; readonly chromeBinary: string };
  /** MinkExtension's files_path: where "attach the file" names are looked up. */
  readonly filesPath?: string;
  /** A project context class in place of MinkContext (written to features/bootstrap/, which Behat autoloads). */
  readonly context?: { readonly name: string; readonly php: string };
}

/** A Behat project over a copy of a generated features folder: behat.yml with MinkContext, BrowserKit and Selenium2. */
export function writeBehatProject(name: string, featuresDir: string, options: BehatProjectOptions): string {
  const dir = path.join(WORK_DIR, 'behat', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(featuresDir, path.join(dir, 'features'), { recursive: true });
  if (options.context) {
    fs.mkdirSync(path.join(dir, 'features', 'bootstrap'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'features', 'bootstrap', `${options.context.name}.php`), options.context.php);
  }
  const context = options.context?.name ?? 'Behat\\MinkExtension\\Context\\MinkContext';
  const filesPath = options.filesPath ? `\n      files_path: ${options.filesPath}` : '';
  const selenium = options.webDriver
    ? `
      javascript_session: selenium2
      browser_name: chrome
      sessions:
        browserkit:
          browserkit_http: ~
        selenium2:
          selenium2:
            wd_host: ${options.webDriver.url}
            browser: chrome
            capabilities:
              extra_capabilities:
                goog:chromeOptions:
                  binary: ${options.webDriver.chromeBinary}
                  args: [--headless=new, --no-sandbox, --disable-gpu, --disable-dev-shm-usage]`
    : `
      sessions:
        browserkit:
          browserkit_http: ~`;
  fs.writeFileSync(
    path.join(dir, 'behat.yml'),
    `default:
  suites:
    default:
      paths: ['%paths.base%/features']
      contexts: [${context}]
  extensions:
    Behat\\MinkExtension:
      base_url: ${options.baseUrl}${filesPath}
      default_session: browserkit${selenium}
`,
  );
  return dir;
}

/** One whole Behat run of a project written by writeBehatProject (with `failureAllowed`, failing scenarios are reported, not thrown). */
export function runBehat(projectDir: string, timeoutMs: number, failureAllowed = false): Promise<ProcessCost> {
  return measureProcess([behatLauncher(), '--no-colors', '--format', 'progress'], timeoutMs, {
    command: phpBinary() ?? 'php',
    cwd: projectDir,
    failureAllowed,
  });
}
