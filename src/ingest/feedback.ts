// The cities' returned review workbooks (inputs.md "feedback — 审核意见"; 浙土资发〔2017〕19号 四、1), read from the
// feedback folder (<data>/feedback/ or <data>/审核意见/). Each .xlsx is read with the ingest room's xlsx reader
// (zip-bomb guard, no exceljs) and checked against the fingerprint that `extract` stored in it
// (src/review-workbook/read.ts). Problems are findings, never exceptions: an unreadable file, another year or
// city, edits outside the opinion columns, unknown opinions, two workbooks for one city.
import { pushAll } from '../domain/push-all.js';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError, finding } from '../findings/index.js';
import type { Finding } from '../findings/types.js';
import { cityOpinions } from '../domain/vocabulary.js';
import type { ManifestCell } from '../review-workbook/manifest.js';
import { readBackReviewWorkbook, type SheetReader } from '../review-workbook/read.js';
import { type FolderEntry, fsErrorDetail, readFolder } from './fs-entries.js';
import { defaultReadLimits, type ReadLimits } from './limits.js';
import { matchTerm, textKey } from './normalize.js';
import { isCellError, type RawRow } from './table.js';
import type { CityFeedback } from '../domain/rows.js';
import type { InputFileInfo } from './types.js';
import { readXlsxTable } from './xlsx.js';

export interface FeedbackRead {
  feedback: CityFeedback[];
  findings: Finding[];
  /** One entry per workbook read (for the plan's 参数 sheet: name, rows, SHA-256). */
  files: InputFileInfo[];
}

function toCells(rows: readonly RawRow[]): ManifestCell[][] {
  const out: ManifestCell[][] = [];
  for (const r of rows) out[r.row - 1] = r.cells.map((c) => (c === undefined ? null : isCellError(c) ? c.error : c));
  for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = [];
  return out;
}

function sheetReader(bytes: Buffer, file: string, limits: ReadLimits): SheetReader {
  return async (name) => {
    const table = await readXlsxTable(bytes, file, [name], limits);
    return table.sheet !== undefined && textKey(table.sheet) === textKey(name) ? toCells(table.rows) : null;
  };
}

function skipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

/**
 * Reads every returned workbook in `dir` (the feedback folder itself) for `year`. A city with two workbooks gets
 * neither (finding); a rejected workbook leaves its city without feedback (compute then says 未反馈).
 */
export async function readFeedback(dir: string, year: number, limits: ReadLimits = defaultReadLimits): Promise<FeedbackRead> {
  const folder = basename(dir);
  const findings: Finding[] = [];
  let listed: FolderEntry[];
  try {
    listed = readFolder(dir, folder);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    findings.push(finding('feedback-folder-unreadable', { file: folder }, { params: { detail: String(err.finding.params?.detail ?? '') } }));
    return { feedback: [], findings, files: [] };
  }
  const entries: string[] = [];
  for (const e of listed) {
    if (skipped(e.name) || e.type === 'directory') continue;
    // A returned workbook that is a broken link, a device or a pipe is named, like any unreadable workbook.
    if (e.type !== 'file') findings.push(finding('file-unreadable', { file: `${folder}/${e.name}` }, { params: { detail: e.detail ?? '不是普通文件' } }));
    else entries.push(e.name);
  }
  const accepted: CityFeedback[] = [];
  const files: InputFileInfo[] = [];
  for (const name of entries) {
    const file = `${folder}/${name}`;
    if (!/\.xlsx$/i.test(name)) {
      findings.push(finding('feedback-file-ignored', { file }));
      continue;
    }
    const path = join(dir, name);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (err) {
      findings.push(finding('file-unreadable', { file }, { params: { detail: fsErrorDetail(err) } }));
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    try {
      const read = await readBackReviewWorkbook({ file, fileCityCode: /^(\d{6})(?!\d)/.exec(name)?.[1] ?? null, year, readSheet: sheetReader(bytes, file, limits), opinionOf: (text) => matchTerm(cityOpinions, text) });
      pushAll(findings, read.findings);
      files.push({ kind: 'feedback', path, name: file, encoding: 'xlsx', rows: read.feedback?.opinions.length ?? 0, sha256 });
      if (read.feedback) accepted.push(read.feedback);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      findings.push({ ...err.finding, location: { ...err.finding.location, file } });
      files.push({ kind: 'feedback', path, name: file, encoding: 'xlsx', rows: 0, sha256 });
    }
  }
  const byCity = new Map<string, CityFeedback[]>();
  for (const f of accepted) byCity.set(f.cityCode, [...(byCity.get(f.cityCode) ?? []), f]);
  const feedback: CityFeedback[] = [];
  for (const [city, list] of byCity) {
    if (list.length === 1) { feedback.push(list[0]!); continue; }
    findings.push(finding('feedback-city-duplicate', { file: list[0]!.file, value: city }, { params: { detail: list.map((f) => f.file).join('、') } }));
  }
  feedback.sort((a, b) => (a.cityCode < b.cityCode ? -1 : a.cityCode > b.cityCode ? 1 : 0));
  return { feedback, findings, files };
}
