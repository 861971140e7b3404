/**
 * The WebDriver endpoint for Behat's Selenium2Driver: chromedriver itself, on a port of its own
 * (never 4444, which the harness would detect). instaclick/php-webdriver opens sessions with the
 * JSON Wire payload (`desiredCapabilities` only), which a Selenium 4 server queues and never
 * matches; chromedriver still accepts it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { accepts, waitUntilListening } from './ports';

export interface WebDriverEndpoint {
  readonly url: string;
  /** The browser binary, for goog:chromeOptions. */
  readonly chromeBinary: string;
  stop(): Promise<void>;
}

export async function startChromedriver(port: number): Promise<WebDriverEndpoint> {
  const chromedriver = process.env.CHROMEDRIVER || '/usr/bin/chromedriver';
  const chromeBinary = process.env.CHROME_BIN || '/usr/bin/chromium';
  for (const [what, file] of [['chromedriver', chromedriver], ['browser', chromeBinary]]) {
    if (!fs.existsSync(file)) throw new Error(`${what} not found at ${file} (Debian: apt-get install chromium chromium-driver; or set CHROMEDRIVER / CHROME_BIN)`);
  }
  if (await accepts(port)) throw new Error(`port ${port} is taken; set BENCH_WEBDRIVER_PORT to a free one`);
  const child = spawn(chromedriver, [`--port=${port}`], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitUntilListening(child, port, 'chromedriver');
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    chromeBinary,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
