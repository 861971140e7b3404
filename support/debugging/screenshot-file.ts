/** The file "I save a screenshot to" writes: relative to the working directory, its folders made as needed. */
import fs from 'node:fs';
import path from 'node:path';

export function writeScreenshotFile(file: string, png: Buffer): void {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, png);
}
