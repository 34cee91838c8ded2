// Column specs as data (inputs.md, one table per input kind): the single source for header matching,
// required-column checks, cell conversion and the blank templates of `landlink init`.
import type { AreaUnit } from '../../domain/exact.js';
import type { Vocabulary } from '../../domain/vocabulary.js';
import type { InputKind } from '../../domain/rows.js';

/** How a column's cells are read. */
export type CellSpec =
  | { type: 'text' }                                    // free text, kept as written (trimmed)
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

export interface ColumnSpec {
  /** Field name: the typed row's field (src/ingest/types.ts), or regionCode/regionName for its `region`. */
  field: string;
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
  cell: CellSpec;
}

export interface KindSpec {
  kind: InputKind;
  /** The names a file or a sheet of this kind carries (inputs.md table of kinds). */
  names: { en: string; zh: string };
  columns: readonly ColumnSpec[];
  /** "yes*" groups: at least one of these fields must be present (e.g. 行政区代码 or 行政区). */
  requiredAnyOf: readonly (readonly string[])[];
  /** The id field checked for duplicates within the file, if any (inputs.md: "unique within the file"). */
  uniqueId?: string;
}

const UNIT_LABEL: Record<AreaUnit, string> = { ha: '公顷', mu: '亩', m2: '平方米' };

/** The header as a template writes it: area columns carry their unit, e.g. 供地面积(公顷). */
export function displayHeader(col: ColumnSpec): string {
  return col.cell.type === 'area' ? `${col.header}(${UNIT_LABEL[col.cell.unit]})` : col.header;
}

export function unitLabel(unit: AreaUnit): string { return UNIT_LABEL[unit]; }
