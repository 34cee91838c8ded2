// Reads a generated sample folder back with exceljs and plain CSV parsing (csv-parse) — deliberately not with
// the project's ingest readers, so these tests check the generator on its own.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSampleArgs, type SampleArgs } from '../../tools/samples/cli.js';
import type { SampleManifest } from '../../tools/samples/manifest.js';
import { cellText } from '../helpers/cell-text.js';

export type Row = Record<string, string>;

export interface FileData {
  header: string[];
  /** Data rows by header, every cell as text ('' when empty); `row` is the spreadsheet row number. */
  rows: (Row & { __row: string })[];
  /** xlsx only: every cell's value as exceljs reads it, for exact comparisons. */
  cells?: unknown[][];
  sheetNames?: string[];
  merges?: string[];
}

export async function readManifest(dir: string): Promise<SampleManifest> {
  return JSON.parse(await readFile(join(dir, 'MANIFEST.json'), 'utf8')) as SampleManifest;
}

export function decode(bytes: Buffer, encoding: string): string {
  if (encoding === 'gbk') return iconv.decode(bytes, 'gbk');
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

export async function readFileData(dir: string, file: SampleManifest['files'][number]): Promise<FileData> {
  const path = join(dir, file.file);
  if (file.format === 'csv') {
    const records: string[][] = parse(decode(await readFile(path), file.encoding), { relax_column_count: false });
    const [header = [], ...body] = records;
    return {
      header,
      rows: body.map((r, i) => Object.assign(Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])), { __row: String(i + 2) })),
    };
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = file.sheet ? wb.getWorksheet(file.sheet)! : wb.worksheets[0]!;
  const raw: unknown[][] = [];
  const columns = ws.columnCount; // a getter that scans every row: read it once
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values: unknown[] = [];
    for (let c = 1; c <= columns; c++) values.push(row.getCell(c).value ?? null);
    raw[n - 1] = values;
  });
  const cells = Array.from(raw, (values) => (values ?? []).map((v) => (v instanceof Date ? v.toISOString() : v)));
  const header = (raw[file.headerRow - 1] ?? []).map(cellText);
  const rows: FileData['rows'] = [];
  for (let r = file.headerRow; r < raw.length; r++) {
    const values = raw[r] ?? [];
    rows.push(Object.assign(Object.fromEntries(header.map((h, j) => [h, cellText(values[j])])), { __row: String(r + 1) }));
  }
  return { header, rows, cells, sheetNames: wb.worksheets.map((w) => w.name), merges: [...(ws.model as { merges?: string[] }).merges ?? []] };
}

export interface Sample {
  dir: string;
  manifest: SampleManifest;
  files: Map<string, FileData>;
}

export async function readSample(dir: string): Promise<Sample> {
  const manifest = await readManifest(dir);
  const files = new Map<string, FileData>();
  for (const f of manifest.files) files.set(f.kind, await readFileData(dir, f));
  return { dir, manifest, files };
}

export function rowsOf(s: Sample, kind: string): FileData['rows'] {
  const f = s.files.get(kind);
  if (!f) throw new Error(`no ${kind} file`);
  return f.rows;
}

/** Every sheet of a workbook: name, merges and each cell's value and number format (for exact comparisons). */
export async function xlsxSnapshot(path: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return {
    creator: wb.creator,
    created: wb.created?.toISOString(),
    modified: wb.modified?.toISOString(),
    sheets: wb.worksheets.map((ws) => {
      const rows: unknown[] = [];
      ws.eachRow({ includeEmpty: true }, (row, n) => {
        const cells: unknown[] = [];
        row.eachCell({ includeEmpty: true }, (cell) => {
          const v = cell.value;
          cells.push([v instanceof Date ? v.toISOString() : v ?? null, cell.numFmt ?? null]);
        });
        rows[n - 1] = cells;
      });
      return { name: ws.name, merges: (ws.model as { merges?: string[] }).merges ?? [], rows };
    }),
  };
}

/** The generator's options for a sample folder, parsed from the command its manifest records (`regenerate`). */
export function recordedOptions(manifest: SampleManifest): Omit<SampleArgs, 'outDir'> {
  const [command, args] = manifest.regenerate.split(' -- ');
  if (command !== 'npm run samples' || args === undefined) throw new Error(`not a samples command: ${manifest.regenerate}`);
  const { outDir: _unused, ...options } = parseSampleArgs(args.split(' '), '/');
  return options;
}

/**
 * A folder's files, subfolders included (named `sub/file`): CSV/JSON/Markdown as bytes, xlsx as cell snapshots plus
 * a hash of the bytes.
 */
export async function folderSnapshot(dir: string): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  for (const name of (await filesUnder(dir)).sort()) {
    const path = join(dir, name);
    const bytes = await readFile(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // xlsx: the cells first (a readable difference), then the bytes (fixed zip timestamps: same bytes too).
    out.set(name, name.endsWith('.xlsx') ? { cells: await xlsxSnapshot(path), sha256 } : bytes.toString('base64'));
  }
  return out;
}

/** Every file below `dir`, as paths relative to it with '/' between folders. */
export async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...await filesUnder(dir, name));
    else out.push(name);
  }
  return out;
}
