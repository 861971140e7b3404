/** The project's own cucumber-js, as `npx cucumber-js` would run it. */
import fs from 'node:fs';
import path from 'node:path';

export function cucumberBin(cwd: string): string {
  let manifest: string;
  try {
    manifest = require.resolve('@cucumber/cucumber/package.json', { paths: [cwd] });
  } catch {
    throw new Error('@cucumber/cucumber is not installed in this project: `npm install --save-dev @cucumber/cucumber@12`.');
  }
  const { bin } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return path.join(path.dirname(manifest), bin['cucumber-js']);
}
