// Table sheets for the cycle's workbooks (抽查清单, 开工核查), built as the shared workbook model of
// src/xlsx/model.ts and written by the one workbook writer, src/xlsx/write.ts (renderWorkbook), atomically
// (src/report/atomic.ts). Pure: a header row, data rows, dropdowns on the columns that have a list.
import type { CellInput, CellStyle, SheetModel, Validation, WorkbookModel } from '../xlsx/index.js';
import { renderWorkbook } from '../xlsx/index.js';
import { writeFileAtomic } from '../report/atomic.js';
import { colLetter } from '../xlsx/index.js';

export interface TableColumn {
  header: string;
  style?: CellStyle;
  width?: number;
  maxWidth?: number;
  /** A dropdown over the column's data cells. */
  list?: readonly string[];
}

/** Dropdowns reach a little past the data so that a row added by hand has one too. */
const VALIDATION_MARGIN = 50;


/** A sheet whose first row is the header (what the input readers look for) and whose rows follow it. */
export function tableSheet(name: string, columns: readonly TableColumn[], rows: CellInput[][], o: { autoFilter?: boolean; printTitle?: string } = {}): SheetModel {
  const last = rows.length + 1 + VALIDATION_MARGIN;
  const validations: Validation[] = columns.flatMap((c, i) => c.list
    ? [{ range: `${colLetter(i)}2:${colLetter(i)}${last}`, list: c.list, error: `请从下拉列表选择：${c.list.join(' / ')}` }]
    : []);
  return {
    name,
    columns: columns.map((c) => ({
      ...(c.width !== undefined ? { width: c.width } : {}),
      ...(c.maxWidth !== undefined ? { maxWidth: c.maxWidth } : {}),
      ...(c.style ? { style: c.style } : {}),
    })),
    rows: [columns.map((c) => c.header), ...rows],
    headerRow: 1,
    autoFilter: o.autoFilter ?? false,
    validations,
    ...(o.printTitle !== undefined ? { print: { landscape: true, title: o.printTitle } } : {}),
  };
}

/** A fixed, year-derived metadata date (UTC) so that two runs give the same workbook (deterministic outputs, docs/spec/outputs.md). */
export function metadataDate(year: number): Date { return new Date(Date.UTC(year, 0, 1)); }

export async function writeWorkbook(model: WorkbookModel, file: string): Promise<void> {
  await writeFileAtomic(file, () => renderWorkbook(model));
}
