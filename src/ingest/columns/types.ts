// Column specs as data (inputs.md, one table per input kind): the single source for header matching,
// required-column checks, cell conversion, the typed row (rows/build.ts builds it from the spec) and the blank
// templates of `landlink init`. A spec is declared `as const satisfies KindSpec<'kind'>`: every `field` must be a
// field of that kind's row (src/domain/rows.ts), so a misspelt field does not compile.
import type { AreaUnit } from '../../domain/exact.js';
import type { InputKind, RowBase, RowByKind, UnkeptFieldsByKind } from '../../domain/rows.js';
import type { Vocabulary } from '../../domain/vocabulary.js';

/** How a column's cells are read. */
export type CellSpec =
  | { type: 'text'; nullable?: true }                   // free text, kept as written (trimmed); a required one reads '' when
                                                        // missing (its finding is raised), null with `nullable`
  | { type: 'id' }                                      // a project id: NFKC, trimmed; a number must be an exact integer
  | { type: 'area'; unit: AreaUnit; target?: 'ha' | 'm2' } // unit when the header names none; value in hectares (or m²)
  | { type: 'number'; positive?: boolean }              // an exact number ≥ 0 (> 0 with `positive`)
  | { type: 'date' }                                    // → IsoDate (dates.ts)
  | { type: 'enum'; vocabulary: Vocabulary<string> }    // → the term's id (vocabulary.ts)
  | { type: 'land-source' }                             // 土地来源: the landSources vocabulary, or the national site's number of hectares
  | { type: 'region-code' }                             // 6/9/12-digit code (a name written there is read as a name)
  | { type: 'region-name' }                             // a division name
  | { type: 'year' }                                    // a four-digit year
  | { type: 'yes-no' };                                 // 是/否 → YesNo

/** The region's two columns, read together into the row's `region` (rows/region.ts). */
export type RegionColumnField = 'regionCode' | 'regionName';

/** The fields a column of kind K can fill: the row's own fields (not its source), with the region's two columns in
 *  place of `region`, and the kind's columns checked but not kept (UnkeptFieldsByKind, marked `kept: false`). */
export type ColumnField<K extends InputKind> = K extends InputKind
  ? | Exclude<Extract<keyof RowByKind[K], string>, keyof RowBase | 'region'>
    | ('region' extends keyof RowByKind[K] ? RegionColumnField : never)
    | UnkeptFieldsByKind[K]
  : never;

export interface ColumnSpec<F extends string = ColumnField<InputKind>> {
  /** The typed row's field it fills (src/domain/rows.ts), or regionCode/regionName for its `region`. */
  field: F;
  /** Canonical Chinese header, without a unit (area columns show their unit: see displayHeader). */
  header: string;
  /** Other names the column goes by (inputs.md "aliases"), without a unit. */
  aliases: readonly string[];
  /** The column must be present and its cells filled (inputs.md "req" = yes). "yes*" region columns are handled
   *  by `requiredAnyOf`. */
  required: boolean;
  /** A required column that may be absent because its value is then derived (supply 备案类型, inputs.md "yes*"):
   *  when present, its cells are required. */
  derivedWhenAbsent?: boolean;
  /** false: the cells are read and checked as any column's (the same findings), but the row has no such field
   *  (src/domain/rows.ts UnkeptFieldsByKind: nothing reads it). */
  kept?: false;
  cell: CellSpec;
}

/** The spec of kind K; F is derived from K (a parameter of its own so that a kind's spec is a KindSpec). */
export interface KindSpec<K extends InputKind = InputKind, F extends string = ColumnField<K>> {
  kind: K;
  /** The names a file or a sheet of this kind carries (inputs.md table of kinds). */
  names: { en: string; zh: string };
  /** In the order of the typed row's fields; the project id first (its findings carry it, rows/common.ts). */
  columns: readonly ColumnSpec<F>[];
  /** "yes*" groups: at least one of these fields must be present (e.g. 行政区代码 or 行政区). */
  requiredAnyOf: readonly (readonly F[])[];
  /** The id field checked for duplicates within the file, if any (inputs.md: "unique within the file"). */
  uniqueId?: F;
}

const UNIT_LABEL: Record<AreaUnit, string> = { ha: '公顷', mu: '亩', m2: '平方米' };

/** The header as a template writes it: area columns carry their unit, e.g. 供地面积(公顷). */
export function displayHeader(col: ColumnSpec): string {
  return col.cell.type === 'area' ? `${col.header}(${UNIT_LABEL[col.cell.unit]})` : col.header;
}

export function unitLabel(unit: AreaUnit): string { return UNIT_LABEL[unit]; }
