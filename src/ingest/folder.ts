// The year's folder: where it is and which file is which kind (inputs.md: "A file's kind is known from its
// name, English or Chinese, with or without a year in it (`supply.xlsx`, `供地备案.xlsx`, `supply-2025.csv`,
// `2025年供地备案.xlsx`); … refuses (clear error, exit 2) a folder where two files claim one kind").
//
// Name matching: the base name is normalised (NFKC, lower case), years (`2025`, `2025年`, `2025年度`) and
// separators (space - _ . brackets) are removed, and what is left must be exactly a kind's English or
// Chinese name (`start-check` = `start_check` = `StartCheck`). Anything else is reported (file-ignored) and
// not read — so `供地备案(备份).xlsx` is ignored, never a second supply file by surprise.
// Office lock files (`~$…`) and hidden files (`.…`) are skipped silently. The `feedback/` or `审核意见/`
// subfolder holds the cities' returned workbooks: it is noted here and read by ingest/feedback.ts.
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, finding, type Finding } from '../findings/index.js';
import { inputKinds, kindSpecs } from './columns/index.js';
import { fsErrorDetail, isFolder, readFolder } from './fs-entries.js';
import { normalizeText } from './normalize.js';
import { UNSUPPORTED_SPREADSHEETS, formatOf, supportedExtensions } from './read.js';
import type { InputKind } from '../domain/rows.js';

export const FEEDBACK_FOLDERS: readonly string[] = ['feedback', '审核意见'];

const YEARS = /(?:19|20)\d{2}(?:年度|年)?/g;
const SEPARATORS = /[\s\-_.()[\]【】{}]+/g;

function nameKey(text: string): string {
  return normalizeText(text).toLowerCase().replace(YEARS, '').replace(SEPARATORS, '');
}

const kindByKey = new Map<string, InputKind>();
for (const kind of inputKinds) {
  kindByKey.set(nameKey(kindSpecs[kind].names.en), kind);
  kindByKey.set(nameKey(kindSpecs[kind].names.zh), kind);
}

/** The kind a file name claims, or null. */
export function kindFromFileName(name: string): InputKind | null {
  const ext = extname(name);
  return kindByKey.get(nameKey(name.slice(0, name.length - ext.length))) ?? null;
}

export interface FolderFile { kind: InputKind; path: string; name: string }

export interface FolderScan {
  /** One file per kind present, in the kinds' reading order. */
  files: FolderFile[];
  /** The returned city workbooks' subfolder, when there is one. */
  feedbackDir?: string;
  findings: Finding[];
}

export function scanFolder(dir: string): FolderScan {
  const claims = new Map<InputKind, string[]>();
  const findings: Finding[] = [];
  let feedbackDir: string | undefined;
  for (const entry of readFolder(dir)) {
    const { name, path } = entry;
    if (name.startsWith('.') || name.startsWith('~$')) continue;
    const isFeedbackName = FEEDBACK_FOLDERS.includes(normalizeText(name).toLowerCase());
    if (entry.type === 'directory' && isFeedbackName) {
      feedbackDir ??= path;
      continue;
    }
    if (isFeedbackName) {
      // 审核意见 that is a file or a broken link: the cities' answers cannot be read; say so, go on without them.
      findings.push(finding('feedback-folder-unreadable', { file: name }, { params: { detail: entry.detail ?? fsErrorDetail({ code: 'ENOTDIR' }) } }));
      continue;
    }
    const kind = kindFromFileName(name);
    const ext = extname(name).toLowerCase();
    if (kind === null || (formatOf(name) === null && !UNSUPPORTED_SPREADSHEETS.includes(ext))) {
      // An unrelated entry, even one that cannot be read or whose name is not valid UTF-8, never stops the run;
      // other subfolders are the user's own business.
      if (entry.type !== 'directory') findings.push(finding('file-ignored', { file: name }));
      continue;
    }
    if (entry.type !== 'file') {
      // A name that claims an input kind but is no readable regular file (a folder, a broken or looping link, a
      // device, a pipe) would make the year silently shorter: stop and name it.
      const detail = entry.type === 'directory' ? fsErrorDetail({ code: 'EISDIR' }) : entry.detail ?? '不是普通文件';
      throw new InputError(finding('file-unreadable', { file: name }, { params: { detail } }));
    }
    claims.set(kind, [...(claims.get(kind) ?? []), name]);
  }
  const files: FolderFile[] = [];
  for (const kind of inputKinds) {
    const names = claims.get(kind);
    if (!names) continue;
    const spec = kindSpecs[kind];
    if (names.length > 1) {
      throw new InputError(finding('kind-ambiguous', { file: names.join('、') }, { params: { kind: `${spec.names.zh}（${spec.names.en}）`, detail: names.join('、') } }));
    }
    const name = names[0]!;
    if (formatOf(name) === null) {
      throw new InputError(finding('file-format-unsupported', { file: name, value: extname(name), expected: supportedExtensions }));
    }
    files.push({ kind, path: join(dir, name), name });
  }
  if (!claims.has('supply')) throw new InputError(finding('supply-missing', { file: dir }));
  return { files, ...(feedbackDir !== undefined ? { feedbackDir } : {}), findings };
}

/** The package root: this file is two levels below it (src/ingest/folder.ts, dist/ingest/folder.js). */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const isDir = isFolder;

export type DataOrigin = 'option' | 'cwd' | 'samples';

/** `--data DIR` (must exist), else `<cwd>/data/<year>`, else the bundled `samples/<year>` (inputs.md).
 *  `root` is the package root holding `samples/` (a parameter for tests). */
export function locateDataDir(year: number, data?: string, cwd: string = process.cwd(), root: string = packageRoot): { dir: string; origin: DataOrigin } {
  if (data !== undefined) {
    const dir = resolve(cwd, data);
    if (!isDir(dir)) throw new InputError(finding('folder-missing', { file: dir }, { params: { detail: dir } }));
    return { dir, origin: 'option' };
  }
  const local = join(cwd, 'data', String(year));
  if (isDir(local)) return { dir: local, origin: 'cwd' };
  const bundled = join(root, 'samples', String(year));
  if (isDir(bundled)) return { dir: bundled, origin: 'samples' };
  throw new InputError(finding('folder-missing', { file: local }, { params: { detail: `${local}（也没有自带样例 samples/${year}）` } }));
}
