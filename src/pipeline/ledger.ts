// Stage 6 — ledger (domain.md 决定 7): a parcel (same 电子监管号 or project id) is credited at most once across
// all years and categories; ids credited in an earlier year (the ledger) are rejected this year. Ledger rows of
// year Y itself (a re-run after `ledger add`) or later are not "earlier" and are ignored.
import { finding } from '../findings/index.js';
import type { Finding } from '../findings/types.js';
import type { LedgerRow } from '../ingest/types.js';
import { columnOf, rowLocation, withFindings, type ProjectDraft, type StageResult } from './draft.js';
import { sortBySource } from './order.js';

export function ledger(drafts: readonly ProjectDraft[], rows: readonly LedgerRow[], year: number): StageResult<ProjectDraft[]> {
  const earlier = new Map<string, LedgerRow>();
  // An unreadable 挂钩年度 (reported by the reader) counts as earlier: refusing is the safe side of 决定 7.
  for (const row of sortBySource(rows)) {
    if ((row.linkageYear === null || row.linkageYear < year) && !earlier.has(row.projectId)) earlier.set(row.projectId, row);
  }
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
