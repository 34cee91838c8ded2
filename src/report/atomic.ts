// Atomic writes (outputs.md "Outputs are written atomically … an interrupted run leaves either the previous file
// or the new one, never half of one"): write a temporary file in the same directory, flush it, then rename it over
// the target. rename(2) within one file system is atomic. Reusable by every writer of the tool.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError, finding } from '../findings/index.js';

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
  await writeFileSet([{ file, produce }]);
}

/** A file's content: text, bytes, or bytes in pieces written one after the other. */
export type FileContent = Buffer | string | readonly Buffer[];

export interface OutputFile {
  file: string;
  /** Produced before anything of the set touches the disk. */
  produce: FileContent | (() => Promise<FileContent>);
}

/**
 * Writes the outputs of one run as a set (outputs.md: an interrupted run leaves the previous outputs or the new
 * ones): every content is produced first — a failure there writes nothing, and an interrupted render leaves no
 * temporary file behind — then the files go to their temporary names side by side (the disk's waits overlap), and
 * only when all are on disk are they renamed into place. On any failure every write is let end, then every temporary
 * file is removed.
 */
export async function writeFileSet(files: readonly OutputFile[]): Promise<void> {
  const contents: FileContent[] = [];
  for (const f of files) contents.push(typeof f.produce === 'function' ? await f.produce() : f.produce);
  const temps = files.map((f) => tempNameFor(f.file));
  try {
    for (const dir of new Set(files.map((f) => dirname(f.file)))) await mkdir(dir, { recursive: true });
    await ended(files.map((_, i) => writeFlushed(temps[i]!, contents[i]!)));
    for (const [i, f] of files.entries()) await rename(temps[i]!, f.file);
  } catch (err) {
    await Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
    throw unwritable(err, files);
  }
}

/** Resolves once every write has ended; rejects with the first failure (in the set's order) once they all have. */
async function ended(writes: readonly Promise<void>[]): Promise<void> {
  const settled = await Promise.allSettled(writes);
  const failed = settled.find((w): w is PromiseRejectedResult => w.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
}

/** Writes a new file (never an existing one) and flushes it to the disk. */
async function writeFlushed(file: string, content: FileContent): Promise<void> {
  const fh = await open(file, 'wx');
  try {
    // writeFile on a handle writes from the current position: the pieces one after the other
    if (Array.isArray(content)) for (const piece of content as readonly Buffer[]) await fh.writeFile(piece);
    else await fh.writeFile(content as Buffer | string);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Codes of a file system that will not take the outputs (full, read-only, no permission, failing): the user's
 *  situation, reported as one line (exit 2) — not a bug of landlink. */
const UNWRITABLE: Record<string, string> = {
  ENOSPC: '磁盘空间不足', EDQUOT: '磁盘配额已满', EROFS: '只读的磁盘', EACCES: '没有写入权限', EPERM: '没有写入权限',
  EIO: '读写错误', ENAMETOOLONG: '路径过长', ENOTDIR: '路径中有同名文件', EISDIR: '输出文件名被文件夹占用', EEXIST: '临时文件已存在', EBUSY: '文件正被其他程序占用',
};

function unwritable(err: unknown, files: readonly OutputFile[]): unknown {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const why = code === undefined ? undefined : UNWRITABLE[code];
  if (why === undefined) return err;
  const where = files.length === 1 ? files[0]!.file : dirname(files[0]!.file);
  return new InputError(finding('output-unwritable', { value: `${where}（${why}，${code}）` }));
}
