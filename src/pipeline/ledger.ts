// Stage 6 — ledger (domain.md 决定 7): a parcel (same 电子监管号 or project id) is credited at most once across
// all years and categories; ids credited in an earlier year (the ledger) are rejected this year. Ledger rows of
// year Y itself (a re-run after `ledger add`) or later are not "earlier" and are ignored.
import { finding } from '../findings/index.js';
import type { Finding } from '../findings/types.js';
import type { InputKind, LedgerRow, RowByKind, SupplyRow } from '../domain/rows.js';
import type { YearInputs } from '../ingest/types.js';
import { columnOf, rowLocation, withFindings, type ProjectDraft, type StageResult } from './draft.js';
import { compareSource } from './order.js';

export function ledger(drafts: readonly ProjectDraft[], rows: readonly LedgerRow[], year: number): StageResult<ProjectDraft[]> {
  // An unreadable 挂钩年度 (reported by the reader) counts as earlier: refusing is the safe side of 决定 7.
  const earlier = firstBySource(rows, (row) => row.linkageYear === null || row.linkageYear < year);
  const findings: Finding[] = [];
  const value = drafts.map((d) => {
    const hit = earlier.get(d.id);
    if (!hit) return d;
    const f = finding('ledger-already-credited', rowLocation(hit.source, columnOf(hit, 'linkageYear'), { value: String(hit.linkageYear ?? '') }), { projectId: d.id });
    findings.push(f);
    return withFindings(d, [{ finding: f, verdict: 'rejected' }]);
  });
  return { value, findings };
}

/**
 * Per project id, the earliest row in source order (file, sheet, row) that passes `keep`: what a stable sort by
 * source followed by "first one wins" gives, in one pass (BENCHMARKS.md: the ledger holds every earlier year's ids, so it
 * is the largest input; sorting all of it cost more than the rest of this stage).
 */
export function firstBySource(rows: readonly LedgerRow[], keep: (row: LedgerRow) => boolean): Map<string, LedgerRow> {
  const first = new Map<string, LedgerRow>();
  for (const row of rows) {
    if (!keep(row)) continue;
    const seen = first.get(row.projectId);
    if (seen === undefined || compareSource(row.source, seen.source) < 0) first.set(row.projectId, row);
  }
  return first;
}

/**
 * The ledger rows the pipeline can ever look at, decided from the year's other inputs before the ledger is read
 * (src/app/load-and-compute.ts; BENCHMARKS.md: the ledger holds every earlier year's ids and is by far the largest
 * input). The stages read the ledger only through `firstBySource(...).get(id)` for an id of this year's supply,
 * redevelopment, reclamation, inspection or start-check rows (ledger, inspection, deductions), and through whether
 * any row of last year exists (deductions: start-check-unverified, 决定 5c). So every row of such an id is kept, and
 * the first row of each 挂钩年度 (an unreadable one included); compute gives the same result on the kept rows as on
 * all of them (tests/pipeline/ledger-retain.test.ts).
 */
export function ledgerRowsNeeded(before: LedgerLookups): (row: Pick<LedgerRow, 'projectId' | 'linkageYear'>) => boolean {
  return ledgerRowsNamed(idsLookedUp(before));
}

export type LedgerLookups = Pick<YearInputs, 'supply' | 'redevelopment' | 'reclamation' | 'inspection' | 'startCheck'>;

/** Every id the stages may look the ledger up by (ledgerRowsNeeded). */
export function idsLookedUp(before: LedgerLookups): Set<string> {
  return new Set(idsLookedUpList(before));
}

/** idsLookedUp as a list, repeats included (cheaper to make and to send to a worker thread than the set). */
export function idsLookedUpList(before: LedgerLookups): string[] {
  return [
    ...idsLookedUpIn('supply', before.supply), ...idsLookedUpIn('redevelopment', before.redevelopment),
    ...idsLookedUpIn('reclamation', before.reclamation), ...idsLookedUpIn('inspection', before.inspection),
    ...idsLookedUpIn('start-check', before.startCheck),
  ];
}

/** The ids the rows of one file of `kind` add to idsLookedUp (none for a kind the stages never look the ledger up
 *  by): a worker thread gets them file by file, as the files are read (src/app/read-worker.ts). */
export function idsLookedUpIn<K extends InputKind>(kind: K, rows: readonly RowByKind[K][]): string[] {
  if (kind === 'supply') return (rows as readonly SupplyRow[]).map((r) => r.supervisionId);
  if (kind === 'redevelopment' || kind === 'reclamation' || kind === 'inspection' || kind === 'start-check') {
    return (rows as readonly { projectId: string }[]).map((r) => r.projectId);
  }
  return [];
}

/** ledgerRowsNeeded given the ids (a worker thread gets the ids, not the rows: src/app/read-worker.ts). Rows must
 *  be offered in reading order: the first row of each 挂钩年度 is kept. */
export function ledgerRowsNamed(ids: Pick<ReadonlySet<string>, 'has'>): (row: Pick<LedgerRow, 'projectId' | 'linkageYear'>) => boolean {
  const years = new Set<number | null>();
  return (row) => {
    if (ids.has(row.projectId)) return true;
    if (years.has(row.linkageYear)) return false;
    years.add(row.linkageYear);
    return true;
  };
}
