/**
 * Where the installed package lives. The CLI runs from dist/support/cli in a package and from
 * support/cli in a checkout, so the depth differs: walk up to our own package.json instead.
 */
import fs from 'node:fs';
import path from 'node:path';

const PACKAGE_NAME = 'cucumber-mink';

export function packageRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${PACKAGE_NAME}: cannot find its own package.json above ${from}`);
    dir = parent;
  }
}

function readPackageName(manifest: string): string | undefined {
  try {
    return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}

export function packageVersion(): string {
  const manifest = path.join(packageRoot(), 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}
