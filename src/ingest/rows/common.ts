// What every kind's row builder shares: the file's context and one row's converted fields.
import { Exact } from '../../domain/exact.js';
import type { Finding } from '../../findings/index.js';
import { type InputKind, type SourceRef, sourceRef } from '../../domain/rows.js';
import type { ColumnField, KindSpec } from '../columns/index.js';
import { type CellContext, ConvertMemo, type FieldValue, type LandSourceCell, convertCell } from '../convert.js';
import type { HeaderColumn, HeaderMatch } from '../header.js';
import type { RawRow } from '../table.js';

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
  /** field → index into `ordered` (and into a row's converted values). */
  slots: ReadonlyMap<string, number>;
  /** The cell context of the row being built: one object per file, its row and project id set per row (it is
   *  only read while the row is built; findings copy what they need). */
  ctx: CellContext;
  /** Per-file memo of converted values (dates, numbers, region refs …): one object per distinct value. */
  memo: ConvertMemo;
  /** The slot of each field the file's row builder reads, in its order (build.ts), worked out at its first row. */
  readSlots: readonly (number | undefined)[] | undefined;
  /** The file's one RowFields (build.ts), made at its first row. */
  fields: RowFields | undefined;
}

export function fileContext(file: string, sheet: string | undefined, date1904: boolean, spec: KindSpec, header: HeaderMatch, findings: Finding[]): FileContext {
  const columns: Partial<Record<string, string>> = {};
  for (const [field, col] of header.byField) columns[field] = col.header;
  const ordered = spec.columns.map((c) => header.byField.get(c.field)).filter((c): c is HeaderColumn => c !== undefined);
  const slots = new Map(ordered.map((c, i) => [c.spec.field, i] as const));
  const ctx: CellContext = sheet !== undefined
    ? { file, sheet, row: 0, date1904, findings, projectId: undefined }
    : { file, row: 0, date1904, findings, projectId: undefined };
  return { file, ...(sheet !== undefined ? { sheet } : {}), date1904, spec, header, findings, columns, ordered, slots, ctx, memo: new ConvertMemo(sheet === undefined), readSlots: undefined, fields: undefined };
}

/** A converted value as each cell type's field holds it (RowFields' accessors; build.ts reads by slot with these). */
export function textValue(v: FieldValue | undefined): string | null { return typeof v === 'string' ? v : null; }
export function exactValue(v: FieldValue | undefined): Exact | null { return v instanceof Exact ? v : null; }
export function intValue(v: FieldValue | undefined): number | null { return typeof v === 'number' ? v : null; }
export function landSourceValue(v: FieldValue | undefined): LandSourceCell | null {
  return v !== null && v !== undefined && typeof v === 'object' && !(v instanceof Exact) ? v : null;
}

/** A column's field, of any kind (a misspelt name does not compile). */
type Field = ColumnField<InputKind>;

/** One data row with its cells converted, and typed accessors for the builder (build.ts). One object per file,
 *  loaded with each row in turn (`load`): it lives only while that row is built, and nothing keeps it (BENCHMARKS.md
 *  "Reading CPU at 1×": two objects fewer per row). */
export class RowFields {
  source: SourceRef = { file: '', row: 0 };
  readonly ctx: CellContext;
  private readonly values: FieldValue[];

  constructor(readonly fc: FileContext) {
    this.ctx = fc.ctx;
    this.values = new Array<FieldValue>(fc.ordered.length).fill(null);
  }

  /** Converts the cells of `raw` (its findings go to the file's context) and makes them the current row's. */
  load(raw: RawRow): this {
    const fc = this.fc, file = fc.file, sheet = fc.sheet, row = raw.row;
    this.source = sourceRef(file, sheet, row);
    const ctx = this.ctx;
    ctx.row = row;
    ctx.projectId = undefined;
    // The id column (always the first of a spec) is read first so that later findings carry the project id.
    const idSpec = fc.spec.columns[0];
    const ordered = fc.ordered;
    const values = this.values;
    for (let i = 0; i < ordered.length; i++) {
      const col = ordered[i]!;
      const value = convertCell(raw.cells[col.index], col, ctx, fc.memo);
      values[i] = value;
      if (col.spec === idSpec && typeof value === 'string' && value !== '') ctx.projectId = value;
    }
    return this;
  }

  private value(field: Field): FieldValue | undefined {
    const slot = this.fc.slots.get(field);
    return slot === undefined ? undefined : this.values[slot];
  }

  /** The converted value in a slot of `fc.slots` (undefined: the file lacks the column). */
  at(slot: number | undefined): FieldValue | undefined { return slot === undefined ? undefined : this.values[slot]; }

  /** Whether the file has the column. */
  has(field: Field): boolean { return this.fc.header.byField.has(field); }
  /** The column's header as written. */
  column(field: Field): string | undefined { return this.fc.header.byField.get(field)?.header; }

  text(field: Field): string | null { return textValue(this.value(field)); }
  /** A required text field: '' when missing (the finding is already raised). */
  requiredText(field: Field): string { return this.text(field) ?? ''; }
  exact(field: Field): Exact | null { return exactValue(this.value(field)); }
  int(field: Field): number | null { return intValue(this.value(field)); }
  landSource(field: Field): LandSourceCell | null { return landSourceValue(this.value(field)); }
}
