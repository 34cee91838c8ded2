// One worksheet part → rows of cells (`t="s"|"str"|"inlineStr"|"b"|"n"|"e"|"d"`, missing `r` attributes,
// sparse rows). Scanning stops at </sheetData>: merges, validations and styles are never looked at.
// The part arrives as inflated bytes in chunks (xml-bytes.ts); each row is handed on as soon as it is complete
// (no whole-sheet text, no table of all rows).
import { columnIndex } from './address.js';
import { corrupt, overLimit } from './errors.js';
import { XmlByteTokenizer, asciiBytes } from './xml-bytes.js';
import { decodeOoxmlText, decodeXmlText } from './xml.js';

/** A cell as read: text, number, boolean, an error value such as '#N/A', or empty. Dates are Excel serials. */
export type ReadCell = string | number | boolean | { error: string } | null;

/** One row of a sheet: its 1-based number and its cells by 0-based column (holes for missing cells). */
export interface ReadRow { row: number; cells: ReadCell[] }

/** Where a reader hands its rows, one at a time, in file order. */
export interface RowSink {
  row(row: ReadRow): void;
}

const DIGITS = /^\d+$/;
/** ST_Xsd:double as spreadsheets write it: decimal digits, an optional fraction and exponent. */
const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

const N_ROW = asciiBytes('row'), N_C = asciiBytes('c'), N_V = asciiBytes('v'), N_IS = asciiBytes('is'), N_RPH = asciiBytes('rPh');
const N_T = asciiBytes('t'), N_SHEETDATA = asciiBytes('sheetData'), A_R = asciiBytes('r'), A_T = asciiBytes('t');

/** The cell types of the `t` attribute; anything else reads as a number (the old `default:` branch). */
const enum CellType { Number, Shared, Inline, Str, Bool, Error }
const TYPES: [Uint8Array, CellType][] = [
  [asciiBytes('s'), CellType.Shared], [asciiBytes('n'), CellType.Number], [asciiBytes('str'), CellType.Str],
  [asciiBytes('inlineStr'), CellType.Inline], [asciiBytes('b'), CellType.Bool], [asciiBytes('e'), CellType.Error],
  [asciiBytes('d'), CellType.Str],
];
function typeOfText(t: string | undefined): CellType {
  switch (t) {
    case 's': return CellType.Shared;
    case 'inlineStr': return CellType.Inline;
    case 'str': case 'd': return CellType.Str;
    case 'b': return CellType.Bool;
    case 'e': return CellType.Error;
    default: return CellType.Number;
  }
}

/** 10^k for k ≤ 22: exactly representable, so m / 10^k (m < 2^53) is the correctly rounded value of the decimal. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

export interface SheetContext { sheet: string; limits: { maxRows: number } }

/** Scans one worksheet part fed as byte chunks; complete rows go to `sink` in order. */
export class SheetScanner {
  private readonly tok: XmlByteTokenizer;
  private inData = false;
  private rowNumber = 0;
  private rowCount = 0;
  private cells: ReadCell[] = [];
  private hasCell = false;
  private col = -1;
  private type = CellType.Number;
  /** Whether the cell has a <v> (its text at stream offsets [valueFrom, valueTo), or '' for <v/>). */
  private hasValue = false;
  private valueFrom = 0;
  private valueTo = 0;
  private valueSelfClosed = false;
  private inline: string | null = null;
  private inPhonetic = 0;
  /** </sheetData> (or <sheetData/>) was seen. */
  private complete = false;

  constructor(private readonly shared: readonly string[], private readonly ctx: SheetContext, private readonly sink: RowSink) {
    this.tok = new XmlByteTokenizer((t) => this.onTag(t));
  }

  write(chunk: Uint8Array): void { this.tok.write(chunk); }
  /** The end of the part. A sheet whose data does not end with </sheetData> was cut short (a transfer broken
   *  off inside a valid zip): reading on would silently drop its last rows, so it is a damaged file. */
  end(): void {
    this.tok.finish();
    if (!this.complete) throw corrupt(`工作表“${this.ctx.sheet}”不完整：数据在结束标记之前中断（文件可能在复制或传输中被截断）`);
  }
  /** True once </sheetData> was seen: the rest of the part is not needed. */
  get done(): boolean { return this.tok.done; }

  private onTag(t: XmlByteTokenizer): boolean | void {
    if (!this.inData) {
      if (t.nameIs(N_SHEETDATA) && !t.closing) {
        if (!t.selfClosing) this.inData = true;
        else { this.complete = true; return false; } // <sheetData/>: an empty sheet, complete
      }
      return;
    }
    if (t.nameIs(N_C)) {
      if (!t.closing) this.openCell(t);
      if (t.closing || t.selfClosing) this.finishCell();
    } else if (t.nameIs(N_V)) {
      if (t.selfClosing) { this.hasValue = true; this.valueSelfClosed = true; }
      else if (!t.closing) t.markA = t.end;
      else if (t.markA >= 0) { this.hasValue = true; this.valueSelfClosed = false; this.valueFrom = t.markA; this.valueTo = t.start; this.keepValue(t); t.markA = -1; }
    } else if (t.nameIs(N_ROW)) {
      if (!t.closing) this.openRow(t);
      if (t.closing || t.selfClosing) { if (this.hasCell) this.sink.row({ row: this.rowNumber, cells: this.cells }); }
    } else if (t.nameIs(N_T)) {
      if (this.inline === null || this.inPhonetic > 0 || t.selfClosing) return;
      if (!t.closing) t.markB = t.end;
      else if (t.markB >= 0) { this.inline += decodeOoxmlText(t.text(t.markB, t.start)); t.markB = -1; }
    } else if (t.nameIs(N_IS)) {
      if (!t.closing) this.inline = '';
    } else if (t.nameIs(N_RPH)) {
      if (!t.selfClosing) this.inPhonetic += t.closing ? -1 : 1;
    } else if (t.nameIs(N_SHEETDATA)) {
      if (t.closing) { this.complete = true; return false; }
    }
  }

  /**
   * At </v> the value bytes are still in the buffer: read them now (the mark is released). Shared-string indexes
   * and plain numbers (nearly every cell) are read from the bytes without making a string; every other value is
   * kept as its text, exactly as written, for the rules below.
   */
  private valueText: string | null = null;
  private valueNumber = NaN;
  private keepValue(t: XmlByteTokenizer): void {
    const from = t.at(this.valueFrom), to = t.at(this.valueTo);
    this.valueNumber = NaN;
    this.valueText = null;
    if (this.type === CellType.Shared) {
      const idx = digitsValue(t.buf, from, to);
      if (idx >= 0 && idx < this.shared.length) { this.valueNumber = idx; return; }
    } else if (this.type === CellType.Number) {
      const n = plainNumber(t.buf, from, to);
      if (!Number.isNaN(n)) { this.valueNumber = n; return; }
    }
    this.valueText = t.text(this.valueFrom, this.valueTo);
  }

  private openRow(t: XmlByteTokenizer): void {
    // The first `r` counts (the old scanner's attr('r')).
    let number = -1;
    for (let more = t.nextAttr(true); more; more = t.nextAttr(false)) {
      if (!t.bytesAre(t.attrName, t.attrNameEnd, A_R)) continue;
      const vs = t.attrValue, ve = t.attrValueEnd;
      const n = t.hasAmp(vs, ve) ? -1 : digitsValue(t.buf, vs, ve);
      if (n >= 0) number = n;
      else {
        const r = t.decodeAttr(vs, ve);
        number = DIGITS.test(r) ? Number(r) : -1;
      }
      break;
    }
    this.rowNumber = number >= 0 ? number : this.rowNumber + 1;
    if (++this.rowCount > this.ctx.limits.maxRows) throw overLimit('maxRows', this.rowCount, this.ctx.sheet);
    this.cells = [];
    this.hasCell = false;
    this.col = -1;
  }

  private openCell(t: XmlByteTokenizer): void {
    // Last `r` and last `t` win (the old scanner assigned them attribute by attribute).
    let refCol = -2; // -2: no r attribute
    let type = CellType.Number;
    for (let more = t.nextAttr(true); more; more = t.nextAttr(false)) {
      const ns = t.attrName, vs = t.attrValue, ve = t.attrValueEnd;
      if (t.attrNameEnd - ns !== 1) continue;
      if (t.buf[ns] === A_R[0]) refCol = t.hasAmp(vs, ve) ? columnIndex(t.decodeAttr(vs, ve)) : columnIndexBytes(t.buf, vs, ve);
      else if (t.buf[ns] === A_T[0]) type = t.hasAmp(vs, ve) ? typeOfText(t.decodeAttr(vs, ve)) : typeOfBytes(t, vs, ve);
    }
    this.type = type;
    this.col = refCol >= 0 ? refCol : this.col + 1;
    this.hasValue = false;
    this.inline = null;
  }

  private finishCell(): void {
    const cell = this.cellValue();
    if (cell !== null && this.col >= 0) { this.cells[this.col] = cell; this.hasCell = true; }
  }

  private cellValue(): ReadCell {
    // A number read from the bytes (plain decimal, or an in-range shared-string index).
    const fast = this.hasValue && !this.valueSelfClosed && this.valueText === null;
    if (fast) return this.type === CellType.Shared ? this.shared[this.valueNumber]! : this.valueNumber;
    const value = !this.hasValue ? undefined : this.valueSelfClosed ? '' : this.valueText!;
    switch (this.type) {
      case CellType.Shared: {
        if (value === undefined || value === '') return null;
        const str = this.shared[Number(value)];
        if (str === undefined) throw corrupt(`工作表“${this.ctx.sheet}”引用了不存在的共享字符串 ${value}`);
        return str;
      }
      case CellType.Inline: return this.inline ?? (value !== undefined ? decodeOoxmlText(value) : null);
      case CellType.Str: return value !== undefined ? decodeOoxmlText(value) : null;
      case CellType.Bool: return value === undefined || value === '' ? null : value.trim() === '1' || value.trim() === 'true';
      case CellType.Error: return value !== undefined ? { error: decodeXmlText(value) } : null;
      default: {
        if (value === undefined || value.trim() === '') return null;
        // Only a decimal number is a number (`0x1F`, `NaN`, `Infinity` are what Number() would also accept); any
        // other value, or one past a double's range, is handed on as the text written, for its column to judge.
        const n = DECIMAL.test(value) ? Number(value) : NaN;
        return Number.isFinite(n) ? n : decodeXmlText(value);
      }
    }
  }
}

/** The cell type from the `t` attribute's bytes. */
function typeOfBytes(t: XmlByteTokenizer, from: number, to: number): CellType {
  for (const [name, type] of TYPES) if (t.bytesAre(from, to, name)) return type;
  return CellType.Number;
}

/** Column index from the letters of a reference's bytes (no '&' in them). */
function columnIndexBytes(buf: Uint8Array, from: number, to: number): number {
  let n = 0;
  let i = from;
  for (; i < to; i++) {
    const c = buf[i]!;
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return i === from ? -1 : n - 1;
}

/** A run of 1–15 ASCII digits as a number; -1 otherwise. */
function digitsValue(buf: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = buf[i]! - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The value of a plain decimal `-?\d+(\.\d+)?` of at most 15 significant digits, exactly as Number(text) reads
 * it; NaN for anything else (the caller then decodes the text and uses the general rules).
 * With m < 10^15 < 2^53 and k ≤ 22 both m and 10^k are exact doubles and one division rounds correctly.
 */
function plainNumber(buf: Uint8Array, from: number, to: number): number {
  let i = from;
  const neg = buf[i] === 0x2d;
  if (neg) i++;
  let m = 0;
  let intDigits = 0;
  let significant = 0;
  let frac = -1;
  for (; i < to; i++) {
    const c = buf[i]!;
    if (c === 0x2e) {
      if (frac >= 0 || intDigits === 0) return NaN;
      frac = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return NaN;
    if (frac >= 0) frac++; else intDigits++;
    if (m !== 0 || d !== 0) { if (++significant > 15) return NaN; }
    m = m * 10 + d;
  }
  if (intDigits === 0 || frac === 0 || frac > 22) return NaN; // '', '-', '5.' and long fractions: Number() decides
  const v = frac > 0 ? m / POW10[frac]! : m;
  return neg ? -v : v;
}

/** Reads a whole worksheet part given as text (tests, small parts): the rows of it. */
export function parseSheet(xml: string, shared: readonly string[], ctx: SheetContext, chunkSize = 65536): ReadRow[] {
  const rows: ReadRow[] = [];
  const scanner = new SheetScanner(shared, ctx, { row: (r) => rows.push(r) });
  const bytes = Buffer.from(xml, 'utf8');
  for (let i = 0; i < bytes.length && !scanner.done; i += chunkSize) scanner.write(bytes.subarray(i, i + chunkSize));
  scanner.end();
  return rows;
}
