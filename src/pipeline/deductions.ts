// Stage 9 — deductions (浙土资发〔2017〕19号 五、监督检查; domain.md 决定 5): fraud found in year Y's inspections and
// the December start check of year Y−1 projects (已撤销, 未开工(无合理证明)) each cost the county
// multiplier × (project area ÷ ratio), exact. A start-check row of another year, of an id the ledger does not know
// as a Y−1 project (when a ledger is given), or without area/region/result is a finding and is not deducted.
import { regionByCode } from '../domain/divisions.js';
import { finding } from '../findings/index.js';
import type { Finding } from '../findings/types.js';
import type { LedgerRow, StartCheckRow } from '../domain/rows.js';
import type { Policy } from '../policy/parameters.js';
import { deductionOf } from '../policy/quota.js';
import { startCheckEffects, type DeductionReason } from '../policy/supervision.js';
import { compareText } from '../policy/text.js';
import { columnOf, rowLocation, type StageResult } from './draft.js';
import { firstBySource } from './ledger.js';
import { compareSource, sortBySource } from './order.js';
import type { DeductionResult } from './types.js';
import type { AnyProjectResult } from './status.js';
import { isRewardCategory } from '../policy/reward.js';

export interface DeductionInputs {
  year: number;
  startCheck: readonly StartCheckRow[];
  ledger: readonly LedgerRow[];
}

const reasonCode = { fraud: 'deduction-fraud', revoked: 'deduction-revoked', 'not-started': 'deduction-not-started' } as const satisfies Record<DeductionReason, string>;

/** Which of several start-check results on one project wins: the one that deducts. */
const resultRank = { revoked: 0, 'not-started-unjustified': 1, 'not-started-justified': 2, started: 3 } as const;

export function deductions(projects: readonly AnyProjectResult[], inputs: DeductionInputs, policy: Policy): StageResult<DeductionResult[]> {
  const findings: Finding[] = [];
  const value: DeductionResult[] = [];
  const record = (d: DeductionResult) => {
    value.push(d);
    findings.push(finding(reasonCode[d.reason], rowLocation(d.source), {
      projectId: d.id,
      params: { year: d.year, multiplier: d.multiplier, projectQuota: d.projectQuotaHa.toFixed(4), deduction: d.deductionHa.toFixed(4) },
    }));
  };

  // Fraud found this year: 2 × (the area it would otherwise have been credited ÷ 3) — for a project of the opt-in
  // reward, ÷ the reward's own ratio (its "对应项目的年度新增建设用地指标", policy/reward.ts).
  for (const p of projects) {
    if (p.status !== 'fraud' || p.countyCode === null) continue;
    const ratio = isRewardCategory(p.category) ? policy.lowEfficiencyIndustrialReward.ratio : policy.ratio;
    record({ id: p.id, countyCode: p.countyCode, year: inputs.year, reason: 'fraud', multiplier: policy.penaltyMultiplier, ...deductionOf(p.eligibleHa, { ...policy, ratio }), source: p.source });
  }

  // The December start check of year Y−1 projects.
  const lastYear = inputs.year - 1;
  const ledgerLastYear = firstBySource(inputs.ledger, (row) => row.linkageYear === lastYear);
  const byId = new Map<string, StartCheckRow[]>();
  for (const row of sortBySource(inputs.startCheck)) {
    const at = (field: string, value?: string, expected?: string) =>
      rowLocation(row.source, columnOf(row, field), { ...(value !== undefined ? { value } : {}), ...(expected !== undefined ? { expected } : {}) });
    if (row.result === null) { findings.push(finding('start-check-incomplete', at('result'), { projectId: row.projectId })); continue; }
    if (row.linkageYear === null) { findings.push(finding('start-check-incomplete', at('linkageYear'), { projectId: row.projectId })); continue; }
    if (row.linkageYear !== lastYear) {
      findings.push(finding('start-check-wrong-year', at('linkageYear', String(row.linkageYear), String(lastYear)), { projectId: row.projectId }));
      continue;
    }
    byId.set(row.projectId, [...(byId.get(row.projectId) ?? []), row]);
  }
  if (inputs.ledger.length === 0 && byId.size > 0) {
    // Located at the start-check file (issue 8: every finding names at least its file).
    const file = [...byId.values()][0]![0]!.source.file;
    findings.push(finding('start-check-unverified', { file }, { params: { count: [...byId.values()].reduce((n, l) => n + l.length, 0) } }));
  }

  for (const [id, rows] of [...byId].sort(([a], [b]) => compareText(a, b))) {
    const row = [...rows].sort((a, b) => resultRank[a.result!] - resultRank[b.result!])[0]!;
    const at = (field: string, value?: string, expected?: string) =>
      rowLocation(row.source, columnOf(row, field), { ...(value !== undefined ? { value } : {}), ...(expected !== undefined ? { expected } : {}) });
    if (rows.length > 1) {
      const detail = rows.map((r) => `第${r.source.row}行`).join('、');
      findings.push(finding('start-check-duplicate', at('projectId', id), { projectId: id, params: { detail } }));
    }
    const reason = startCheckEffects[row.result!].deduction;
    if (reason === null) continue;
    const entry = ledgerLastYear.get(id);
    if (inputs.ledger.length > 0 && !entry) {
      findings.push(finding('start-check-unknown-project', at('projectId', id, String(lastYear)), { projectId: id }));
      continue;
    }
    const areaHa = row.creditedAreaHa ?? entry?.creditedAreaHa ?? null;
    const ownCode = row.region !== null && regionByCode(row.region.code) ? row.region.code : null;
    const countyCode = ownCode ?? (entry?.region && regionByCode(entry.region.code) ? entry.region.code : null);
    if (areaHa === null) { findings.push(finding('start-check-incomplete', at('creditedAreaHa'), { projectId: id })); continue; }
    if (countyCode === null) { findings.push(finding('start-check-incomplete', at('region'), { projectId: id })); continue; }
    record({ id, countyCode, year: lastYear, reason, multiplier: policy.penaltyMultiplier, ...deductionOf(areaHa, policy), source: row.source });
  }

  value.sort((a, b) => compareText(a.id, b.id) || b.year - a.year || compareText(a.reason, b.reason) || compareSource(a.source, b.source));
  return { value, findings };
}
