import { ledgerSpec } from '../../src/ingest/columns/ledger.js';
import { specRowBuilder, type RowBuilder } from '../../src/ingest/rows/build.js';
import type { LedgerRow } from '../../src/domain/rows.js';
export const b: RowBuilder<LedgerRow> = specRowBuilder(ledgerSpec);
const b2 = specRowBuilder(ledgerSpec);
export const b3: RowBuilder<LedgerRow> = b2;
export const r: LedgerRow = b2(null!, null!);
