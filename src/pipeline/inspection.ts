// Stage 5 — inspection (浙土资发〔2017〕19号 四、2 内业审核/实地抽查; 五 弄虚作假; domain.md 决定 5):
// 属实 changes nothing; 面积核减 with a 核实面积 credits the verified area when smaller; 错报 / 虚报 / 不属实 are fraud.
// Several rows on one project: the most severe conclusion wins (fraud, then reduction), the smallest verified area.
// A row on an earlier year's project (its id in the ledger) is no unknown id: fraud on it is deducted this year from
// the ledger's credited area (deductions.ts, 决定 5); any other conclusion changes nothing this year (a note).
import { Exact } from '../domain/exact.js';
import { finding } from '../findings/index.js';
import type { Finding } from '../findings/types.js';
import type { InspectionRow, LedgerRow } from '../domain/rows.js';
import { inspectionEffectRank, inspectionEffects } from '../policy/supervision.js';
import { inspectionConclusions, labelOf } from '../domain/vocabulary.js';
import { columnOf, rowLocation, withFindings, type ProjectDraft, type StageResult, type Verdict } from './draft.js';
import { sortBySource } from './order.js';
import { firstBySource } from './ledger.js';

type Found = { finding: Finding; verdict?: Verdict | undefined };

export function inspection(drafts: readonly ProjectDraft[], rows: readonly InspectionRow[], ledger: readonly LedgerRow[] = [], year = 0): StageResult<ProjectDraft[]> {
  const findings: Finding[] = [];
  const byProject = new Map<string, InspectionRow[]>();
  for (const row of sortBySource(rows)) {
    if (row.conclusion === null) continue; // the reader reported the unreadable 核查结论
    byProject.set(row.projectId, [...(byProject.get(row.projectId) ?? []), row]);
  }

  const value = drafts.map((d) => {
    const list = byProject.get(d.id);
    if (!list) return d;
    const { draft, found } = applyInspection(d, list);
    findings.push(...found.map((f) => f.finding));
    return withFindings(draft, found);
  });

  // What is left are the rows of no project of this year (few): the ledger is looked up for their ids only.
  for (const d of drafts) byProject.delete(d.id);
  const earlier = byProject.size === 0 ? new Map<string, LedgerRow>()
    : firstBySource(ledger, (row) => row.linkageYear !== null && row.linkageYear < year && byProject.has(row.projectId));
  for (const [id, list] of byProject) {
    const entry = earlier.get(id);
    for (const row of list) {
      if (entry === undefined) findings.push(finding('inspection-unknown-project', rowLocation(row.source, columnOf(row, 'projectId'), { value: id })));
      else if (effectOf(row) !== 'fraud') {
        findings.push(finding('inspection-earlier-project', rowLocation(row.source, columnOf(row, 'conclusion'), { value: labelOf(inspectionConclusions, row.conclusion!) }), { projectId: id, params: { year: entry.linkageYear! } }));
      }
    }
  }
  return { value, findings };
}

const effectOf = (r: InspectionRow) => inspectionEffects[r.conclusion!].effect;

function applyInspection(d: ProjectDraft, rows: readonly InspectionRow[]): { draft: ProjectDraft; found: Found[] } {
  const found: Found[] = [];
  const chosen = [...rows].sort((a, b) => inspectionEffectRank[effectOf(a)] - inspectionEffectRank[effectOf(b)])[0]!;
  const label = (r: InspectionRow) => labelOf(inspectionConclusions, r.conclusion!);
  const at = (r: InspectionRow, field: string, value?: string, expected?: string) =>
    rowLocation(r.source, columnOf(r, field), { ...(value !== undefined ? { value } : {}), ...(expected !== undefined ? { expected } : {}) });

  if (new Set(rows.map((r) => r.conclusion)).size > 1) {
    const detail = rows.map((r) => `第${r.source.row}行 ${label(r)}`).join('、');
    found.push({ finding: finding('inspection-multiple', at(chosen, 'conclusion', label(chosen)), { projectId: d.id, params: { detail } }) });
  }

  // 面积核减: the smallest verified area of the reduction rows, credited when smaller than the rule's area.
  let verifiedHa: Exact | null = null;
  const reductions = rows.filter((r) => effectOf(r) === 'reduce');
  const areas = reductions.flatMap((r) => (r.verifiedAreaHa !== null ? [{ r, a: r.verifiedAreaHa }] : []));
  if (reductions.length > 0 && areas.length === 0) {
    found.push({ finding: finding('inspection-area-missing', at(reductions[0]!, 'verifiedAreaHa'), { projectId: d.id }), verdict: 'pending' });
  } else if (areas.length > 0) {
    const smallest = areas.reduce((m, x) => (x.a.lt(m.a) ? x : m));
    const before = d.ruleHa;
    if (before === null || smallest.a.lt(before)) {
      verifiedHa = smallest.a;
      found.push({ finding: finding('inspection-area-reduced', at(smallest.r, 'verifiedAreaHa', smallest.a.toDecimalString(), before?.toDecimalString() ?? ''), { projectId: d.id }) });
    } else {
      found.push({ finding: finding('inspection-area-not-smaller', at(smallest.r, 'verifiedAreaHa', smallest.a.toDecimalString(), before.toDecimalString()), { projectId: d.id }) });
    }
  }

  if (effectOf(chosen) === 'fraud') {
    found.push({ finding: finding('inspection-fraud', at(chosen, 'conclusion', label(chosen)), { projectId: d.id }), verdict: 'fraud' });
  }
  d.inspection = chosen.conclusion;
  d.verifiedHa = verifiedHa;
  return { draft: d, found };
}
