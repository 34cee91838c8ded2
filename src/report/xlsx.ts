// THE exceljs adapter: the only module of src/ that imports exceljs (shared/notes/dependencies.md "keep every call in
// one adapter module"). Renders a pure WorkbookModel to xlsx bytes. Reading back (returned review workbooks) goes
// through the ingest room's own xlsx reader (src/ingest/xlsx.ts), not exceljs.
import type ExcelJS from 'exceljs';

/** exceljs costs ~0.35 s to load: loaded on first write, so validate/status/--help start fast. */
let excel: typeof ExcelJS | undefined;
async function loadExcel(): Promise<typeof ExcelJS> {
  excel ??= (await import('exceljs')).default;
  return excel;
}
import { cellOf, isFormula, type Cell, type CellStyle, type SheetModel, type Validation, type WorkbookModel } from './model.js';
import { columnWidths, rowHeights } from './widths.js';
import { fills } from './styles.js';
import { fixZipTimestamps } from './zip-timestamps.js';
import { storableText } from './storable.js';

const FONT = '等线';
const FONT_SIZE = 11;

function toExcelValue(cell: Cell): ExcelJS.CellValue {
  const v = cell.value;
  if (v === null) return null;
  if (isFormula(v)) {
    if (v.formula.startsWith('=')) throw new Error(`formula must not start with '=': ${v.formula}`);
    if (!Number.isFinite(v.result)) throw new Error(`formula result not finite: ${v.formula}`);
    return { formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`cell number not finite: ${v}`);
    return v;
  }
  // A plain string is always a string cell (t="s"), never a formula: no formula injection (tested in tests/report/plan.test.ts and libreoffice.test.ts).
  return storableText(v);
}

function applyStyle(target: ExcelJS.Cell, style: CellStyle, extra: { header?: boolean; border?: boolean }): void {
  target.font = {
    name: FONT,
    size: FONT_SIZE,
    bold: style.bold || extra.header ? true : undefined,
    italic: style.italic || undefined,
    color: style.fontColor ? { argb: style.fontColor } : undefined,
  };
  if (style.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
  if (style.numFmt) target.numFmt = style.numFmt;
  target.alignment = {
    vertical: 'middle',
    horizontal: style.align ?? (extra.header ? 'center' : undefined),
    wrapText: style.wrap || extra.header ? true : undefined,
  };
  if (extra.border) {
    const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
    target.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.unlocked) target.protection = { locked: false };
}

function addValidation(ws: ExcelJS.Worksheet, v: Validation): void {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: v.errorStyle ?? 'stop',
    errorTitle: '输入有误',
    error: v.error,
    showInputMessage: v.prompt !== undefined,
    prompt: v.prompt,
  };
  let spec: Record<string, unknown>;
  if ('list' in v) {
    const formula = Array.isArray(v.list)
      ? `"${v.list.map((s) => s.replace(/"/g, '""')).join(',')}"`
      : `'${(v.list as { sheet: string }).sheet}'!${(v.list as { range: string }).range}`;
    spec = { ...common, type: 'list', formulae: [formula] };
  } else {
    const operator = 'greaterThanOrEqual';
    spec = { ...common, type: v.kind, operator, formulae: [v.min ?? 0] };
  }
  (ws as unknown as { dataValidations: { add(range: string, spec: unknown): void } }).dataValidations.add(v.range, spec);
}

function renderSheet(wb: ExcelJS.Workbook, sheet: SheetModel): void {
  const header = sheet.headerRow;
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.state ?? 'visible',
    views: header ? [{ state: 'frozen', xSplit: 0, ySplit: header, topLeftCell: `A${header + 1}`, activeCell: `A${header + 1}` }] : [],
    properties: sheet.tabColor ? { tabColor: { argb: sheet.tabColor } } : {},
    pageSetup: sheet.print
      ? { orientation: sheet.print.landscape ? 'landscape' : 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: header ? `1:${header}` : undefined, horizontalCentered: true, margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } }
      : {},
  });
  if (sheet.print) {
    ws.headerFooter = { oddHeader: `&C&"${FONT},Bold"${sheet.print.title.replace(/&/g, '&&')}`, oddFooter: '&C第 &P 页，共 &N 页' };
  }
  const widths = columnWidths(sheet);
  widths.forEach((w, i) => {
    const column = ws.getColumn(i + 1);
    column.width = w;
    const fmt = sheet.columns[i]?.numFmt;
    if (fmt) column.numFmt = fmt;
  });
  sheet.rows.forEach((row, ri) => {
    const r = ri + 1;
    const isHeader = header === r;
    const inTable = header !== undefined && r >= header && r <= (sheet.tableEnd ?? sheet.rows.length);
    const count = inTable ? Math.max(row.length, sheet.columns.length) : row.length;
    for (let ci = 0; ci < count; ci++) {
      const input = row[ci];
      const cell = input === undefined ? { value: null } : cellOf(input);
      const target = ws.getCell(r, ci + 1);
      target.value = toExcelValue(cell);
      const columnStyle = r > (header ?? 0) ? sheet.columns[ci]?.style : undefined;
      const style: CellStyle = { ...(isHeader ? { fill: fills.header } : {}), ...columnStyle, ...cell.style };
      applyStyle(target, style, { header: isHeader, border: inTable || style.border === true });
      if (cell.note) target.note = cell.note;
    }
  });
  for (const m of sheet.merges ?? []) ws.mergeCells(m);
  for (const [r, h] of Object.entries(rowHeights(sheet, widths))) ws.getRow(Number(r)).height = h;
  if (header && sheet.autoFilter) {
    ws.autoFilter = { from: { row: header, column: 1 }, to: { row: Math.max(header, sheet.tableEnd ?? sheet.rows.length), column: sheet.columns.length } };
  }
  for (const v of sheet.validations ?? []) addValidation(ws, v);
  if (sheet.protect) {
    // No password: it prevents accidents, not attacks (outputs.md). Filtering stays possible; sorting does not,
    // so the rows stay where the fingerprint expects them.
    void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: false });
  }
}

/**
 * Renders a workbook model to xlsx bytes; the same model always gives the same bytes. `extend` may add what the
 * model cannot express (e.g. the 指标 sheet's conditional formats, report/indicators-sheet.ts) before writing.
 */
export async function renderWorkbook(model: WorkbookModel, extend?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const { Workbook } = await loadExcel();
  const wb = new Workbook();
  wb.creator = model.meta.creator;
  wb.lastModifiedBy = model.meta.creator;
  wb.created = model.meta.date;
  wb.modified = model.meta.date;
  wb.title = model.meta.title;
  if (model.meta.subject) wb.subject = model.meta.subject;
  if (model.meta.keywords) wb.keywords = model.meta.keywords;
  if (model.meta.description) wb.description = model.meta.description;
  wb.calcProperties = { fullCalcOnLoad: false };
  for (const sheet of model.sheets) renderSheet(wb, sheet);
  extend?.(wb);
  const active = model.sheets.findIndex((s) => (s.state ?? 'visible') === 'visible');
  wb.views = [{ x: 0, y: 0, width: 24000, height: 14000, firstSheet: 0, activeTab: Math.max(0, active), visibility: 'visible' }];
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return fixZipTimestamps(bytes, model.meta.date);
}

