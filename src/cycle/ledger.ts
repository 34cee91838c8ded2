// The ledger of credited ids (已挂钩台账; domain.md Decisions 7: "A parcel … is credited at most once across all
// years and categories; credited ids of earlier years come from earlier plans (the ledger)"). `ledger add`
// appends a plan's 台账 to it and refuses any id the ledger already holds, so next year's run refuses double
// crediting. Pure: rows in, rows out.
import type { Exact } from '../domain/exact.js';
import { guideCitation } from '../domain/guide-sections.js';

export const LEDGER_ARTICLE = guideCitation('parcelOnce');

export interface LedgerLine {
  projectId: string;
  linkageYear: number;
  creditedHa: Exact;
  countyCode: string;
}

/** What refusing a duplicate needs of a ledger row: its id and year (area and region may be absent in old ledgers). */
export type LedgerKeyRow = Pick<LedgerLine, 'projectId' | 'linkageYear'>;

export interface LedgerDuplicate {
  projectId: string;
  /** Where the id already is: a year of the ledger, or 'plan' when the plan's 台账 lists it twice. */
  already: number | 'plan';
}

export type AppendResult =
  | { ok: true; total: number; added: LedgerLine[] }
  | { ok: false; duplicates: LedgerDuplicate[] };

/** Ids are compared after NFKC, trimming and upper-casing (电子监管号 letters, full-width digits). */
export function ledgerKey(id: string): string { return id.normalize('NFKC').trim().toUpperCase(); }

/** Appends `additions` to `existing`, or refuses them all when any id is already there (nothing half-added). */
export function appendToLedger(existing: readonly LedgerKeyRow[], additions: readonly LedgerLine[]): AppendResult {
  const yearOf = new Map<string, number>();
  for (const row of existing) if (!yearOf.has(ledgerKey(row.projectId))) yearOf.set(ledgerKey(row.projectId), row.linkageYear);
  const duplicates: LedgerDuplicate[] = [];
  const seen = new Set<string>();
  for (const row of additions) {
    const key = ledgerKey(row.projectId);
    const year = yearOf.get(key);
    if (year !== undefined) duplicates.push({ projectId: row.projectId, already: year });
    else if (seen.has(key)) duplicates.push({ projectId: row.projectId, already: 'plan' });
    seen.add(key);
  }
  if (duplicates.length > 0) return { ok: false, duplicates };
  return { ok: true, total: existing.length + additions.length, added: [...additions] };
}
