// THE row builder: a kind's column spec (columns/) says which field each column fills and how its cells are read;
// this turns one data row into the typed row (src/domain/rows.ts) by that spec, so each field name is written once,
// in the spec. The row's type is derived from the spec too (SpecRow) and checked against the kind's row type where
// the builders are listed (rows/index.ts): a column of the wrong cell type, or a field no column fills, does not
// compile. A kind with rules beyond its cells (supply: 备案类型 derived, numeric 土地来源) adds them in `derive`.
import type { Exact } from '../../domain/exact.js';
import type { IsoDate, RegionRef, RowBase } from '../../domain/rows.js';
import type { Vocabulary, YesNo } from '../../domain/vocabulary.js';
import type { CellSpec, ColumnSpec, KindSpec, RegionColumnField } from '../columns/index.js';
import type { FieldValue, LandSourceCell } from '../convert.js';
import type { RawRow } from '../table.js';
import { type FileContext, RowFields, exactValue, intValue, landSourceValue, textValue } from './common.js';
import { resolveRowRegion } from './region.js';

/** What each cell type reads into (convert.ts), before a column narrows it (ColumnValue). */
interface CellValues {
  id: string;
  text: string | null;
  area: Exact | null;
  number: Exact | null;
  date: IsoDate | null;
  enum: string | null;
  'yes-no': string | null;
  year: number | null;
  'land-source': LandSourceCell | null;
  'region-code': never;
  'region-name': never;
}

/** The value a column puts into its field: an enum (yes-no) column's ids are those of its vocabulary (yesNo), as
 *  convert.ts matched them; a required text column
 *  holds '' when the cell is missing (its finding is already raised), unless it is `nullable`. */
export type ColumnValue<C extends ColumnSpec<string>> =
  C['cell'] extends { type: 'enum'; vocabulary: Vocabulary<infer Id> } ? Id | null
  : C['cell'] extends { type: 'yes-no' } ? YesNo | null
  : C['cell'] extends { type: 'text'; nullable: true } ? string | null
  : C['cell'] extends { type: 'text' } ? (C['required'] extends true ? string : string | null)
  : CellValues[C['cell']['type']];

/** A spec's columns that fill a field of the row: all but those checked and not kept (`kept: false`). */
type SpecColumn<S extends KindSpec> = Exclude<S['columns'][number], { kept: false }>;

/** The typed row a spec builds: its source, one field per kept column, and `region` when it has the region's columns. */
export type SpecRow<S extends KindSpec> = RowBase
  & { -readonly [C in Exclude<SpecColumn<S>, { field: RegionColumnField }> as C['field']]: ColumnValue<C> }
  & (Extract<SpecColumn<S>['field'], RegionColumnField> extends never ? unknown : { region: RegionRef | null });

/** Reads one column's converted cell (undefined when the file lacks the column; RowFields' accessors): one reader
 *  per cell type, complete by type. */
const cellReaders: { [T in CellSpec['type']]: (v: FieldValue | undefined, col: ColumnSpec) => CellValues[T] | null } = {
  id: (v) => textValue(v) ?? '',
  text: (v, col) => (col.required && !(col.cell.type === 'text' && col.cell.nullable) ? textValue(v) ?? '' : textValue(v)),
  area: exactValue,
  number: exactValue,
  date: textValue,
  enum: textValue,
  'yes-no': textValue,
  year: intValue,
  'land-source': landSourceValue,
  'region-code': () => null,
  'region-name': () => null,
};

function isRegionColumn(col: ColumnSpec): boolean {
  return col.cell.type === 'region-code' || col.cell.type === 'region-name';
}

export interface RowRules<S extends KindSpec, D extends object> {
  /** Fields computed from the row as read (they replace the fields of the same name), before the region is resolved. */
  derive?: (row: SpecRow<S>, r: RowFields) => D;
  /** supply: the id whose first six digits stand in for a missing region code (rows/region.ts). */
  regionFallbackId?: (row: SpecRow<S>) => string;
}

export type RowBuilder<Row> = (raw: RawRow, fc: FileContext) => Row;

/** The builder of one kind's typed rows, from its spec (and its extra rules, if any). */
// NoInfer: D comes from `derive` alone, never from where the builder is used (rows/index.ts), which would make any
// row type fit.
export function specRowBuilder<const S extends KindSpec, D extends object = object>(spec: S, rules: RowRules<S, D> = {}): RowBuilder<Omit<SpecRow<S>, keyof NoInfer<D>> & NoInfer<D>> {
  // A column not kept is still converted and checked (RowFields converts every matched column), only not read here.
  const kept = spec.columns.filter((col) => col.kept !== false);
  const reads = kept.filter((col) => !isRegionColumn(col)).map((col) => ({ field: col.field, col, read: cellReaders[col.cell.type] }));
  const hasRegion = spec.columns.some(isRegionColumn);
  // Every row is a copy of one template with the fields in the spec's order: rows of a kind share one shape, and
  // their keys come out in the order the spec lists the columns (the region where its first column is).
  const keys = ['source', 'columns', ...new Set(kept.map((col) => (isRegionColumn(col) ? 'region' : col.field)))];
  // Made by JSON.parse, the template holds its fields inside the object, as an object literal would (a template
  // grown key by key keeps them in a separate array, ≈ 10 % more memory for 200k rows): the copies inherit that.
  const template = JSON.parse(JSON.stringify(Object.fromEntries(keys.map((k) => [k, null])))) as Record<string, unknown>;
  const { derive, regionFallbackId } = rules;
  return (raw, fc) => {
    const r = (fc.fields ??= new RowFields(fc)).load(raw);
    const row: Record<string, unknown> = { ...template };
    row.source = r.source;
    row.columns = fc.columns;
    // Each field's slot is looked up once per file, not once per row (BENCHMARKS.md "Reading CPU at 1×").
    const slots = fc.readSlots ??= reads.map(({ field }) => fc.slots.get(field));
    for (let i = 0; i < reads.length; i++) { const { field, col, read } = reads[i]!; row[field] = read(r.at(slots[i]), col); }
    // The one cast: the values were read by the readers above, each of its column's cell type (ColumnValue).
    const read = row as SpecRow<S>;
    if (derive !== undefined) Object.assign(row, derive(read, r));
    if (hasRegion) row.region = resolveRowRegion(r, regionFallbackId?.(read));
    return row as Omit<SpecRow<S>, keyof D> & D;
  };
}
