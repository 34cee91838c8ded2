// The data folder as the file system gives it (docs/bad-input.md "文件系统"): folders and files arrive by mail,
// USB stick and network share, so a folder may be unreadable, a name may be a broken or looping link, a device or
// a pipe, and a file name may not even be valid UTF-8. Every such thing is either a named, readable reason to stop
// (exit 2) or a file that is passed over with a note — never an exception the CLI would call its own bug.
import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, finding } from '../findings/index.js';

/** What a system error means to the person who put the files there (Chinese, with what to do). */
export function fsErrorDetail(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM': return '没有读取权限：请检查文件或文件夹的访问权限（或复制到本机后重试）';
    case 'ELOOP': return '符号链接循环（链接指向它自己）：请换成真正的文件';
    case 'ENOENT': return '文件不存在，或链接指向的文件已不存在：请换成真正的文件';
    case 'ENOTDIR': return '这里应是文件夹，实际是文件';
    case 'EISDIR': return '这里应是文件，实际是文件夹';
    case 'EIO': return '读写错误（磁盘、U 盘或网络共享故障）：请把文件复制到本机后重试';
    case 'EMFILE':
    case 'ENFILE': return '同时打开的文件过多：请稍后重试';
    case 'ENAMETOOLONG': return '路径过长：请把数据放到较短的路径下';
    case 'EBUSY': return '文件正被其他程序占用：请关闭后重试';
    default: return `系统无法读取（${code ?? '未知原因'}）`;
  }
}

export type EntryType = 'file' | 'directory' | 'other' | 'broken';

export interface FolderEntry {
  name: string;
  path: string;
  /** After following links: a regular file, a folder, anything else (device, pipe, socket), or not reachable. */
  type: EntryType;
  /** Why a `broken` or `other` entry cannot be read (Chinese). */
  detail?: string;
  size?: number;
  mtimeMs?: number;
}

function describeOther(entry: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (entry.isFIFO()) return '不是普通文件（是管道）：请换成真正的文件';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return '不是普通文件（是设备）：请换成真正的文件';
  if (entry.isSocket()) return '不是普通文件（是套接字）：请换成真正的文件';
  return '不是普通文件：请换成真正的文件';
}

/** The entries of a folder, links followed, in code-unit order; `shownAs` names the folder in a stop message. */
export function readFolder(dir: string, shownAs: string = dir): FolderEntry[] {
  let dirents: Dirent[];
  try {
    dirents = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw new InputError(finding('folder-unreadable', { file: shownAs }, { params: { detail: fsErrorDetail(err) } }));
  }
  const names = dirents.map((d) => d.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => entryAt(dir, name));
}

/** One entry of `dir`, its links followed. */
export function entryAt(dir: string, name: string): FolderEntry {
  const path = join(dir, name);
  try {
    const st = statSync(path);
    if (st.isFile()) return { name, path, type: 'file', size: st.size, mtimeMs: st.mtimeMs };
    if (st.isDirectory()) return { name, path, type: 'directory', mtimeMs: st.mtimeMs };
    return { name, path, type: 'other', detail: describeOther(st) };
  } catch (err) {
    return { name, path, type: 'broken', detail: fsErrorDetail(err) };
  }
}

/** Is `path` a folder that can be listed? (false for a file, a broken link, or nothing there) */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
