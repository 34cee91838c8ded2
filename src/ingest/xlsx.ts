// .xlsx → Table, without exceljs (dependencies.md: its streaming reader corrupts Chinese text split across
// chunks; its in-memory reader expands whole-column validations cell by cell and is ~10× slower).
// The small parts (workbook, relationships) are inflated whole (zip.ts, with the zip-bomb guard); the shared
// strings and the worksheet are inflated as streams and scanned as bytes (xml-bytes.ts), so a multi-byte
// character can never be split and the sheet is never held whole. Merges, styles and validations are ignored entirely: a merged
// title row is just a row with one cell; a number in a date column is an Excel serial (dates.ts).
//
// Sheet choice (inputs.md): the worksheet named after the kind (English or Chinese, compared after
// normalisation, any case), else the first visible worksheet, else the first worksheet.
import { InputError, finding } from '../findings/index.js';
import type { ReadLimits } from './limits.js';
import { textKey } from './normalize.js';
import type { Table } from './table.js';
import { type RawRowSink, type TableMeta, collectTable } from './row-sink.js';
import { SharedStringsScanner, parseRels, parseWorkbook, resolvePart } from './xlsx-parts.js';
import { SheetScanner } from './xlsx-sheet.js';
import { corrupt, openZip, type ZipArchive } from './zip.js';

export { parseSharedStrings } from './xlsx-parts.js';
export { columnIndex, parseSheet } from './xlsx-sheet.js';

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
export function checkXlsxSignature(bytes: Uint8Array, file: string): void {
  if (startsWith(bytes, OLE2)) throw new InputError(finding('file-encrypted', { file }));
  if (startsWith(bytes, ZIP)) return;
  if (looksLikeText(bytes)) throw new InputError(finding('file-not-xlsx', { file }));
  throw corrupt(file, '不是 zip 格式（.xlsx 应以 PK 开头）');
}

interface SheetRef { name: string; path: string; hidden: boolean }

async function readText(zip: ZipArchive, name: string): Promise<string> {
  return (await zip.read(name)).toString('utf8');
}

async function mainPart(zip: ZipArchive): Promise<string> {
  if (zip.has('_rels/.rels')) {
    for (const r of parseRels(await readText(zip, '_rels/.rels')).values()) {
      if (r.type.endsWith('/officeDocument')) return resolvePart('', r.target);
    }
  }
  return 'xl/workbook.xml';
}

export interface StreamOptions {
  /** Bytes handed to the scanners at a time (tests use 1–7 to split every tag and character). */
  chunkSize?: number;
}

/**
 * Reads the chosen worksheet of an .xlsx row by row. `kindNames` are the names a sheet may carry to be chosen
 * (e.g. ['supply', '供地备案']). `sinkFor` gets what is known before the rows (sheet name, date system) and
 * returns where the rows go; each row is handed on as soon as the scanner has it. The shared strings are read
 * first (a cell needs them), the worksheet part is inflated as a stream and never held whole.
 */
export async function readXlsxRows(
  bytes: Buffer, file: string, kindNames: readonly string[], limits: ReadLimits,
  sinkFor: (meta: TableMeta) => RawRowSink, opts: StreamOptions = {},
): Promise<TableMeta> {
  checkXlsxSignature(bytes, file);
  const zip = await openZip(bytes, file, limits);
  try {
    const workbookPath = await mainPart(zip);
    if (!zip.has(workbookPath)) throw corrupt(file, `不是 Excel 工作簿（缺少 ${workbookPath}）`);
    const { sheets, date1904 } = parseWorkbook(await readText(zip, workbookPath));
    const slash = workbookPath.lastIndexOf('/');
    const baseDir = slash >= 0 ? workbookPath.slice(0, slash) : '';
    const relsPath = `${baseDir ? baseDir + '/' : ''}_rels/${workbookPath.slice(slash + 1)}.rels`;
    const rels = zip.has(relsPath) ? parseRels(await readText(zip, relsPath)) : new Map<string, { type: string; target: string }>();
    const worksheets: SheetRef[] = [];
    for (const sh of sheets) {
      const rel = rels.get(sh.rid);
      if (!rel || !rel.type.endsWith('/worksheet')) continue;
      worksheets.push({ name: sh.name, path: resolvePart(baseDir, rel.target), hidden: sh.hidden });
    }
    const wanted = new Set(kindNames.map(textKey));
    const chosen = worksheets.find((w) => wanted.has(textKey(w.name))) ?? worksheets.find((w) => !w.hidden) ?? worksheets[0];
    if (!chosen) throw corrupt(file, '工作簿中没有工作表');
    if (!zip.has(chosen.path)) throw corrupt(file, `缺少工作表“${chosen.name}”的内容（${chosen.path}）`);
    let shared: string[] = [];
    const sharedRel = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'));
    const sharedPath = sharedRel ? resolvePart(baseDir, sharedRel.target) : `${baseDir ? baseDir + '/' : ''}sharedStrings.xml`;
    if (zip.has(sharedPath)) {
      const scanner = new SharedStringsScanner();
      await zip.stream(sharedPath, (chunk) => { scanner.write(chunk); }, opts.chunkSize);
      shared = scanner.end();
    }
    const meta: TableMeta = { sheet: chosen.name, date1904, encoding: 'xlsx' };
    const sheet = new SheetScanner(shared, { file, sheet: chosen.name, limits }, sinkFor(meta));
    await zip.stream(chosen.path, (chunk) => { sheet.write(chunk); return sheet.done; }, opts.chunkSize);
    sheet.end();
    return meta;
  } finally {
    zip.close();
  }
}

/** Reads the chosen worksheet of an .xlsx into a Table of all its raw rows (see readXlsxRows). */
export async function readXlsxTable(bytes: Buffer, file: string, kindNames: readonly string[], limits: ReadLimits, opts: StreamOptions = {}): Promise<Table> {
  const { sink, table } = collectTable();
  const meta = await readXlsxRows(bytes, file, kindNames, limits, () => sink, opts);
  return table(meta);
}
