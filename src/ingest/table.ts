// The raw shape every reader hands on: rows of cells exactly as the file holds them, before any column
// meaning is applied (inputs.md "Reading rules" happen later, in header.ts and rows/).

/** An Excel error value (`#N/A`, `#VALUE!` …): never data. */
export interface CellError { error: string }

/** A cell as read: text, a real number (xlsx), a boolean (xlsx), an error value, or nothing. */
export type Cell = string | number | boolean | CellError | null;

/** One row of a sheet. `cells` may be sparse (holes are empty cells); `row` is the row number as a
 *  spreadsheet shows it (first row = 1). */
export interface RawRow { row: number; cells: Cell[] }

export type TableEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'xlsx';

export interface Table {
  /** The worksheet name (xlsx only). */
  sheet?: string;
  rows: RawRow[];
  /** The workbook's 1904 date system flag (xlsx only; CSV is always false). */
  date1904: boolean;
  encoding: TableEncoding;
  /** Rows that could not be read at all (CSV syntax), with their row numbers. */
  unreadableRows: { row: number; detail: string }[];
}

export function isCellError(cell: Cell): cell is CellError {
  return typeof cell === 'object' && cell !== null;
}

/** True for a cell with nothing in it: null or only white space. */
export function isBlankCell(cell: Cell | undefined): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** A row whose every cell is blank: skipped silently (trailing empty rows are normal in exports). */
export function isBlankRow(row: RawRow): boolean {
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    if (!isBlankCell(cells[i])) return false; // a hole reads as undefined: an empty cell
  }
  return true;
}
