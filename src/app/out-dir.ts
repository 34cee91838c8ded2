// The output folder must exist and be writable before anything is computed into it (outputs.md exit code 2:
// "could not run … Nothing was written"); a path under a file or a read-only folder is a known input problem.
import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { InputError, finding } from '../findings/index.js';

export async function prepareOutDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
    throw new InputError(finding('output-unwritable', { value: `${dir}（${code}）` }));
  }
}
