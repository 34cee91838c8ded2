// One worksheet part (xl/worksheets/sheetN.xml) written row by row from a SheetModel: the model's rows are produced
// (lazy sheets) and serialised as they come, so a 10× 项目明细 never exists as cell objects or one XML string.
// The look of a cell is resolved exactly as the exceljs writer once did it (the same workbook, cell for cell):
// header fill/bold/centre/wrap on the header row, the column's data style below it, the cell's own style on top,
// a thin border inside the header..tableEnd block, a column's number format inherited by every cell of the column,
// and the cells under a merged range carrying the style of its top-left cell.
import { isCell, rowAt, rowCount, type CellStyle, type CellValue, type SheetModel, type SheetRows, type Validation } from './model.js';
import { storableText } from './storable.js';
import { mergedSpans, widthPass, WrappedRowHeights } from './widths.js';
import type { SharedStrings } from './write-strings.js';
import { FONT, HEADER_FILL_ARGB, type ResolvedStyle, type StyleSheet } from './write-styles.js';
import { colLetter as columnLetters, parseRange } from './address.js';
import { esc } from './xml.js';
import { ByteChunks } from './byte-chunks.js';
import type { EntryWriter } from './zip-write.js';

export interface Note { ref: string; row: number; col: number; text: string }

export interface RenderProgress { sheet: string; rows: number; totalRows: number }

export interface SheetContext {
  styles: StyleSheet;
  strings: SharedStrings;
  onProgress?: (p: RenderProgress) => void;
  /** The buffers the rows are written into, shared by the sheets of a workbook (sheetBytes); a sheet's own otherwise. */
  bytes?: ByteChunks;
}

/** Rows between progress reports and yields to the event loop. */
const ROWS_PER_YIELD = 2000;
/**
 * The rows' bytes go to the compressor before each yield to the event loop (one buffer per turn: the compressor
 * takes it as it is, src/xlsx/zip-write.ts), or sooner past CHUNK; a buffer holds ROW_BYTES (grown for a longer run).
 */
const CHUNK = 3 << 20;
const ROW_BYTES = 4 << 20;

/**
 * Buffers for the rows of the sheets of one workbook: given back by the compressor and written into again, sheet
 * after sheet (each buffer allocated counts as new external memory, for which V8 collects the whole heap early).
 */
export function sheetBytes(): ByteChunks { return new ByteChunks(ROW_BYTES); }

const NO_STYLE: CellStyle = Object.freeze({});
const HEADER_FILL: CellStyle = Object.freeze({ fill: HEADER_FILL_ARGB });

/** Texts of a column looked up in the shared string table between two judgements of the column (ColumnStrings). */
export const PROBE_CELLS = 1024;
/** The fewest of them found in the table for the column to go on being looked up. */
export const MIN_HITS = PROBE_CELLS / 4;

/**
 * The shared string index of a column's texts: a text equal to the column's previous one takes its index without a
 * look-up in the table (a column repeats its county, category or status row after row; at 10× the table holds
 * 600,000 texts and a look-up there is a walk through memory the processor has not cached). A column whose texts
 * are rarely in the table already (ids, names, places: fewer than MIN_HITS of PROBE_CELLS looked up) has its
 * following texts appended to the table without a look-up, for the rest of the sheet: such a text may then be stored
 * twice, which costs a few bytes, where the look-ups and the table's index of every such text cost most of the
 * writer's time and memory (BENCHMARKS.md). Decided by the texts alone, so the same model gives the same bytes.
 */
class ColumnStrings {
  private lastText: string | undefined;
  private lastIndex = 0;
  private probed = 0;
  private hits = 0;
  private appending = false;

  constructor(private readonly strings: SharedStrings) {}

  index(text: string): number {
    if (text === this.lastText) return this.strings.reuse(this.lastIndex);
    this.lastText = text;
    const stored = storableText(text);
    if (this.appending) return (this.lastIndex = this.strings.append(stored));
    const entries = this.strings.entries;
    this.lastIndex = this.strings.index(stored);
    if (this.strings.entries === entries) this.hits++;
    if (++this.probed === PROBE_CELLS) {
      this.appending = this.hits < MIN_HITS;
      this.probed = this.hits = 0;
    }
    return this.lastIndex;
  }
}

/** ASCII markup as bytes. */
function latin1(s: string): Uint8Array { return Buffer.from(s, 'latin1'); }

const CLOSE_VALUE = latin1('</v></c>');

/**
 * The markup between a cell's reference and its value, by cell format (xf), encoded once per sheet: a big sheet has
 * millions of cells and a few dozen formats.
 */
class CellMarkup {
  private readonly text: Uint8Array[] = [];
  private readonly number: Uint8Array[] = [];
  /** `" s="xf" t="s"><v>`: a shared string follows. */
  textOpen(xf: number): Uint8Array { return this.text[xf] ?? (this.text[xf] = latin1(`" s="${xf}" t="s"><v>`)); }
  /** `" s="xf"><v>`: a number follows. */
  numberOpen(xf: number): Uint8Array { return this.number[xf] ?? (this.number[xf] = latin1(`" s="${xf}"><v>`)); }
}

/** The `<c>` element of a cell holding `v` (a plain string goes to the shared strings), after its reference. */
function cellXml(b: ByteChunks, xf: number, v: CellValue | undefined, strings: ColumnStrings, markup: CellMarkup): void {
  if (typeof v === 'string') {
    // A plain string is always a string cell (t="s"), never a formula: no formula injection (tests/report/plan.test.ts, libreoffice.test.ts).
    b.bytes(markup.textOpen(xf));
    b.number(strings.index(v));
    b.bytes(CLOSE_VALUE);
    return;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`cell number not finite: ${v}`);
    b.bytes(markup.numberOpen(xf));
    b.number(v);
    b.bytes(CLOSE_VALUE);
    return;
  }
  b.ascii('" s="');
  b.number(xf);
  if (v === null || v === undefined) { b.ascii('"/>'); return; }
  if (v.formula.startsWith('=')) throw new Error(`formula must not start with '=': ${v.formula}`);
  if (!Number.isFinite(v.result)) throw new Error(`formula result not finite: ${v.formula}`);
  b.ascii('"><f>');
  b.text(esc(v.formula));
  b.ascii('</f><v>');
  b.ascii(String(v.result));
  b.ascii('</v></c>');
}

function validationXml(v: Validation): string {
  const prompt = v.prompt !== undefined ? ` showInputMessage="1" prompt="${esc(v.prompt)}"` : '';
  const common = ` allowBlank="1"${prompt} showErrorMessage="1" errorStyle="${v.errorStyle ?? 'stop'}" errorTitle="输入有误" error="${esc(v.error)}" sqref="${esc(v.range)}"`;
  if ('list' in v) {
    const formula = Array.isArray(v.list)
      ? `"${(v.list as readonly string[]).map((s) => s.replace(/"/g, '""')).join(',')}"`
      : `'${(v.list as { sheet: string }).sheet}'!${(v.list as { range: string }).range}`;
    return `<dataValidation type="list"${common}><formula1>${esc(formula)}</formula1></dataValidation>`;
  }
  return `<dataValidation type="${v.kind}" operator="greaterThanOrEqual"${common}><formula1>${v.min ?? 0}</formula1></dataValidation>`;
}

/** The decimal digits of a row number (1 up to Excel's 1,048,576) into `into`; returns how many. */
function digitsOf(r: number, into: Uint8Array): number {
  let n = 1;
  for (let p = 10; p <= r; p *= 10) n++;
  for (let i = n - 1; i >= 0; i--) {
    const q = Math.floor(r / 10);
    into[i] = 0x30 + (r - q * 10);
    r = q;
  }
  return n;
}

interface MergeCover { c0: number; c1: number; r0: number; id: number }

/** Writes one worksheet; returns the notes (批注) found, for the comments part. */
export async function writeSheet(sheet: SheetModel<SheetRows>, ctx: SheetContext, out: EntryWriter): Promise<Note[]> {
  const { styles, strings } = ctx;
  const header = sheet.headerRow;
  const headerRow = header ?? 0;
  const columns = sheet.columns;
  const count = rowCount(sheet.rows);
  const tableEnd = sheet.tableEnd ?? count;
  const pass = widthPass(sheet);
  let widths: number[];
  for (;;) {
    const step = pass.next();
    if (step.done) { widths = step.value; break; }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const wrapped = new WrappedRowHeights(sheet, widths, mergedSpans(sheet));
  const letters = Array.from({ length: Math.max(columns.length, 1) }, (_, i) => columnLetters(i));
  const letter = (ci: number) => letters[ci] ?? (letters[ci] = columnLetters(ci));
  // `<c r="` and the column's letters, then the row's number: encoded once per column and once per row
  const cellOpens: Uint8Array[] = [];
  const cellOpen = (ci: number) => cellOpens[ci] ?? (cellOpens[ci] = latin1(`<c r="${letter(ci)}`));
  const rowNumber = new Uint8Array(16);
  const markup = new CellMarkup();
  const columnXfs = columns.map((c) => (c.numFmt ? styles.columnXf(c.numFmt) : 0));

  // merged ranges by the rows they cover
  const covers = new Map<number, MergeCover[]>();
  const masterXf: number[] = [];
  let lastRow = count;
  (sheet.merges ?? []).forEach((m, id) => {
    const { r0, c0, r1, c1 } = parseRange(m);
    for (let r = r0; r <= r1; r++) {
      let list = covers.get(r);
      if (!list) covers.set(r, (list = []));
      list.push({ c0, c1, r0, id });
    }
    lastRow = Math.max(lastRow, r1);
  });
  const explicitHeights = sheet.rowHeights ?? {};
  for (const r of Object.keys(explicitHeights)) lastRow = Math.max(lastRow, Number(r));

  // xf by (cell style object, context), then by resolved look
  const byObject = new WeakMap<CellStyle, Map<number, number>>();
  const byLook = new Map<string, number>();
  const xfOf = (style: CellStyle, ci: number, applies: boolean, isHeader: boolean, inTable: boolean): number => {
    const key = ci * 8 + (applies ? 4 : 0) + (isHeader ? 2 : 0) + (inTable ? 1 : 0);
    let m = byObject.get(style);
    if (!m) byObject.set(style, (m = new Map<number, number>()));
    const hit = m.get(key);
    if (hit !== undefined) return hit;
    const columnStyle = applies ? columns[ci]?.style : undefined;
    const s: CellStyle = { ...(isHeader ? HEADER_FILL : {}), ...columnStyle, ...style };
    const look: ResolvedStyle = {
      bold: Boolean(s.bold || isHeader),
      italic: Boolean(s.italic),
      fontColor: s.fontColor,
      fill: s.fill,
      numFmt: s.numFmt ?? columns[ci]?.numFmt,
      horizontal: s.align ?? (isHeader ? 'center' : undefined),
      wrap: Boolean(s.wrap || isHeader),
      border: inTable || s.border === true,
      unlocked: Boolean(s.unlocked),
    };
    const lookKey = `${look.bold}|${look.italic}|${look.fontColor}|${look.fill}|${look.numFmt}|${look.horizontal}|${look.wrap}|${look.border}|${look.unlocked}`;
    let xf = byLook.get(lookKey);
    if (xf === undefined) byLook.set(lookKey, (xf = styles.cellXf(look)));
    m.set(key, xf);
    return xf;
  };

  const columnStrings: ColumnStrings[] = [];
  const lastStyle: (CellStyle | undefined)[] = [];
  const lastContext: number[] = [];
  const lastXf: number[] = [];

  // ---- head
  let xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
  if (sheet.tabColor || sheet.print) {
    xml += `<sheetPr>${sheet.tabColor ? `<tabColor rgb="${esc(sheet.tabColor)}"/>` : ''}${sheet.print ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>`;
  }
  if (header) {
    const x = sheet.freezeColumns ?? 0;
    const first = `A${header + 1}`;
    const pane = x > 0 ? 'bottomRight' : 'bottomLeft';
    xml += `<sheetViews><sheetView workbookViewId="0"><pane${x > 0 ? ` xSplit="${x}"` : ''} ySplit="${header}" topLeftCell="${letter(x)}${header + 1}" activePane="${pane}" state="frozen"/>`
      + `<selection pane="${pane}" activeCell="${first}" sqref="${first}"/></sheetView></sheetViews>`;
  }
  xml += '<sheetFormatPr defaultRowHeight="15"/>';
  // A plain column of width 9 is left at the default width (as exceljs did: Excel's default is 8.43 + padding).
  const cols = widths.map((w, i) => (w === 9 && !columnXfs[i] ? '' : `<col min="${i + 1}" max="${i + 1}" width="${w}"${columnXfs[i] ? ` style="${columnXfs[i]}"` : ''} customWidth="1"/>`)).join('');
  if (cols) xml += `<cols>${cols}</cols>`;
  xml += '<sheetData>';
  await out(xml);
  xml = '';

  // ---- rows, as bytes (byte-chunks.ts)
  const b = ctx.bytes ?? sheetBytes();
  const notes: Note[] = [];
  // One row, a function of its own: the optimising compiler then compiles a small function once, where the whole of
  // writeSheet, a loop run once per sheet, was compiled on the stack and again for each sheet (BENCHMARKS.md "The
  // compiler's inlining budget").
  const rows = sheet.rows;
  const writeRow = (r: number): void => {
    const row = r <= count ? rowAt(rows, r - 1) : [];
    const isHeader = header === r;
    const applies = r > headerRow;
    const inTable = header !== undefined && r >= header && r <= tableEnd;
    const context = (applies ? 4 : 0) + (isHeader ? 2 : 0) + (inTable ? 1 : 0);
    const cellsInRow = inTable ? Math.max(row.length, columns.length) : row.length;
    const merged = covers.get(r);
    let end = cellsInRow;
    if (merged) for (const m of merged) end = Math.max(end, m.c1 + 1);
    const rowDigits = digitsOf(r, rowNumber);
    const height = explicitHeights[r] ?? (row.length ? wrapped.of(row, r) : undefined);
    // a row without cells is written only for its height
    if (end > 0 || height !== undefined) {
      b.ascii('<row r="');
      b.number(r);
      if (height !== undefined) {
        b.ascii('" ht="');
        b.ascii(String(height));
        b.ascii('" customHeight="1');
      }
      b.ascii('">');
    }
    for (let ci = 0; ci < end; ci++) {
      let cover: MergeCover | undefined;
      if (merged) for (const m of merged) if (ci >= m.c0 && ci <= m.c1) { cover = m; break; }
      b.bytes(cellOpen(ci));
      b.bytes(rowNumber, rowDigits);
      if (cover && (r !== cover.r0 || ci !== cover.c0)) {
        b.ascii('" s="');
        b.number(masterXf[cover.id] ?? columnXfs[ci] ?? 0);
        b.ascii('"/>');
        continue;
      }
      if (ci >= cellsInRow) {
        // the top-left cell of a merge past the end of its row: an empty cell with the column's format
        const xf = columnXfs[ci] ?? 0;
        if (cover) masterXf[cover.id] = xf;
        if (xf) { b.ascii('" s="'); b.number(xf); }
        b.ascii('"/>');
        continue;
      }
      const input = row[ci];
      const cell = input !== undefined && isCell(input) ? input : undefined;
      const style = cell ? cell.style ?? NO_STYLE : NO_STYLE;
      // the last style of the column in the same context: most cells of a column share one style object
      let xf: number;
      if (lastStyle[ci] === style && lastContext[ci] === context) xf = lastXf[ci]!;
      else {
        xf = xfOf(style, ci, applies, isHeader, inTable);
        lastStyle[ci] = style;
        lastContext[ci] = context;
        lastXf[ci] = xf;
      }
      if (cover) masterXf[cover.id] = xf;
      cellXml(b, xf, cell ? cell.value : (input as CellValue | undefined), columnStrings[ci] ?? (columnStrings[ci] = new ColumnStrings(strings)), markup);
      if (cell?.note) notes.push({ ref: letter(ci) + r, row: r, col: ci, text: cell.note });
    }
    if (end > 0 || height !== undefined) b.ascii('</row>');
  };
  for (let r = 1; r <= lastRow; r++) {
    writeRow(r);
    if (b.length > CHUNK || (r % ROWS_PER_YIELD === 0 && b.length)) { const chunk = b.take(); await out(chunk, () => b.recycle(chunk)); }
    if (r % ROWS_PER_YIELD === 0) {
      ctx.onProgress?.({ sheet: sheet.name, rows: r, totalRows: lastRow });
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  if (b.length) { const chunk = b.take(); await out(chunk, () => b.recycle(chunk)); }
  xml += '</sheetData>';
  ctx.onProgress?.({ sheet: sheet.name, rows: lastRow, totalRows: lastRow });

  // ---- after the cells, in the order of the schema (ECMA-376 CT_Worksheet)
  if (sheet.protect) {
    // No password: it prevents accidents, not attacks (outputs.md). Filtering stays possible; sorting does not,
    // so the rows stay where the fingerprint expects them.
    xml += '<sheetProtection sheet="1" formatColumns="0" formatRows="0" autoFilter="0"/>';
  }
  if (header && sheet.autoFilter && columns.length) {
    xml += `<autoFilter ref="A${header}:${letter(columns.length - 1)}${Math.max(header, tableEnd)}"/>`;
  }
  const merges = sheet.merges ?? [];
  if (merges.length) xml += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${esc(m)}"/>`).join('')}</mergeCells>`;
  let priority = 1;
  for (const cf of sheet.conditionalFormats ?? []) {
    xml += `<conditionalFormatting sqref="${esc(cf.ref)}">`;
    for (const rule of cf.rules) {
      if (rule.type === 'expression') {
        const dxf = styles.dxf({ fontColor: rule.fontColor, fill: rule.fill });
        xml += `<cfRule type="expression" dxfId="${dxf}" priority="${priority++}"><formula>${esc(rule.formula)}</formula></cfRule>`;
      } else {
        xml += `<cfRule type="dataBar" priority="${priority++}"><dataBar><cfvo type="num" val="${rule.min}"/><cfvo type="num" val="${rule.max}"/><color rgb="${esc(rule.color)}"/></dataBar></cfRule>`;
      }
    }
    xml += '</conditionalFormatting>';
  }
  const validations = sheet.validations ?? [];
  if (validations.length) xml += `<dataValidations count="${validations.length}">${validations.map(validationXml).join('')}</dataValidations>`;
  const print = sheet.print;
  if (print?.title !== undefined) {
    xml += '<printOptions horizontalCentered="1"/><pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
  } else {
    xml += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  }
  xml += print
    ? `<pageSetup paperSize="9" orientation="${print.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`
    : '<pageSetup orientation="portrait" fitToWidth="1" fitToHeight="1"/>';
  if (print?.title !== undefined) {
    xml += `<headerFooter><oddHeader>${esc(`&C&"${FONT},Bold"${print.title.replace(/&/g, '&&')}`)}</oddHeader><oddFooter>${esc('&C第 &P 页，共 &N 页')}</oddFooter></headerFooter>`;
  }
  if (sheet.charts?.length) xml += '<drawing r:id="rId3"/>';
  if (notes.length) xml += '<legacyDrawing r:id="rId2"/>';
  await out(xml + '</worksheet>');
  return notes;
}
