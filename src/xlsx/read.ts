// .xlsx → rows, without exceljs (its streaming reader corrupts Chinese text split across chunks; its in-memory
// reader expands whole-column validations cell by cell and is far slower — see BENCHMARKS.md).
// The small parts (workbook, relationships) are inflated whole (zip-read.ts, with the zip-bomb guard); the shared
// strings and the worksheet are inflated as streams and scanned as bytes (xml-bytes.ts), so a multi-byte
// character can never be split and the sheet is never held whole. Merges, styles and validations are ignored
// entirely: a merged title row is just a row with one cell; a date is the Excel serial number the cell holds.
//
// Sheet choice: the first worksheet whose name is one of `sheetNames` (compared through `nameKey`), else the
// first visible worksheet, else the first worksheet.
import { XlsxError, corrupt } from './errors.js';
import { SharedStringsScanner, parseRels, parseWorkbook, resolvePart } from './read-parts.js';
import { type ReadRow, type RowSink, SheetScanner } from './read-sheet.js';
import { openZip, type ZipArchive, type ZipLimits } from './zip-read.js';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b]; // 'PK'

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** True when the first bytes look like text (no NUL, no other control bytes than tab/CR/LF). */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  if (n === 0) return true;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) return false;
  }
  return true;
}

/** Refuses what is not a zip before opening it: OLE2 (encrypted workbook or old .xls), text, anything else. */
export function checkXlsxSignature(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE2)) throw new XlsxError('encrypted');
  if (startsWith(bytes, ZIP)) return;
  if (looksLikeText(bytes)) throw new XlsxError('not-xlsx');
  throw corrupt('不是 zip 格式（.xlsx 应以 PK 开头）');
}

/** What a reader refuses: the zip guard's limits and the most rows in one sheet. */
export interface XlsxReadLimits extends ZipLimits {
  maxRows: number;
}

export interface ReadOptions {
  /** Names a sheet may carry to be chosen (e.g. ['supply', '供地备案']); none: the first visible sheet. */
  sheetNames?: readonly string[];
  /** How sheet names are compared (default: exactly). */
  nameKey?: (name: string) => string;
  limits: XlsxReadLimits;
  /** Bytes handed to the scanners at a time (tests use 1–7 to split every tag and character). */
  chunkSize?: number;
}

/** What is known of a workbook before its rows: the sheet chosen and the date system. */
export interface SheetMeta {
  sheet: string;
  date1904: boolean;
}

interface SheetRef { name: string; path: string; hidden: boolean }

async function mainPart(zip: ZipArchive): Promise<string> {
  if (zip.has('_rels/.rels')) {
    for (const r of parseRels(await zip.read('_rels/.rels')).values()) {
      if (r.type.endsWith('/officeDocument')) return resolvePart('', r.target);
    }
  }
  return 'xl/workbook.xml';
}

/**
 * Reads the chosen worksheet of an .xlsx row by row. `sinkFor` gets what is known before the rows (sheet name,
 * date system) and returns where the rows go; each row is handed on as soon as the scanner has it. The shared
 * strings are read first (a cell needs them), the worksheet part is inflated as a stream and never held whole.
 * Throws XlsxError for what is not a readable workbook; errors thrown by the sink pass through unchanged.
 */
export async function readXlsxRows(bytes: Buffer, opts: ReadOptions, sinkFor: (meta: SheetMeta) => RowSink): Promise<SheetMeta> {
  checkXlsxSignature(bytes);
  const zip = await openZip(bytes, opts.limits);
  try {
    const workbookPath = await mainPart(zip);
    if (!zip.has(workbookPath)) throw corrupt(`不是 Excel 工作簿（缺少 ${workbookPath}）`);
    const { sheets, date1904 } = parseWorkbook(await zip.read(workbookPath));
    const slash = workbookPath.lastIndexOf('/');
    const baseDir = slash >= 0 ? workbookPath.slice(0, slash) : '';
    const relsPath = `${baseDir ? baseDir + '/' : ''}_rels/${workbookPath.slice(slash + 1)}.rels`;
    const rels = zip.has(relsPath) ? parseRels(await zip.read(relsPath)) : new Map<string, { type: string; target: string }>();
    const worksheets: SheetRef[] = [];
    for (const sh of sheets) {
      const rel = rels.get(sh.rid);
      if (!rel || !rel.type.endsWith('/worksheet')) continue;
      worksheets.push({ name: sh.name, path: resolvePart(baseDir, rel.target), hidden: sh.hidden });
    }
    const key = opts.nameKey ?? ((s: string) => s);
    const wanted = new Set((opts.sheetNames ?? []).map(key));
    const chosen = worksheets.find((w) => wanted.has(key(w.name))) ?? worksheets.find((w) => !w.hidden) ?? worksheets[0];
    if (!chosen) throw corrupt('工作簿中没有工作表');
    if (!zip.has(chosen.path)) throw corrupt(`缺少工作表“${chosen.name}”的内容（${chosen.path}）`);
    let shared: string[] = [];
    const sharedRel = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'));
    const sharedPath = sharedRel ? resolvePart(baseDir, sharedRel.target) : `${baseDir ? baseDir + '/' : ''}sharedStrings.xml`;
    if (zip.has(sharedPath)) {
      const scanner = new SharedStringsScanner();
      await zip.stream(sharedPath, (chunk) => { scanner.write(chunk); }, opts.chunkSize);
      shared = scanner.end();
    }
    const meta: SheetMeta = { sheet: chosen.name, date1904 };
    const sheet = new SheetScanner(shared, { sheet: chosen.name, limits: opts.limits }, sinkFor(meta));
    await zip.stream(chosen.path, (chunk) => { sheet.write(chunk); return sheet.done; }, opts.chunkSize);
    sheet.end();
    return meta;
  } finally {
    zip.close();
  }
}

/** Reads the chosen worksheet of an .xlsx whole: its meta and all its rows (see readXlsxRows). */
export async function readXlsxSheet(bytes: Buffer, opts: ReadOptions): Promise<SheetMeta & { rows: ReadRow[] }> {
  const rows: ReadRow[] = [];
  const meta = await readXlsxRows(bytes, opts, () => ({ row: (r) => { rows.push(r); } }));
  return { ...meta, rows };
}
