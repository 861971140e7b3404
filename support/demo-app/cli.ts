/**
 * Serves the demo app until the process is stopped:
 *   node -r ./support/typescript-hook.cjs support/demo-app/cli.ts [--port N] [--host H]
 */
import { startDemoApp } from './index';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<void> {
  const portText = option('port') ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, got "${portText}"`);
  }
  const app = await startDemoApp({ port, host: option('host') });
  console.log(app.url);
  const stop = (): void => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
