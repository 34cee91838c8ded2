// Table + header → typed rows of one kind (inputs.md "Locations name the file, the sheet (xlsx), the row
// as a spreadsheet shows it … and the column's header as written in the file"). Every data row becomes one
// typed row; fully empty rows are skipped silently (trailing empties are normal); nothing else is dropped.
// Ids that must be unique within the file (inputs.md supply: "unique within the file") are checked here.
// Two more things are reported here, never silently skipped or turned into a row of errors (tests/fixtures/bad/README.md:
// joined-exports-xlsx, only-header-*):
// - a data row that repeats the header (files joined one after the other, a second header line) is reported
//   once (header-repeated) and not read as data;
// - a file with a header and no data row at all (file-no-rows): the export probably missed its range.
import { pushAll } from '../../domain/push-all.js';
import { finding, type Finding } from '../../findings/index.js';
import type { KindSpec } from '../columns/index.js';
import { type HeaderMatch, headerIndex, matchHeaderCell } from '../header.js';
import { shownValue } from '../convert.js';
import { type Cell, type RawRow, type Table, isBlankRow } from '../table.js';
import type { InputKind, RowByKind } from '../../domain/rows.js';
import { carriedSpec } from '../columns/carried.js';
import { evidenceSpec } from '../columns/evidence.js';
import { inspectionSpec } from '../columns/inspection.js';
import { ledgerSpec } from '../columns/ledger.js';
import { reclamationSpec } from '../columns/reclamation.js';
import { redevelopmentSpec } from '../columns/redevelopment.js';
import { startCheckSpec } from '../columns/start-check.js';
import { type RowBuilder, specRowBuilder } from './build.js';
import { type FileContext, fileContext } from './common.js';
import { buildSupplyRow } from './supply.js';
import { DuplicateIds } from './duplicate-ids.js';

const builders = {
  supply: buildSupplyRow,
  redevelopment: specRowBuilder(redevelopmentSpec),
  reclamation: specRowBuilder(reclamationSpec),
  evidence: specRowBuilder(evidenceSpec),
  inspection: specRowBuilder(inspectionSpec),
  'start-check': specRowBuilder(startCheckSpec),
  ledger: specRowBuilder(ledgerSpec),
  carried: specRowBuilder(carriedSpec),
};

/** The row a builder makes when it is exactly `Row` (assignable both ways: a field of another type, a field no column
 *  fills, a text that could no longer be null — each fails), else never. */
type Exactly<Built, Row> = [Built] extends [Row] ? ([Row] extends [Built] ? Row : never) : never;
type BuiltRow<B> = B extends RowBuilder<infer R> ? R : never;

/** Each kind's builder; the row its spec builds must be the kind's row (src/domain/rows.ts), or this does not compile. */
export const rowBuilders: { readonly [K in InputKind]: RowBuilder<Exactly<BuiltRow<(typeof builders)[K]>, RowByKind[K]>> } = builders;

/**
 * Turns the data rows below a located header into typed rows, one at a time (rows arrive while the file is
 * scanned, BENCHMARKS.md). Findings come out in the order a whole-table pass gave them: unreadable records first, then each
 * row's findings in row order, then file-no-rows and the duplicate ids.
 */
export class RowAssembler<K extends InputKind> {
  readonly rows: RowByKind[K][] = [];
  /** Data rows built, kept or not (the file's row count). */
  built = 0;
  private readonly rowFindings: Finding[] = [];
  private readonly unreadableFindings: Finding[] = [];
  private readonly fc: FileContext;
  private readonly build: (raw: RawRow, fc: FileContext) => RowByKind[K];
  private readonly where: { file: string; sheet?: string };
  private readonly repeat: HeaderRepeatCheck;
  private readonly duplicate: ReturnType<typeof duplicateIdCheck> | null;

  /** `retain`: rows the caller needs (src/ingest/read.ts ReadFileOptions.retain); every row is built and checked all the same.
   *  `ids`: where the unique-id check notes each row's id (ReadFileOptions.ids), else a list of its own. */
  constructor(kind: K, private readonly spec: KindSpec, private readonly header: HeaderMatch, private readonly file: string, private readonly sheet: string | undefined, date1904: boolean,
    private readonly retain?: (row: RowByKind[K]) => boolean, ids?: DuplicateIds) {
    this.fc = fileContext(file, sheet, date1904, spec, header, this.rowFindings);
    this.build = rowBuilders[kind];
    this.where = { file, ...(sheet !== undefined ? { sheet } : {}) };
    this.repeat = headerRepeatCheck(header, spec);
    this.duplicate = spec.uniqueId === undefined ? null : duplicateIdCheck(spec.uniqueId, header, file, sheet, ids ?? new DuplicateIds());
  }

  row(raw: RawRow): void {
    if (isBlankRow(raw)) return;
    if (this.repeat(raw)) {
      this.rowFindings.push(finding('header-repeated', { ...this.where, row: raw.row, expected: String(this.header.row) }));
      return;
    }
    const row = this.build(raw, this.fc);
    this.built++;
    this.duplicate?.add(row);
    if (this.retain === undefined || this.retain(row)) this.rows.push(row);
  }

  unreadable(row: number, detail: string): void {
    this.unreadableFindings.push(finding('row-unreadable', { ...this.where, row }, { params: { detail } }));
  }

  finish(): { rows: RowByKind[K][]; built: number; findings: Finding[] } {
    const findings: Finding[] = [];
    pushAll(findings, this.unreadableFindings);
    pushAll(findings, this.rowFindings);
    if (this.built === 0) findings.push(finding('file-no-rows', { ...this.where, row: this.header.row }));
    if (this.duplicate !== null) pushAll(findings, this.duplicate.findings());
    return { rows: this.rows, built: this.built, findings };
  }
}

export function buildRows<K extends InputKind>(kind: K, spec: KindSpec, table: Table, header: HeaderMatch, file: string): { rows: RowByKind[K][]; findings: Finding[] } {
  const asm = new RowAssembler(kind, spec, header, file, table.sheet, table.date1904);
  for (const u of table.unreadableRows) asm.unreadable(u.row, u.detail);
  for (let i = header.rowIndex + 1; i < table.rows.length; i++) asm.row(table.rows[i]!);
  const { rows, findings } = asm.finish();
  return { rows, findings };
}

function headerText(cell: Cell | undefined): string | null {
  return typeof cell === 'string' ? cell : null;
}

/** True when at least half of the matched columns hold a header name of their own field (checked cheaply: the
 *  first matched column first). */
export function repeatsHeader(raw: RawRow, header: HeaderMatch, spec: KindSpec): boolean {
  return headerRepeatCheck(header, spec)(raw);
}

type HeaderRepeatCheck = (raw: RawRow) => boolean;

/** repeatsHeader for one file's header, its columns listed once. */
function headerRepeatCheck(header: HeaderMatch, spec: KindSpec): HeaderRepeatCheck {
  const cols = [...header.byField.values()];
  if (cols.length < 2) return () => false;
  // A text starting with an ASCII digit keeps it first in its header key (normalisation only trims, drops spaces and
  // quotes, lowercases), so it can only name a field one of whose header keys starts with a digit: none usually, and
  // data such as ids, years and areas is then told apart without matching (BENCHMARKS.md: this ran on every row).
  const digitLed = new Set<string>();
  for (const [key, col] of headerIndex(spec)) if (isAsciiDigit(key.charCodeAt(0))) digitLed.add(col.field);
  // Whether a text names the column's own field, kept per text and column (the first two columns are looked at on
  // every row, and a column such as 材料类型 holds a few texts over and over), up to REPEAT_CHECK_MEMO texts each.
  const namesOwnField = cols.map((col) => memoised((text) => matchHeaderCell(text, spec)?.spec.field === col.spec.field));
  // No closure made per row (BENCHMARKS.md "Reading CPU at 1×"): the row is passed along.
  const same = (cells: Cell[], i: number): boolean => {
    const col = cols[i]!;
    const text = headerText(cells[col.index]);
    if (text === null || (isAsciiDigit(text.charCodeAt(0)) && !digitLed.has(col.spec.field))) return false;
    return namesOwnField[i]!(text);
  };
  return (raw) => {
    const cells = raw.cells;
    if (!same(cells, 0) && !same(cells, 1)) return false;
    let named = 0;
    for (let i = 0; i < cols.length; i++) if (same(cells, i)) named++;
    return named * 2 >= cols.length;
  };
}

const REPEAT_CHECK_MEMO = 4096;

function memoised(answer: (text: string) => boolean): (text: string) => boolean {
  const known = new Map<string, boolean>();
  return (text) => {
    let a = known.get(text);
    if (a === undefined) {
      a = answer(text);
      if (known.size < REPEAT_CHECK_MEMO) known.set(text, a);
    }
    return a;
  };
}

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The unique-id check of a file (duplicate-ids.ts): notes each row's id as it arrives, reports at the end. */
function duplicateIdCheck(field: string, header: HeaderMatch, file: string, sheet: string | undefined, ids: DuplicateIds): { add: (row: object) => void; findings: () => Finding[] } {
  const column = header.byField.get(field)?.header ?? field;
  return {
    // Every row's id, one per row built (an id column reads '' when the cell is missing), so that ids.id(i) is the
    // id of the i-th row built.
    add: (row) => {
      const id = (row as Record<string, unknown>)[field];
      ids.add(typeof id === 'string' ? id : '', (row as { source: { row: number } }).source.row);
    },
    findings: () => ids.duplicates().map((d) => finding('id-duplicate', {
      file, ...(sheet !== undefined ? { sheet } : {}), row: d.row, column, value: shownValue(d.id), expected: String(d.firstRow),
    }, { projectId: d.id })),
  };
}
