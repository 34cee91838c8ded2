// Layout + model → a table of cells with spreadsheet row numbers, ready for the CSV or xlsx writer, and the
// locations (row as a spreadsheet shows it, header as written) that the manifest reports.
import type { DateStyle } from './format.js';
import {
  evidenceLayout, inspectionLayout, ledgerLayout, reclamationLayout, redevelopmentLayout, startCheckLayout, supplyLayout,
  type Cell, type Encoding, type FileLayout,
} from './layouts.js';
import type { FileKind, YearModel } from './model.js';

export interface RenderedTable {
  kind: FileKind;
  fileName: string;
  format: 'xlsx' | 'csv';
  encoding: Encoding;
  dateStyle: DateStyle;
  sheet?: string;
  title: string[];
  notes?: { sheet: string; lines: string[] };
  keys: string[];
  header: string[];
  widths: number[];
  /** Spreadsheet row of the header (first row = 1; title rows counted). */
  headerRow: number;
  rows: Cell[][];
  rowIds: string[];
}

export function renderTable<R>(layout: FileLayout<R>, m: YearModel): RenderedTable {
  const records = layout.rows(m);
  const keys = layout.columns.map((c) => c.key);
  const rows = records.map((r, i) => {
    const raw = layout.raw?.(r);
    return layout.columns.map((c) => {
      const override = raw?.[c.key];
      return override !== undefined ? override : c.value(r, i);
    });
  });
  const title = layout.title?.(m.year) ?? [];
  const table: RenderedTable = {
    kind: layout.kind,
    fileName: layout.fileName(m.year),
    format: layout.format,
    encoding: layout.encoding,
    dateStyle: layout.dateStyle,
    title,
    keys,
    header: layout.columns.map((c) => c.header),
    widths: layout.columns.map((c) => c.width),
    headerRow: title.length + 1,
    rows,
    rowIds: records.map((r) => layout.rowId(r)),
  };
  if (layout.sheet !== undefined) table.sheet = layout.sheet;
  if (layout.notes) table.notes = { sheet: layout.notes.sheet, lines: layout.notes.lines(m.year) };
  return table;
}

export function renderYear(m: YearModel): RenderedTable[] {
  return [
    renderTable(supplyLayout, m),
    renderTable(redevelopmentLayout, m),
    renderTable(reclamationLayout, m),
    renderTable(evidenceLayout, m),
    renderTable(inspectionLayout, m),
    renderTable(startCheckLayout, m),
    renderTable(ledgerLayout, m),
  ];
}

/** Where a row's cell is, as a user sees it: spreadsheet row (header counted) and the column's header. */
export function locate(table: RenderedTable, rowId: string, key: string): { row: number; column: string } {
  const index = table.rowIds.indexOf(rowId);
  const col = table.keys.indexOf(key);
  if (index < 0 || col < 0) throw new RangeError(`no cell ${rowId}/${key} in ${table.fileName}`);
  return { row: table.headerRow + 1 + index, column: table.header[col]! };
}
