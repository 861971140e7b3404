/**
 * A file generated from the step definitions and checked in (docs/steps.md, editor/cucumber-mink.steps.js):
 * `--check` only compares, and exits 1 when it is out of date; otherwise the file is written when it
 * differs. What was done goes to stderr, so a build's stdout stays its own (`npm pack --json` reads it).
 */
import fs from 'node:fs';
import path from 'node:path';

export function writeOrCheck(file: string, expected: string, command: string): void {
  const name = path.relative(path.join(__dirname, '..'), file);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (current === expected) {
    console.error(`${name} is up to date.`);
  } else if (process.argv.includes('--check')) {
    console.error(`${name} is out of date: run \`${command}\` and commit the result.`);
    process.exit(1);
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, expected);
    console.error(`${name} written.`);
  }
}

/** Runs a generator's main function as a script: an error is printed and the process exits 1. */
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
