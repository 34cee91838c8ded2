// Every input kind's column spec, complete by type (a kind without a spec does not compile). To add a kind: its row
// type in src/domain/rows.ts (and InputKind, RowByKind); its spec here, `as const satisfies KindSpec<'kind'>`, listed
// below; its builder in rows/index.ts (`specRowBuilder(spec)`); its place in YearInputs (ingest/types.ts, load.ts).
// The compiler then points at each table that still lacks it (labels, templates).
import type { InputKind } from '../../domain/rows.js';
import { carriedSpec } from './carried.js';
import { evidenceSpec } from './evidence.js';
import { inspectionSpec } from './inspection.js';
import { ledgerSpec } from './ledger.js';
import { reclamationSpec } from './reclamation.js';
import { redevelopmentSpec } from './redevelopment.js';
import { startCheckSpec } from './start-check.js';
import { supplySpec } from './supply.js';
import type { KindSpec } from './types.js';

export type { CellSpec, ColumnField, ColumnSpec, KindSpec, RegionColumnField } from './types.js';
export { displayHeader, unitLabel } from './types.js';

export const kindSpecs: { readonly [K in InputKind]: KindSpec<K> } = {
  supply: supplySpec,
  redevelopment: redevelopmentSpec,
  reclamation: reclamationSpec,
  evidence: evidenceSpec,
  inspection: inspectionSpec,
  'start-check': startCheckSpec,
  ledger: ledgerSpec,
  carried: carriedSpec,
};

/** The kinds in the order they are read and reported. */
export const inputKinds: readonly InputKind[] = ['supply', 'redevelopment', 'reclamation', 'evidence', 'inspection', 'start-check', 'ledger', 'carried'];
