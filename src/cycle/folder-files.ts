// A non-throwing look at a folder: which file claims which input kind (the readers' own name rules,
// src/ingest/folder.ts). `status` and the cycle commands must describe a folder in any state — empty, without
// supply, with two files of one kind — where loading the year would stop with exit 2.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FEEDBACK_FOLDERS, kindFromFileName } from '../ingest/folder.js';
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

export function isDirectory(path: string): boolean { return existsSync(path) && statSync(path).isDirectory(); }

const visible = (name: string): boolean => !name.startsWith('.') && !name.startsWith('~$');
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function listFolder(dir: string): FolderListing {
  const byKind = new Map<InputKind, KindFile[]>();
  const feedback: FolderListing['feedback'] = [];
  if (!isDirectory(dir)) return { byKind, feedback };
  for (const name of readdirSync(dir).filter(visible).sort(byName)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) {
      if (!FEEDBACK_FOLDERS.includes(normalizeText(name).toLowerCase())) continue;
      for (const f of readdirSync(path).filter(visible).sort(byName)) {
        const fp = join(path, f);
        const fst = statSync(fp);
        if (fst.isFile()) feedback.push({ name: f, path: fp, mtimeMs: fst.mtimeMs });
      }
      continue;
    }
    const kind = kindFromFileName(name);
    if (!st.isFile() || kind === null || formatOf(name) === null) continue;
    byKind.set(kind, [...(byKind.get(kind) ?? []), { kind, name, path, mtimeMs: st.mtimeMs }]);
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
  const path = join(dir, name);
  return existsSync(path) && statSync(path).isFile() ? { name, path, mtimeMs: statSync(path).mtimeMs } : null;
}
