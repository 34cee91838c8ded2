// A non-throwing look at a folder: which file claims which input kind (the readers' own name rules,
// src/ingest/folder.ts). `status` and the cycle commands must describe a folder in any state — empty, without
// supply, with two files of one kind — where loading the year would stop with exit 2.
import { FEEDBACK_FOLDERS, kindFromFileName } from '../ingest/folder.js';
import { type FolderEntry, entryAt, isFolder, readFolder } from '../ingest/fs-entries.js';
import { normalizeText } from '../ingest/normalize.js';
import { formatOf } from '../ingest/read.js';
import type { InputKind } from '../domain/rows.js';

export interface KindFile { kind: InputKind; name: string; path: string; mtimeMs: number }

export interface FolderListing {
  /** Per kind the readable files claiming it, in name order (more than one = ambiguous). */
  byKind: Map<InputKind, KindFile[]>;
  /** Files inside the returned-feedback subfolders (审核意见/ or feedback/). */
  feedback: { name: string; path: string; mtimeMs: number }[];
}

export const isDirectory = isFolder;

const visible = (name: string): boolean => !name.startsWith('.') && !name.startsWith('~$');

/** The entries of a folder that can be listed; a folder that cannot (no permission, a file) lists as empty:
 *  `status` describes what it finds, and `compute` names the problem when it loads the year. */
function entriesOf(dir: string): FolderEntry[] {
  try {
    return readFolder(dir).filter((e) => visible(e.name));
  } catch {
    return [];
  }
}

/** The names of the readable files in `dir` (none when it cannot be listed). */
export function listedNames(dir: string): string[] {
  return entriesOf(dir).filter((e) => e.type === 'file').map((e) => e.name);
}

export function listFolder(dir: string): FolderListing {
  const byKind = new Map<InputKind, KindFile[]>();
  const feedback: FolderListing['feedback'] = [];
  if (!isDirectory(dir)) return { byKind, feedback };
  for (const entry of entriesOf(dir)) {
    const { name, path } = entry;
    if (entry.type === 'directory') {
      if (!FEEDBACK_FOLDERS.includes(normalizeText(name).toLowerCase())) continue;
      for (const f of entriesOf(path)) {
        if (f.type === 'file') feedback.push({ name: f.name, path: f.path, mtimeMs: f.mtimeMs ?? 0 });
      }
      continue;
    }
    const kind = kindFromFileName(name);
    if (entry.type !== 'file' || kind === null || formatOf(name) === null) continue;
    byKind.set(kind, [...(byKind.get(kind) ?? []), { kind, name, path, mtimeMs: entry.mtimeMs ?? 0 }]);
  }
  return { byKind, feedback };
}

/** The one file of a kind in a folder, or undefined; two claiming it → undefined with `ambiguous`. */
export function fileOfKind(listing: FolderListing, kind: InputKind): { file?: KindFile; ambiguous?: string[] } {
  const list = listing.byKind.get(kind) ?? [];
  if (list.length > 1) return { ambiguous: list.map((f) => f.name) };
  return list[0] ? { file: list[0] } : {};
}

/** Is a file (or the first in a list) present under `dir` with one of these names? */
export function fileIn(dir: string, name: string): { name: string; path: string; mtimeMs: number } | null {
  const entry = entryAt(dir, name);
  return entry.type === 'file' ? { name, path: entry.path, mtimeMs: entry.mtimeMs ?? 0 } : null;
}
