/**
 * `cucumber-mink demo [--port N] [--host H]`: serve the embedded demo app (the default target while
 * BASE_URL is unset) from a command line. The one way to start it as a process of its own; the
 * bench uses it too. Its first line names the address.
 */
import { startDemoApp } from '../demo-app';

interface DemoOptions {
  port: number;
  host?: string;
}

/** Resolves once the app has stopped (Ctrl-C or a kill). */
export async function serveDemo(options: DemoOptions, log: (line: string) => void): Promise<void> {
  const app = await startDemoApp({ port: options.port, host: options.host });
  log(`cucumber-mink demo app: ${app.url} (Ctrl-C stops it)`);
  log(`Point a project at it with BASE_URL=${app.url}`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await app.close();
}
