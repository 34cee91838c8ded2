// One worksheet part → rows of cells (`t="s"|"str"|"inlineStr"|"b"|"n"|"e"|"d"`, missing `r` attributes,
// sparse rows). Scanning stops at </sheetData>: merges, validations and styles are never looked at.
import { type ReadLimits, limitExceeded } from './limits.js';
import type { Cell, RawRow } from './table.js';
import { XmlScanner, decodeOoxmlText, decodeXmlText } from './xml.js';
import { corrupt } from './zip.js';

const DIGITS = /^\d+$/;

/** Column index (0-based) from a cell reference such as 'AB12'; -1 when there are no letters. */
export function columnIndex(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : n - 1;
}

/** The rows of a worksheet part: sparse cells, row numbers from `r` (or counted when missing). */
export function parseSheet(xml: string, shared: readonly string[], ctx: { file: string; sheet: string; limits: ReadLimits }): RawRow[] {
  const rows: RawRow[] = [];
  const s = new XmlScanner(xml);
  let inData = false;
  let rowNumber = 0;
  let rowCount = 0;
  let cells: Cell[] = [];
  let hasCell = false;
  let col = -1;
  let type: string | undefined;
  let value: string | undefined;
  let valueStart = -1;
  let inline: string | null = null;
  let inPhonetic = 0;
  let textStart = -1;

  const finishCell = (): void => {
    let cell: Cell = null;
    switch (type) {
      case 's': {
        const idx = value === undefined ? NaN : Number(value);
        if (value !== undefined && value !== '') {
          const str = shared[idx];
          if (str === undefined) throw corrupt(ctx.file, `工作表“${ctx.sheet}”引用了不存在的共享字符串 ${value}`);
          cell = str;
        }
        break;
      }
      case 'inlineStr': cell = inline ?? (value !== undefined ? decodeOoxmlText(value) : null); break;
      case 'str': case 'd': cell = value !== undefined ? decodeOoxmlText(value) : null; break;
      case 'b': cell = value === undefined || value === '' ? null : value.trim() === '1' || value.trim() === 'true'; break;
      case 'e': cell = value !== undefined ? { error: decodeXmlText(value) } : null; break;
      default: {
        if (value !== undefined && value.trim() !== '') {
          const n = Number(value);
          cell = Number.isFinite(n) ? n : decodeXmlText(value);
        }
      }
    }
    if (cell !== null && col >= 0) { cells[col] = cell; hasCell = true; }
  };

  while (s.next()) {
    const name = s.name;
    if (!inData) {
      if (name === 'sheetData' && !s.closing && !s.selfClosing) inData = true;
      continue;
    }
    switch (name) {
      case 'row':
        if (!s.closing) {
          const r = s.attr('r');
          rowNumber = r !== undefined && DIGITS.test(r) ? Number(r) : rowNumber + 1;
          if (++rowCount > ctx.limits.maxRows) throw limitExceeded(ctx.file, 'maxRows', rowCount, ctx.limits, ctx.sheet);
          cells = [];
          hasCell = false;
          col = -1;
        }
        if (s.closing || s.selfClosing) { if (hasCell) rows.push({ row: rowNumber, cells }); }
        break;
      case 'c':
        if (!s.closing) {
          let ref: string | undefined;
          type = undefined;
          s.eachAttr((n, v) => { if (n === 'r') ref = v; else if (n === 't') type = v; });
          const idx = ref !== undefined ? columnIndex(ref) : -1;
          col = idx >= 0 ? idx : col + 1;
          value = undefined;
          inline = null;
        }
        if (s.closing || s.selfClosing) finishCell();
        break;
      case 'v':
        if (s.selfClosing) value = '';
        else if (!s.closing) valueStart = s.end;
        else if (valueStart >= 0) { value = xml.slice(valueStart, s.start); valueStart = -1; }
        break;
      case 'is':
        if (!s.closing) inline = '';
        break;
      case 'rPh':
        if (!s.selfClosing) inPhonetic += s.closing ? -1 : 1;
        break;
      case 't':
        if (inline === null || inPhonetic > 0 || s.selfClosing) break;
        if (!s.closing) textStart = s.end;
        else if (textStart >= 0) { inline += decodeOoxmlText(xml.slice(textStart, s.start)); textStart = -1; }
        break;
      case 'sheetData':
        if (s.closing) return rows;
        break;
    }
  }
  return rows;
}

