// Header row detection and column matching (inputs.md "Reading rules"):
// - "Header = the first row whose cells match at least half of the kind's known column names" — or, for the
//   national-site exports that carry only some of our columns, the first row holding all the kind's required
//   columns. Only the first 30 non-empty rows are searched; title rows above the header are skipped.
// - Names are matched after normalisation (normalize.ts textKey). Area headers carry their unit:
//   `复垦面积(亩)` is 复垦面积 in 亩. A trailing parenthesised annotation that is not a unit is dropped
//   (the real export's `土地来源(爬虫推导,有bug)` is 土地来源) — but a header that matches as a whole wins
//   (`县(市、区)` is an alias of its own).
// - Two columns for one field: the first wins, the later one is reported (column-duplicate).
// - Unknown extra columns are ignored and listed (column-unknown, info).
// - A missing required column stops the run (InputError column-missing), naming the column and its aliases.
// Header names live in Maps only (never object keys), so `__proto__` or `constructor` are ordinary names.
import type { AreaUnit } from '../domain/exact.js';
import { InputError, finding, type Finding } from '../findings/index.js';
import { type ColumnSpec, type KindSpec, displayHeader, unitLabel } from './columns/index.js';
import { textKey } from './normalize.js';
import { type Cell, type Table, isBlankRow, isCellError } from './table.js';

export const HEADER_SEARCH_ROWS = 30;

export interface HeaderColumn {
  /** Index of the column in a row's cells. */
  index: number;
  /** The header as written in the file (trimmed). */
  header: string;
  spec: ColumnSpec;
  /** Area columns: the unit from the header, else the spec's default. */
  unit?: AreaUnit;
  /** A parenthesised annotation of an area header that is not a known unit. */
  unknownUnit?: string;
}

export interface HeaderMatch {
  /** Index into table.rows of the header row. */
  rowIndex: number;
  /** The header row as a spreadsheet shows it. */
  row: number;
  byField: Map<string, HeaderColumn>;
  findings: Finding[];
}

const UNIT_KEYS = new Map<string, AreaUnit>([
  ['公顷', 'ha'], ['ha', 'ha'], ['hm2', 'ha'],
  ['亩', 'mu'], ['mu', 'mu'],
  ['平方米', 'm2'], ['m2', 'm2'], ['平米', 'm2'], ['sqm', 'm2'],   // NFKC: ㎡ → m2, m² → m2
]);
const UNIT_PREFIX = /^单位[:：]?/;
const TRAILING_GROUP = /^(.+?)[([【]([^()[\]【】]*)[)\]】]$/;

const indexCache = new WeakMap<KindSpec, Map<string, ColumnSpec>>();

/** header key → column spec of a kind: canonical names and aliases. */
export function headerIndex(spec: KindSpec): Map<string, ColumnSpec> {
  let index = indexCache.get(spec);
  if (!index) {
    index = new Map();
    for (const col of spec.columns) {
      for (const name of [col.header, ...col.aliases]) {
        const key = textKey(name);
        if (!index.has(key)) index.set(key, col);
      }
    }
    indexCache.set(spec, index);
  }
  return index;
}

export function unitOfAnnotation(inner: string): AreaUnit | undefined {
  return UNIT_KEYS.get(textKey(inner).replace(UNIT_PREFIX, ''));
}

/** Matches one header cell's text to a column of the kind; null when it is not a known column. */
export function matchHeaderCell(text: string, spec: KindSpec): Omit<HeaderColumn, 'index' | 'header'> | null {
  const index = headerIndex(spec);
  const key = textKey(text);
  if (key === '') return null;
  const whole = index.get(key);
  if (whole) return whole.cell.type === 'area' ? { spec: whole, unit: whole.cell.unit } : { spec: whole };
  const last = key.charCodeAt(key.length - 1);
  if (last !== 0x29 && last !== 0x5d && last !== 0x3011) return null; // ')' ']' '】': no trailing group (cheap: data rows)
  const m = TRAILING_GROUP.exec(key);
  if (!m) return null;
  const col = index.get(m[1]!);
  if (!col) return null;
  if (col.cell.type !== 'area') return { spec: col };
  const unit = unitOfAnnotation(m[2]!);
  return unit ? { spec: col, unit } : { spec: col, unit: col.cell.unit, unknownUnit: m[2]! };
}

function cellText(cell: Cell | undefined): string {
  if (cell === undefined || cell === null || isCellError(cell)) return '';
  return String(cell).trim();
}

interface Candidate { byField: Map<string, HeaderColumn>; duplicates: HeaderColumn[]; unknown: { index: number; header: string }[] }

function matchRow(cells: Cell[], spec: KindSpec): Candidate {
  const byField = new Map<string, HeaderColumn>();
  const duplicates: HeaderColumn[] = [];
  const unknown: { index: number; header: string }[] = [];
  cells.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === '') return;
    const m = matchHeaderCell(header, spec);
    if (!m) { unknown.push({ index, header }); return; }
    const col: HeaderColumn = { index, header, ...m };
    if (byField.has(m.spec.field)) duplicates.push(col);
    else byField.set(m.spec.field, col);
  });
  return { byField, duplicates, unknown };
}

interface Missing { column: string; expected: string }

function missingColumns(byField: Map<string, HeaderColumn>, spec: KindSpec): Missing[] {
  const out: Missing[] = [];
  const names = (c: ColumnSpec): string => [displayHeader(c), ...c.aliases].join('、');
  for (const col of spec.columns) if (col.required && !col.derivedWhenAbsent && !byField.has(col.field)) out.push({ column: displayHeader(col), expected: names(col) });
  for (const group of spec.requiredAnyOf) {
    if (group.some((f) => byField.has(f))) continue;
    const cols = group.map((f) => spec.columns.find((c) => c.field === f)!);
    out.push({ column: cols.map(displayHeader).join(' 或 '), expected: cols.map(names).join('；') });
  }
  return out;
}

/** Finds the header row of a table for a kind; throws InputError when there is none or a required column is missing. */
export function locateHeader(table: Table, spec: KindSpec, file: string): HeaderMatch {
  const where = { file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}) };
  let best: { rowIndex: number; cand: Candidate } | null = null;
  let chosen: { rowIndex: number; cand: Candidate } | null = null;
  let searched = 0;
  for (let i = 0; i < table.rows.length && searched < HEADER_SEARCH_ROWS; i++) {
    const raw = table.rows[i]!;
    if (isBlankRow(raw)) continue;
    searched++;
    const cand = matchRow(raw.cells, spec);
    const score = cand.byField.size;
    if (score === 0) continue;
    if (!best || score > best.cand.byField.size) best = { rowIndex: i, cand };
    if (score * 2 >= spec.columns.length || missingColumns(cand.byField, spec).length === 0) { chosen = { rowIndex: i, cand }; break; }
  }
  const pick = chosen ?? best;
  if (!pick) {
    throw new InputError(finding('header-not-found', where, { params: { kind: `${spec.names.zh}（${spec.names.en}）`, detail: HEADER_SEARCH_ROWS } }));
  }
  const headerRow = table.rows[pick.rowIndex]!.row;
  const missing = missingColumns(pick.cand.byField, spec);
  if (missing.length > 0) {
    throw new InputError(finding('column-missing', {
      ...where, row: headerRow,
      column: missing.map((m) => m.column).join('、'),
      expected: missing.map((m) => m.expected).join('；'),
    }));
  }
  const findings: Finding[] = [];
  const at = (column: string) => ({ ...where, row: headerRow, column });
  for (const col of pick.cand.byField.values()) {
    if (col.unknownUnit !== undefined) {
      findings.push(finding('column-unit-unknown', { ...at(col.header), value: col.unknownUnit, expected: unitLabel(col.unit!) }));
    }
  }
  for (const dup of pick.cand.duplicates) {
    findings.push(finding('column-duplicate', { ...at(dup.header), expected: pick.cand.byField.get(dup.spec.field)!.header }));
  }
  const seen = new Set<string>();
  for (const u of pick.cand.unknown) {
    if (seen.has(u.header)) continue;
    seen.add(u.header);
    findings.push(finding('column-unknown', at(u.header)));
  }
  return { rowIndex: pick.rowIndex, row: headerRow, byField: pick.cand.byField, findings };
}
