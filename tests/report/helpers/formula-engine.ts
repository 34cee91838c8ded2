// Recalculates every formula cell of a workbook in process with an independent JavaScript formula engine
// (fast-formula-parser, MIT, parses the formula text and evaluates references, SUMIF and SUM; MAX, which it lacks,
// from @formulajs/formulajs, MIT); cell values come from the file as exceljs reads it. No spreadsheet program is needed, so this runs in
// `npm test`; tests/clients/ opens the same workbooks in LibreOffice.
import ExcelJS from 'exceljs';
import FormulaParser, { type CellRef, type CellValue } from 'fast-formula-parser';
import { MAX } from '@formulajs/formulajs';

export interface RecalculatedCell { sheet: string; row: number; col: number; address: string; formula: string; cached: unknown; value: unknown }

/** ROUND as a spreadsheet does it: on the value's 15 significant decimal digits, half away from zero. The engine's
 *  own ROUND rounds the binary double (ROUND(1.00005, 4) → 1), which no spreadsheet program does. */
export function spreadsheetRound(x: number, digits: number): number {
  if (!Number.isInteger(digits) || digits < 0) throw new Error(`ROUND with ${digits} digits is not used by landlink`);
  const scale = 10 ** digits;
  const shifted = Number((Math.abs(Number(x.toPrecision(15))) * scale).toPrecision(15));
  return (Math.sign(x) || 1) * Math.round(shifted) / scale;
}

const numberArg = (a: { value: unknown }): number => {
  if (typeof a.value !== 'number') throw new Error(`ROUND of a non-number: ${String(a.value)}`);
  return a.value;
};

function plainValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) throw new Error(`${cell.address}: a date in a cell a formula reads`);
  return cell.text; // rich text, hyperlink
}

/** Every formula cell of `wb` with the value the engine computes for it (formulas referring to formulas are
 *  evaluated in turn; a cycle is an error). */
export function recalculateWorkbook(wb: ExcelJS.Workbook): RecalculatedCell[] {
  const memo = new Map<string, CellValue>();
  const active = new Set<string>();
  const sheetOf = (name: string): ExcelJS.Worksheet => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`a formula refers to a missing sheet ${name}`);
    return ws;
  };
  const valueAt = (ref: CellRef): CellValue => {
    const cell = sheetOf(ref.sheet).getCell(ref.row, ref.col);
    if (cell.type !== ExcelJS.ValueType.Formula) return plainValue(cell);
    const key = `${ref.sheet}!${cell.address}`;
    if (memo.has(key)) return memo.get(key);
    if (active.has(key)) throw new Error(`circular reference at ${key}`);
    active.add(key);
    // the engine's parser is not re-entrant: a formula met while evaluating another gets the next parser
    const value = parserAt(active.size - 1).parse(cell.formula, ref) as CellValue;
    active.delete(key);
    memo.set(key, value);
    return value;
  };
  const parsers: FormulaParser[] = [];
  const parserAt = (depth: number): FormulaParser => (parsers[depth] ??= newParser());
  const newParser = (): FormulaParser => new FormulaParser({
    onCell: valueAt,
    onRange: (ref) => {
      const rows: CellValue[][] = [];
      for (let row = ref.from.row; row <= ref.to.row; row++) {
        const cells: CellValue[] = [];
        for (let col = ref.from.col; col <= ref.to.col; col++) cells.push(valueAt({ sheet: ref.sheet, row, col }));
        rows.push(cells);
      }
      return rows;
    },
    functions: {
      ROUND: (x, digits) => spreadsheetRound(numberArg(x), numberArg(digits)),
      MAX: (...args): unknown => MAX(...args.map((a) => a.value)),
    },
  });
  const out: RecalculatedCell[] = [];
  wb.eachSheet((ws) => ws.eachRow((row, r) => row.eachCell((cell, c) => {
    if (cell.type !== ExcelJS.ValueType.Formula) return;
    out.push({ sheet: ws.name, row: r, col: c, address: cell.address, formula: cell.formula, cached: cell.result, value: valueAt({ sheet: ws.name, row: r, col: c }) });
  })));
  return out;
}
