// Atomic writes (outputs.md "Outputs are written atomically … an interrupted run leaves either the previous file
// or the new one, never half of one"): write a temporary file in the same directory, flush it, then rename it over
// the target. rename(2) within one file system is atomic. Reusable by every writer of the tool.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The temporary name used next to `file` while it is written (hidden, unique per call). */
export function tempNameFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes `file` atomically with the content `produce` returns (produced before anything touches the disk, so a
 * failing producer leaves no trace). Creates the directory when needed. On any failure the temporary file is
 * removed and the previous `file`, if any, is left intact.
 */
export async function writeFileAtomic(file: string, produce: Buffer | string | (() => Promise<Buffer | string>)): Promise<void> {
  const data = typeof produce === 'function' ? await produce() : produce;
  await mkdir(dirname(file), { recursive: true });
  const tmp = tempNameFor(file);
  try {
    const fh = await open(tmp, 'wx');
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}
