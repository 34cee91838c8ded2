// What every kind's row builder shares: the file's context and one row's converted fields.
import { Exact } from '../../domain/exact.js';
import type { Finding } from '../../findings/index.js';
import type { KindSpec } from '../columns/index.js';
import { type CellContext, type FieldValue, type LandSourceCell, convertCell } from '../convert.js';
import type { HeaderColumn, HeaderMatch } from '../header.js';
import type { RawRow } from '../table.js';
import type { SourceRef } from '../types.js';

export interface FileContext {
  /** The file's base name, as locations show it. */
  file: string;
  sheet?: string;
  date1904: boolean;
  spec: KindSpec;
  header: HeaderMatch;
  findings: Finding[];
  /** field → header as written, shared by all rows of the file (RowBase.columns). */
  columns: Partial<Record<string, string>>;
  /** The file's matched columns in spec order, the id column first. */
  ordered: readonly HeaderColumn[];
}

export function fileContext(file: string, sheet: string | undefined, date1904: boolean, spec: KindSpec, header: HeaderMatch, findings: Finding[]): FileContext {
  const columns: Partial<Record<string, string>> = {};
  for (const [field, col] of header.byField) columns[field] = col.header;
  const ordered = spec.columns.map((c) => header.byField.get(c.field)).filter((c): c is HeaderColumn => c !== undefined);
  return { file, ...(sheet !== undefined ? { sheet } : {}), date1904, spec, header, findings, columns, ordered };
}

/** One data row with its cells converted, and typed accessors for the builders. */
export class RowFields {
  readonly source: SourceRef;
  readonly ctx: CellContext;
  private readonly values = new Map<string, FieldValue>();

  constructor(readonly raw: RawRow, readonly fc: FileContext) {
    this.source = { file: fc.file, ...(fc.sheet !== undefined ? { sheet: fc.sheet } : {}), row: raw.row };
    this.ctx = { file: fc.file, ...(fc.sheet !== undefined ? { sheet: fc.sheet } : {}), row: raw.row, date1904: fc.date1904, findings: fc.findings };
    // The id column (always the first of a spec) is read first so that later findings carry the project id.
    const idSpec = fc.spec.columns[0];
    for (const col of fc.ordered) {
      const value = convertCell(raw.cells[col.index], col, this.ctx);
      this.values.set(col.spec.field, value);
      if (col.spec === idSpec && typeof value === 'string' && value !== '') this.ctx.projectId = value;
    }
  }

  /** Whether the file has the column. */
  has(field: string): boolean { return this.fc.header.byField.has(field); }
  /** The column's header as written. */
  column(field: string): string | undefined { return this.fc.header.byField.get(field)?.header; }

  text(field: string): string | null { const v = this.values.get(field); return typeof v === 'string' ? v : null; }
  /** A required text field: '' when missing (the finding is already raised). */
  requiredText(field: string): string { return this.text(field) ?? ''; }
  term<Id extends string>(field: string): Id | null { return this.text(field) as Id | null; }
  exact(field: string): Exact | null { const v = this.values.get(field); return v instanceof Exact ? v : null; }
  int(field: string): number | null { const v = this.values.get(field); return typeof v === 'number' ? v : null; }
  landSource(field: string): LandSourceCell | null {
    const v = this.values.get(field);
    return v !== null && typeof v === 'object' && !(v instanceof Exact) ? v : null;
  }
}
