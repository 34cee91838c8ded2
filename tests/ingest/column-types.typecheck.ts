// Type-level tests of the column specs, checked by `npm run typecheck` (tsconfig.json includes tests/; vitest does
// not run this file). Each `@ts-expect-error` line must fail to compile: were it to compile, tsc reports the unused
// directive and the check fails.
import type { EvidenceRow, LedgerRow } from '../../src/domain/rows.js';
import { evidenceSpec } from '../../src/ingest/columns/evidence.js';
import { ledgerSpec } from '../../src/ingest/columns/ledger.js';
import type { KindSpec } from '../../src/ingest/columns/index.js';
import { type RowBuilder, specRowBuilder } from '../../src/ingest/rows/build.js';
import type { RowFields } from '../../src/ingest/rows/common.js';

// A misspelt field in a spec does not compile: it must be a field of the kind's row.
export const misspelt = {
  kind: 'ledger',
  names: { en: 'ledger', zh: '已挂钩台账' },
  requiredAnyOf: [],
  columns: [
    { field: 'projectId', header: '项目编号', aliases: [], required: true, cell: { type: 'id' } },
    // @ts-expect-error 'linkageYaer' is no field of LedgerRow
    { field: 'linkageYaer', header: '挂钩年度', aliases: [], required: true, cell: { type: 'year' } },
  ],
} as const satisfies KindSpec<'ledger'>;

// Nor a field of another kind's row.
export const otherKind = {
  kind: 'ledger',
  names: { en: 'ledger', zh: '已挂钩台账' },
  requiredAnyOf: [],
  columns: [
    // @ts-expect-error supervisionId is a supply field
    { field: 'supervisionId', header: '电子监管号', aliases: [], required: true, cell: { type: 'id' } },
  ],
} as const satisfies KindSpec<'ledger'>;

// A column read as the wrong cell type builds a row that is not the kind's row (挂钩年度 as text: string, not number).
const yearAsText = {
  ...ledgerSpec,
  columns: [ledgerSpec.columns[0], { ...ledgerSpec.columns[1], cell: { type: 'text' } }, ledgerSpec.columns[2], ledgerSpec.columns[3], ledgerSpec.columns[4]],
} as const satisfies KindSpec<'ledger'>;
// @ts-expect-error linkageYear would be string | null
export const wrongCell: RowBuilder<LedgerRow> = specRowBuilder(yearAsText);

// A spec missing a column builds a row without that field.
const noArea = { ...ledgerSpec, columns: [ledgerSpec.columns[0], ledgerSpec.columns[1], ledgerSpec.columns[3], ledgerSpec.columns[4]] } as const satisfies KindSpec<'ledger'>;
// @ts-expect-error creditedAreaHa is missing
export const missingField: RowBuilder<LedgerRow> = specRowBuilder(noArea);

// The spec as committed builds exactly the ledger row.
export const ledger: RowBuilder<LedgerRow> = specRowBuilder(ledgerSpec);

// The accessors of a row's converted cells take field names only.
export function misspeltAccessor(r: RowFields): string | null {
  // @ts-expect-error 'projectNmae' is no field of any kind
  return r.text('projectNmae');
}

// A column checked and not kept (`kept: false`, src/domain/rows.ts UnkeptFieldsByKind) fills no field of the row.
export const evidence: RowBuilder<EvidenceRow> = specRowBuilder(evidenceSpec);
export function unkeptField(row: EvidenceRow): unknown {
  // @ts-expect-error 文号 is checked, not kept: the row has no documentNo
  return row.documentNo;
}

// Kept after all (the flag dropped), it builds a row with a field the kind's row does not have.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Built<B> = B extends RowBuilder<infer R> ? R : never;
export const documentNoKept = {
  ...evidenceSpec,
  columns: [evidenceSpec.columns[0], evidenceSpec.columns[1], { field: 'documentNo', header: '文号', aliases: [], required: false, cell: { type: 'text' } },
    evidenceSpec.columns[3], evidenceSpec.columns[4], evidenceSpec.columns[5], evidenceSpec.columns[6], evidenceSpec.columns[7]],
} as const satisfies KindSpec<'evidence'>;
declare const keptRow: Exactly<Built<ReturnType<typeof specRowBuilder<typeof documentNoKept>>>, EvidenceRow>;
declare const committedRow: Exactly<Built<ReturnType<typeof specRowBuilder<typeof evidenceSpec>>>, EvidenceRow>;
export const committedExactly: true = committedRow;
// @ts-expect-error the row would have a documentNo, which EvidenceRow has not
export const keptAfterAll: true = keptRow;

// A field of the row marked not kept builds a row without it.
const stampedNotKept = {
  ...evidenceSpec,
  columns: [evidenceSpec.columns[0], evidenceSpec.columns[1], evidenceSpec.columns[2], { ...evidenceSpec.columns[3], kept: false },
    evidenceSpec.columns[4], evidenceSpec.columns[5], evidenceSpec.columns[6], evidenceSpec.columns[7]],
} as const satisfies KindSpec<'evidence'>;
// @ts-expect-error stamped is missing
export const rowFieldNotKept: RowBuilder<EvidenceRow> = specRowBuilder(stampedNotKept);
