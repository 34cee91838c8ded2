import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** The package root: this file is two levels below it (src/cli or dist/cli). */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const toolVersion: string = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
