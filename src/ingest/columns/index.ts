// Every input kind's column spec, complete by type (style.md "Complete by type").
import type { InputKind } from '../types.js';
import { carriedSpec } from './carried.js';
import { evidenceSpec } from './evidence.js';
import { inspectionSpec } from './inspection.js';
import { ledgerSpec } from './ledger.js';
import { reclamationSpec } from './reclamation.js';
import { redevelopmentSpec } from './redevelopment.js';
import { startCheckSpec } from './start-check.js';
import { supplySpec } from './supply.js';
import type { KindSpec } from './types.js';

export type { CellSpec, ColumnSpec, KindSpec } from './types.js';
export { displayHeader, unitLabel } from './types.js';

export const kindSpecs: Record<InputKind, KindSpec> = {
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
