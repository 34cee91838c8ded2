// The package root (the folder holding package.json) seen from a tool's module. The tools run from their
// TypeScript source (tools/…, under vitest) and compiled (build/tools/…, `npm run samples` / `npm run bench`),
// at different depths, so the root is found by walking up rather than by a fixed '../..'.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(moduleUrl: string): string {
  const start = dirname(fileURLToPath(moduleUrl));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}
