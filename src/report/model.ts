// Workbook models: what a sheet contains, independent of the library that writes it (style.md "report/:
// figures → workbook models (pure) → exceljs writer (the I/O edge)"). Every model is plain data, built by pure
// functions and rendered by report/xlsx.ts, the only module that touches exceljs.

/** A formula without the leading '=', with the value landlink computed as its cached result. */
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

export interface SheetModel {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  columns: ColumnModel[];
  /** All rows top to bottom (title rows, the header row, data rows). */
  rows: CellInput[][];
  /** 1-based row of the header: bold, frozen below it, autofilter from it when `autoFilter`. */
  headerRow?: number;
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
  /** Print setup: landscape and fit to page width, with a centred page header. */
  print?: { landscape: boolean; title: string };
  tabColor?: string;
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

export interface WorkbookModel {
  meta: WorkbookMeta;
  sheets: SheetModel[];
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
