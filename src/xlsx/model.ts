// Workbook models: what a sheet contains, as plain data built by pure functions (the application's report
// code) and rendered to bytes by write.ts, the only module that writes SpreadsheetML.

/** A formula without the leading '=', with the value the caller computed as its cached result. */
export interface FormulaValue {
  formula: string;
  result: number;
}

export type PlainValue = string | number | null;
export type CellValue = PlainValue | FormulaValue;

export interface CellStyle {
  /** Excel number format, e.g. '0.0000'. */
  numFmt?: string;
  /** Background fill, ARGB ('FFC6EFCE'). */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Thin border (cells inside a sheet's header..tableEnd block get one anyway). */
  border?: boolean;
  /** Unlocked under sheet protection (the only cells a city may edit). */
  unlocked?: boolean;
}

export interface Cell {
  value: CellValue;
  style?: CellStyle;
  /** A cell comment (批注), e.g. why a figure is not a formula. */
  note?: string;
}

export type CellInput = CellValue | Cell;

export interface ColumnModel {
  /** Width in Excel character units; computed from the content (CJK counted as 2) when absent. */
  width?: number;
  /** Upper bound for the computed width; longer text wraps. */
  maxWidth?: number;
  /** Style applied to every data cell of the column (below the header row). */
  style?: CellStyle;
  /** Number format of the whole column, empty cells included (templates: '@' keeps ids as text). */
  numFmt?: string;
}

export interface ListValidation {
  /** Range such as 'N2:N40'. */
  range: string;
  /** The allowed values inline (short lists) or a reference to a range on a (hidden) sheet. */
  list: readonly string[] | { sheet: string; range: string };
  /** Message shown when a value outside the list is typed. */
  error: string;
  prompt?: string;
  /** 'stop' refuses other values (default); 'warning' lets the user keep them after a warning. */
  errorStyle?: 'stop' | 'warning';
}

export interface DecimalValidation {
  range: string;
  kind: 'decimal' | 'whole' | 'date';
  min?: number;
  error: string;
  prompt?: string;
  errorStyle?: 'stop' | 'warning';
}

export type Validation = ListValidation | DecimalValidation;

/**
 * Rows produced on demand (a big sheet can be millions of cells, never all held as cell objects): `row(i)`
 * builds the 0-based row i afresh and may be called any number of times (the writer takes one pass for the column
 * widths and one to write), so it must be pure.
 */
export interface LazyRows {
  readonly count: number;
  row(index: number): CellInput[];
  /**
   * `row(index)[column]` without building the rest of the row, when the sheet can give it (pure as well): the
   * width pass then measures column by column and stops at a column's greatest width (src/xlsx/widths.ts), so a
   * big sheet's rows are built whole only once, to be written.
   */
  cell?(index: number, column: number): CellInput | undefined;
}

/** A sheet's rows: a plain array, or rows produced on demand. */
export type SheetRows = CellInput[][] | LazyRows;

/** A conditional format rule: an expression with the look of matching cells, or a data bar between two numbers. */
export type ConditionalRule =
  | { type: 'expression'; formula: string; fill?: string; fontColor?: string }
  | { type: 'dataBar'; min: number; max: number; color: string };

export interface ConditionalFormat {
  /** Range such as 'E3:E14'; an expression's relative references are relative to its top-left cell. */
  ref: string;
  rules: ConditionalRule[];
}

/** One series of a chart: a literal name and a range of this sheet holding its values ('E2:E12'). */
export interface ChartSeries {
  name: string;
  values: string;
  /** Bar colour, RGB hex without '#' ('4472C4'); a default palette otherwise. */
  color?: string;
}

/**
 * A native chart (DrawingML) drawn over the sheet: bars over the categories of one range, each series reading its
 * values from cells of this sheet, so that a changed figure moves the chart. The writer stores the cells' current
 * values in the chart as its cache (what a viewer shows before it recalculates).
 */
export interface ChartModel {
  type: 'bar';
  /** 'column': vertical bars (default); 'bar': horizontal bars. Series side by side (clustered). */
  direction?: 'column' | 'bar';
  title: string;
  /** Range of this sheet holding the category labels ('B2:B12'). */
  categories: string;
  series: ChartSeries[];
  /** The cells the chart covers, top-left to bottom-right ('A20:J40'). */
  anchor: string;
  /** Number format of the value axis ('0.00', '0%'); 'General' otherwise. */
  valueFormat?: string;
}

export interface SheetModel<Rows extends SheetRows = CellInput[][]> {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  columns: ColumnModel[];
  /** All rows top to bottom (title rows, the header row, data rows). */
  rows: Rows;
  /** 1-based row of the header: bold, frozen below it, autofilter from it when `autoFilter`. */
  headerRow?: number;
  /** Columns frozen left of the panes (with the rows up to headerRow); default none. */
  freezeColumns?: number;
  /** Conditional formats (priorities numbered in order, starting at 1). */
  conditionalFormats?: ConditionalFormat[];
  autoFilter?: boolean;
  /** Last row of the bordered table (default: the last row); rows below are free notes. */
  tableEnd?: number;
  /** Row heights in points, by 1-based row (Excel does not grow merged wrapped cells by itself). */
  rowHeights?: Record<number, number>;
  /** Merged ranges, e.g. 'A1:F1'. */
  merges?: string[];
  validations?: Validation[];
  /** Protect the sheet without a password (cells with style.unlocked stay editable). */
  protect?: boolean;
  /**
   * Print setup: fit to page width, the header rows repeated on each page; with a `title`, narrow margins, centred
   * on the page, the title as page header and page numbers as footer (without one: default margins, no header).
   */
  print?: { landscape: boolean; title?: string };
  tabColor?: string;
  /** Native charts drawn over the sheet (xl/charts, xl/drawings). */
  charts?: ChartModel[];
}

export interface WorkbookMeta {
  creator: string;
  title: string;
  subject?: string;
  keywords?: string;
  description?: string;
  /** Fixed created/modified date, so that two runs on the same inputs give the same workbook. */
  date: Date;
}

/** A workbook; `WorkbookModel<SheetRows>` when some sheets may have lazy rows (what the writer takes). */
export interface WorkbookModel<Rows extends SheetRows = CellInput[][]> {
  meta: WorkbookMeta;
  sheets: SheetModel<Rows>[];
}

export function rowCount(rows: SheetRows): number {
  return Array.isArray(rows) ? rows.length : rows.count;
}

/** The 0-based row `index` (an empty row past the end of an array). */
export function rowAt(rows: SheetRows, index: number): CellInput[] {
  return Array.isArray(rows) ? rows[index] ?? [] : rows.row(index);
}

export function lazyRows(count: number, row: (index: number) => CellInput[], cell?: (index: number, column: number) => CellInput | undefined): LazyRows {
  return cell ? { count, row, cell } : { count, row };
}

/** A header row, then `count` rows whose column c holds `cells[c](i)` for the row's item i (0-based): lazy rows that
 *  can give single cells (LazyRows.cell), so their widths are measured column by column. */
export function lazyColumns(header: readonly CellInput[], count: number, cells: readonly ((item: number) => CellInput)[]): LazyRows {
  return lazyRows(
    count + 1,
    (i) => (i === 0 ? [...header] : cells.map((cell) => cell(i - 1))),
    (i, c) => (i === 0 ? header[c] : cells[c]?.(i - 1)),
  );
}

/** All rows as an array (small sheets and tests; the writer never materialises a lazy sheet). */
export function materializeRows(rows: SheetRows): CellInput[][] {
  return Array.isArray(rows) ? rows : Array.from({ length: rows.count }, (_, i) => rows.row(i));
}

export function isCell(input: CellInput): input is Cell {
  return input !== null && typeof input === 'object' && 'value' in input;
}

export function isFormula(value: CellValue): value is FormulaValue {
  return value !== null && typeof value === 'object' && 'formula' in value;
}

export function cellOf(input: CellInput): Cell {
  return isCell(input) ? input : { value: input };
}
